import * as Switch from '@radix-ui/react-switch';
import { clsx } from 'clsx';

/** What `CategoryToggleLayout` hands to the switch it renders. */
export interface CategorySwitchProps {
  id: string;
  /**
   * `'mixed'`: some of the category's services are on, some off; a flip turns them all on. Shown
   * as `data-state="mixed"`, exposed as off (`aria-checked="false"`) and said in the description.
   */
  checked: boolean | 'mixed';
  disabled: boolean;
  onCheckedChange: (checked: boolean) => void;
  describedBy: string;
  className?: string;
  thumbClassName?: string;
}

/** The Radix switch of a category row. Its own module so that Radix loads only where it renders. */
export default function CategorySwitch({ id, checked, disabled, onCheckedChange, describedBy, className, thumbClassName }: CategorySwitchProps) {
  return (
    <Switch.Root
      id={id}
      className={clsx('ck-switch', className)}
      checked={checked === true}
      onCheckedChange={onCheckedChange}
      disabled={disabled}
      aria-describedby={describedBy}
      // ARIA 1.2 has no mixed state for a switch: browsers expose aria-checked="mixed" on one as
      // false, so it stays "false" (what a flip acts from: it turns every service on), and the
      // row's description says that some are on. Only the look is mixed.
      {...(checked === 'mixed' && { 'data-state': 'mixed' })}
    >
      <Switch.Thumb className={clsx('ck-switch-thumb', thumbClassName)} />
    </Switch.Root>
  );
}
