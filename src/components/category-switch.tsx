import * as Switch from '@radix-ui/react-switch';
import { clsx } from 'clsx';

/** What `CategoryToggleLayout` hands to the switch it renders. */
export interface CategorySwitchProps {
  id: string;
  /** `'mixed'`: some of the category's services are on, some off; a flip turns them all on. */
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
      // Radix knows on and off only; a category with some services on says so itself.
      {...(checked === 'mixed' && { 'aria-checked': 'mixed', 'data-state': 'mixed' })}
    >
      <Switch.Thumb className={clsx('ck-switch-thumb', thumbClassName)} />
    </Switch.Root>
  );
}
