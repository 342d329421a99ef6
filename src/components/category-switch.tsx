import * as Switch from '@radix-ui/react-switch';
import { clsx } from 'clsx';

/** What `CategoryToggleLayout` hands to the switch it renders. */
export interface CategorySwitchProps {
  id: string;
  checked: boolean;
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
      checked={checked}
      onCheckedChange={onCheckedChange}
      disabled={disabled}
      aria-describedby={describedBy}
    >
      <Switch.Thumb className={clsx('ck-switch-thumb', thumbClassName)} />
    </Switch.Root>
  );
}
