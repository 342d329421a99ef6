import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { useConsentContext } from '../react/context';
import { clsx } from 'clsx';
import { englishSettings } from './english';
import type { ConsentMessages } from './messages';
import { useMessages } from './use-messages';

const NAME = 'ConsentSettingsButton';

/** Props of {@link ConsentSettingsButton}: any button attribute, plus text overrides. */
export interface ConsentSettingsButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Text for this button only; `children` win over it. */
  messages?: Partial<ConsentMessages['settings']>;
}

/**
 * Reopens the preferences dialog from anywhere, e.g. a footer "Cookie settings" button.
 * Calling `event.preventDefault()` in your `onClick` keeps it closed.
 */
export const ConsentSettingsButton = forwardRef<HTMLButtonElement, ConsentSettingsButtonProps>(function ConsentSettingsButton(
  { className, children, onClick, messages, ...rest },
  ref,
) {
  const { store } = useConsentContext(NAME);
  const { text } = useMessages(NAME, 'settings', englishSettings, messages);
  return (
    <button
      type="button"
      {...rest}
      ref={ref}
      className={clsx('ck-settings-button', className)}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) store.openPreferences();
      }}
    >
      {children ?? text.label}
    </button>
  );
});
