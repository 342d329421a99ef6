import { useId, useState } from 'react';
import * as Switch from '@radix-ui/react-switch';
import { useConsentContext } from '../react/context';
import type { CategoryId } from '../react/register';
import { useStoreState } from '../react/use-store-state';
import { clsx } from 'clsx';
import { englishToggle } from './english';
import type { ConsentMessages } from './messages';
import { useMessages } from './use-messages';

const NAME = 'CategoryToggle';

/** Class names for the parts of {@link CategoryToggle}. */
export interface CategoryToggleClassNames {
  label?: string;
  description?: string;
  switch?: string;
  thumb?: string;
}

/** Props of {@link CategoryToggle}. */
export interface CategoryToggleProps {
  /** Id of the category, as declared in the config. */
  category: CategoryId;
  /** Controlled state. With neither `checked` nor `defaultChecked`, the toggle shows and saves the store's grant. */
  checked?: boolean;
  /** Initial state of an uncontrolled toggle that keeps its state locally and saves nothing. */
  defaultChecked?: boolean;
  /** Called with the new state when the person flips the switch. */
  onCheckedChange?: (checked: boolean) => void;
  /**
   * Lock the switch. Required categories are always checked and disabled.
   * @default false
   */
  disabled?: boolean;
  /** Added to the root element. */
  className?: string;
  /** Added to each part. */
  classNames?: CategoryToggleClassNames;
  /** Id of the switch element (the label points at it). @default a generated id */
  id?: string;
  /** Text for this toggle only. */
  messages?: Partial<ConsentMessages['toggle']>;
}

/**
 * A category's switch, named by the category title (a visible label) and described by its
 * description. Works on its own, e.g. on an account settings page:
 * `<CategoryToggle category="analytics" />` shows the current grant and saves each flip.
 */
export function CategoryToggle({
  category,
  checked,
  defaultChecked,
  onCheckedChange,
  disabled = false,
  className,
  classNames = {},
  id,
  messages,
}: CategoryToggleProps) {
  const { store } = useConsentContext(NAME);
  const definition = store.config.categories[category];
  if (!definition) throw new Error(`[consentkit] ${NAME}: "${String(category)}" is not a declared category`);
  const granted = useStoreState(NAME, (state) => state.choices[category] === 'granted');
  const [local, setLocal] = useState(!!defaultChecked);
  const { text, dir } = useMessages(NAME, 'toggle', englishToggle, messages);
  const generated = useId();
  const switchId = id ?? `${generated}s`;
  const required = !!definition.required;
  const mode = checked !== undefined ? 'controlled' : defaultChecked !== undefined ? 'local' : 'store';
  const on = required || (mode === 'controlled' ? !!checked : mode === 'local' ? local : granted);
  const locked = required || disabled;
  const state = on ? 'checked' : 'unchecked';

  const change = (next: boolean) => {
    if (locked) return;
    if (mode === 'local') setLocal(next);
    else if (mode === 'store') store.save({ [category]: next } as Partial<Record<CategoryId, boolean>>);
    onCheckedChange?.(next);
  };

  return (
    <div className={clsx('ck-toggle', className)} dir={dir} data-state={state} data-disabled={locked ? '' : undefined}>
      <div className="ck-toggle-text">
        <label htmlFor={switchId} className={clsx('ck-toggle-label', classNames.label)}>
          {definition.title}
        </label>
        <p id={`${generated}d`} className={clsx('ck-toggle-description', classNames.description)}>
          {definition.description}
        </p>
      </div>
      <div className="ck-toggle-control">
        {required && (
          <span id={`${generated}a`} className="ck-toggle-always">
            {text.alwaysActive}
          </span>
        )}
        <Switch.Root
          id={switchId}
          className={clsx('ck-switch', classNames.switch)}
          checked={on}
          onCheckedChange={change}
          disabled={locked}
          aria-describedby={required ? `${generated}a ${generated}d` : `${generated}d`}
        >
          <Switch.Thumb className={clsx('ck-switch-thumb', classNames.thumb)} />
        </Switch.Root>
      </div>
    </div>
  );
}
