import { useId, useState, type ComponentType, type ReactNode } from 'react';
import { clsx } from 'clsx';
import type { CategorySwitchProps } from './category-switch';
import type { CategoryId, ConsentKey } from '../react/register';
import { configText } from './config-text';
import { englishToggle } from './english';
import { sectionText, useSlice, type LazyStore } from './lazy-bindings';
import type { PartialConsentMessages } from './messages';
import type { CategoryToggleClassNames, CategoryToggleProps } from './category-toggle';
import type { ConsentConfig, ServiceDeclaration } from '../core/config';

const NAME = 'CategoryToggle';

/** What the row takes from the provider: given as props, so that the lazily loaded dialogs need no context module. */
export interface ProviderParts {
  store: LazyStore;
  /** The provider's messages. */
  provided?: PartialConsentMessages;
}

/**
 * The markup and state of a category row (label, description, "Always active", switch), with the
 * switch component passed in: the dialog gives it the Radix switch directly, `CategoryToggle`
 * a lazily loaded one.
 */
export function CategoryToggleLayout({
  Control,
  category,
  checked,
  defaultChecked,
  onCheckedChange,
  disabled = false,
  className,
  classNames = {},
  id,
  messages,
  store,
  provided,
}: CategoryToggleProps & ProviderParts & { Control: ComponentType<CategorySwitchProps> }) {
  const definition = store.config.categories[category];
  if (!definition) throw new Error(`[consentkit] ${NAME}: "${String(category)}" is not a declared category`);
  // Granted with some of its services off reads 'mixed'.
  const granted = useSlice(
    store,
    (state) =>
      state.choices[category] === 'granted' &&
      (servicesOf(store.config.services, category).every(({ id }) => state.choices[`service:${id}` as ConsentKey] === 'granted') || 'mixed'),
  );
  const loading = useSlice(store, (state) => state.status === 'loading');
  const [local, setLocal] = useState(!!defaultChecked);
  const text = sectionText(provided, 'toggle', englishToggle, messages);
  const locale = provided?.locale;
  const generated = useId();
  const switchId = id ?? `${generated}s`;
  const required = !!definition.required;
  const mode = checked !== undefined ? 'controlled' : defaultChecked !== undefined ? 'local' : 'store';
  const on = required || (mode === 'controlled' ? checked! : mode === 'local' ? local : granted);
  // Bound to the store, a flip before stored consent has loaded would save over a decision the
  // person cannot see yet: the switch waits for it.
  const locked = required || disabled || (mode === 'store' && loading);
  const change = (next: boolean) => {
    if (locked) return;
    if (mode === 'local') setLocal(next);
    else if (mode === 'store') store.save({ [category]: next } as Partial<Record<CategoryId, boolean>>);
    onCheckedChange?.(next);
  };

  return (
    <ToggleRow
      Control={Control}
      id={switchId}
      title={configText(definition.title, locale, store.config)}
      description={configText(definition.description, locale, store.config)}
      always={required && text.alwaysActive}
      mixed={text.mixed}
      checked={on}
      onCheckedChange={change}
      disabled={locked}
      className={clsx('ck-toggle', className)}
      classNames={classNames}
      dir={provided?.dir ?? 'ltr'}
    />
  );
}

/** The services of `category` that have a consent of their own (an `id`), in config order. */
export const servicesOf = (services: ConsentConfig['services'], category: string) =>
  services.filter((service) => service.id && service.category === category) as (ServiceDeclaration & { id: string })[];

/**
 * One row: a label and description beside a switch, shared by a category and by each service
 * under it in the preferences dialog (there labelled by the service's name, described by its
 * purpose).
 */
export function ToggleRow({
  Control,
  id,
  title,
  description,
  more,
  always,
  mixed,
  checked,
  onCheckedChange,
  disabled,
  className,
  classNames = {},
  dir,
}: Omit<CategorySwitchProps, 'describedBy' | 'className' | 'thumbClassName'> & {
  Control: ComponentType<CategorySwitchProps>;
  /** The label: config text, through `configText()`. */
  title: ReactNode;
  /** Under the label: config text, through `configText()`. */
  description: ReactNode;
  /** Under the description, outside it: a service's privacy policy link. */
  more?: ReactNode;
  /** "Always active", for a required category. */
  always?: string | false;
  /** What a screen reader is told while `checked` is `'mixed'` (not shown). */
  mixed?: string;
  className: string;
  classNames?: CategoryToggleClassNames;
  dir?: 'ltr' | 'rtl';
}) {
  const state = checked === 'mixed' ? checked : checked ? 'checked' : 'unchecked';
  const partly = checked === 'mixed' && !!mixed;
  return (
    <div className={className} dir={dir} data-state={state} data-disabled={disabled ? '' : undefined}>
      <div className="ck-toggle-text">
        <label id={`${id}l`} htmlFor={id} className={clsx('ck-toggle-label', classNames.label)}>
          {title}
        </label>
        <p id={`${id}d`} className={clsx('ck-toggle-description', classNames.description)}>
          {description}
        </p>
        {more}
      </div>
      <div className="ck-toggle-control">
        {always && (
          <span id={`${id}a`} className="ck-toggle-always">
            {always}
          </span>
        )}
        {/* Hidden, yet read through aria-describedby: the half-drawn switch is its visible form. */}
        {partly && (
          <span id={`${id}m`} hidden>
            {mixed}
          </span>
        )}
        <Control
          id={id}
          className={classNames.switch}
          thumbClassName={classNames.thumb}
          checked={checked}
          onCheckedChange={onCheckedChange}
          disabled={disabled}
          // The partial state first: it qualifies the "off" a screen reader has just announced.
          describedBy={always ? `${id}a ${id}d` : partly ? `${id}m ${id}d` : `${id}d`}
        />
      </div>
    </div>
  );
}
