import { lazy, Suspense } from 'react';
import { clsx } from 'clsx';
import { useProvidedMessages } from './use-provided-messages';
import type { CategoryId } from '../react/register';
import type { CategorySwitchProps } from './category-switch';
import { CategoryToggleLayout } from './category-toggle-layout';
import type { ConsentMessages } from './messages';

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
  /**
   * Controlled state; `'mixed'` when some of the category's services are on and some off: drawn
   * half on (`data-state="mixed"`), read by screen readers as off with `messages.toggle.mixed` in
   * its description (ARIA has no mixed switch); a flip then turns them all on. With neither
   * `checked` nor `defaultChecked`, the toggle shows and saves the store's grant, mixed included.
   */
  checked?: boolean | 'mixed';
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

// Radix Switch is fetched when a toggle first renders, so apps that export nothing but the banner
// never ship it in their first load, whichever bundler splits their code.
const RadixSwitch = /* @__PURE__ */ lazy(() => import('./category-switch'));

/** Same markup and state as the Radix switch, shown for the moment its code is loading. */
function PendingSwitch({ id, checked, disabled, describedBy, className, thumbClassName }: CategorySwitchProps) {
  const state = checked === 'mixed' ? checked : checked ? 'checked' : 'unchecked';
  return (
    <button
      type="button"
      role="switch"
      id={id}
      aria-checked={checked === true}
      aria-describedby={describedBy}
      // Not yet operable: a flip now would be lost when the real switch replaces it.
      disabled
      data-pending=""
      data-state={state}
      data-disabled={disabled ? '' : undefined}
      className={clsx('ck-switch', className)}
    >
      <span data-state={state} className={clsx('ck-switch-thumb', thumbClassName)} />
    </button>
  );
}

function LazySwitch(props: CategorySwitchProps) {
  return (
    <Suspense fallback={<PendingSwitch {...props} />}>
      <RadixSwitch {...props} />
    </Suspense>
  );
}

/**
 * A category's switch, named by the category title (a visible label) and described by its
 * description. Works on its own, e.g. on an account settings page:
 * `<CategoryToggle category="analytics" />` shows the current grant and saves each flip.
 */
export function CategoryToggle(props: CategoryToggleProps) {
  const { store, provided } = useProvidedMessages('CategoryToggle');
  return <CategoryToggleLayout {...props} store={store} provided={provided} Control={LazySwitch} />;
}
