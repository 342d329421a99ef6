import { lazy, Suspense, useState, type ButtonHTMLAttributes } from 'react';
import { useConsentContext } from '../react/context';
import { englishPrivacyChoices } from './english-privacy-choices';
import type { ConsentMessages } from './messages';
import { useMessages } from './use-messages';

const NAME = 'PrivacyChoicesLink';

// The dialog and Radix arrive on the first click: the link itself costs a few hundred bytes.
const PrivacyChoicesDialog = /* @__PURE__ */ lazy(() => import('./privacy-choices-dialog'));

/** Props of {@link PrivacyChoicesLink}: any button attribute, plus text overrides. */
export interface PrivacyChoicesLinkProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /**
   * Alternative text of the opt-out icon; `''` hides the icon from assistive technology (the
   * link's text then names it alone).
   * @default messages.privacyChoices.iconAlt
   */
  iconAlt?: string;
  /** Text for this link and its dialog only, on top of the provider's messages; `children` win over `link`. */
  messages?: Partial<NonNullable<ConsentMessages['privacyChoices']>>;
  /** Added to the dialog content. */
  dialogClassName?: string;
}

/**
 * The opt-out toggle icon of the California regulations (11 CCR 7015), drawn inline: a pill, its
 * left half filled with a check mark, its right half outlined with a cross.
 */
const OptOutIcon = ({ alt }: { alt: string }) => (
  <svg className="ck-privacy-choices-icon" viewBox="0 0 30 14" width="30" height="14" {...(alt ? { role: 'img', 'aria-label': alt } : { 'aria-hidden': true })} focusable="false">
    <rect x="0.5" y="0.5" width="29" height="13" rx="6.5" fill="#fff" stroke="#0066ff" />
    <path d="M7 .5h8l-4 13H7a6.5 6.5 0 0 1 0-13z" fill="#0066ff" />
    <path d="M5 7.2l2 2 3.6-4.4" fill="none" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    <path d="M18.5 4.5l5 5m0-5l-5 5" stroke="#0066ff" strokeWidth="1.6" strokeLinecap="round" />
  </svg>
);

/**
 * "Your Privacy Choices" with the opt-out icon, for the opt-out model (US state laws): opens a
 * short dialog, loaded on first click, with a switch per `saleOrSharing` (and `optOut`) category;
 * while Global Privacy Control is on, the dialog says the signal was honoured. Render it in the
 * footer of every page where the opt-out model may apply (`useConsent().model`).
 * Calling `event.preventDefault()` in your `onClick` keeps the dialog closed.
 */
export function PrivacyChoicesLink({ iconAlt, messages, className, children, onClick, dialogClassName, ...rest }: PrivacyChoicesLinkProps) {
  const { text, dir, provided } = useMessages(NAME, 'privacyChoices', englishPrivacyChoices, messages);
  const { store, nonce } = useConsentContext(NAME);
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  return (
    <>
      <button
        type="button"
        {...rest}
        // No clsx here: shared with the lazily loaded dialog, it would be a first-load chunk of its own.
        className={['ck-privacy-choices', className].filter(Boolean).join(' ')}
        onClick={(event) => {
          onClick?.(event);
          if (event.defaultPrevented) return;
          setLoaded(true);
          setOpen(true);
        }}
      >
        <OptOutIcon alt={iconAlt ?? text.iconAlt} />
        {children ?? text.link}
      </button>
      {loaded && (
        <Suspense fallback={null}>
          <PrivacyChoicesDialog open={open} onOpenChange={setOpen} text={text} dir={dir} store={store} provided={provided} nonce={nonce} className={dialogClassName} />
        </Suspense>
      )}
    </>
  );
}
