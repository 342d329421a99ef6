import { useId, useState, type ComponentType } from 'react';
import { clsx } from 'clsx';
import type { CategorySwitchProps } from './category-switch';
import { useConsentContext } from '../react/context';
import type { CategoryId } from '../react/register';
import { useStoreState } from '../react/use-store-state';
import { configText } from './config-text';
import { englishToggle } from './english';
import type { ConsentMessages } from './messages';
import { useMessages } from './use-messages';
import type { CategoryToggleProps } from './category-toggle';

const NAME = 'CategoryToggle';

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
}: CategoryToggleProps & { Control: ComponentType<CategorySwitchProps> }) {
  const { store } = useConsentContext(NAME);
  const definition = store.config.categories[category];
  if (!definition) throw new Error(`[consentkit] ${NAME}: "${String(category)}" is not a declared category`);
  const granted = useStoreState(NAME, (state) => state.choices[category] === 'granted');
  const loading = useStoreState(NAME, (state) => state.status === 'loading');
  const [local, setLocal] = useState(!!defaultChecked);
  const { text, dir } = useMessages(NAME, 'toggle', englishToggle, messages);
  const generated = useId();
  const switchId = id ?? `${generated}s`;
  const required = !!definition.required;
  const mode = checked !== undefined ? 'controlled' : defaultChecked !== undefined ? 'local' : 'store';
  const on = required || (mode === 'controlled' ? !!checked : mode === 'local' ? local : granted);
  // Bound to the store, a flip before stored consent has loaded would save over a decision the
  // person cannot see yet: the switch waits for it.
  const locked = required || disabled || (mode === 'store' && loading);
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
        <label id={`${switchId}l`} htmlFor={switchId} className={clsx('ck-toggle-label', classNames.label)}>
          {configText(definition.title)}
        </label>
        <p id={`${generated}d`} className={clsx('ck-toggle-description', classNames.description)}>
          {configText(definition.description)}
        </p>
      </div>
      <div className="ck-toggle-control">
        {required && (
          <span id={`${generated}a`} className="ck-toggle-always">
            {text.alwaysActive}
          </span>
        )}
        <Control
          id={switchId}
          className={classNames.switch}
          thumbClassName={classNames.thumb}
          checked={on}
          onCheckedChange={change}
          disabled={locked}
          describedBy={required ? `${generated}a ${generated}d` : `${generated}d`}
        />
      </div>
    </div>
  );
}
