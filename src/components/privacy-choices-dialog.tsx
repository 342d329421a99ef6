import { useId, useState } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { setNonce } from 'get-nonce';
import { clsx } from 'clsx';
import type { CategoryId, ConsentKey } from '../react/register';
import CategorySwitch from './category-switch';
import { CategoryToggleLayout, type ProviderParts } from './category-toggle-layout';
import { useSlice } from './lazy-bindings';
import type { ConsentMessages } from './messages';
import privacyChoicesCss from '../styles/privacy-choices.css?raw';
import { DIALOG_PARTS, useThemeParts } from './theme-parts';

const PARTS = [...DIALOG_PARTS, ['privacy-choices', privacyChoicesCss]] as const;

/**
 * Props the lazily loaded opt-out dialog receives from `PrivacyChoicesLink`: the store, nonce and
 * resolved text come as props, so that the dialog's chunk shares no module with the link's page.
 */
export interface PrivacyChoicesDialogProps extends ProviderParts {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The section's strings, resolved by the link. */
  text: NonNullable<ConsentMessages['privacyChoices']>;
  dir: ConsentMessages['dir'];
  nonce: string | undefined;
  className?: string;
}

/** The Radix opt-out dialog behind `PrivacyChoicesLink`; loaded on first click. */
export default function PrivacyChoicesDialog({ open, onOpenChange, text, dir, store, provided, nonce, className }: PrivacyChoicesDialogProps) {
  const { config } = store;
  if (nonce) setNonce(nonce);
  useThemeParts(PARTS, nonce);
  const choices = useSlice(store, (state) => state.choices);
  const gpc = useSlice(store, (state) => state.gpc);
  const loading = useSlice(store, (state) => state.status === 'loading');
  const ids = config.categoryIds.filter((id) => config.categories[id]!.saleOrSharing || config.categories[id]!.optOut) as CategoryId[];
  // The store's choices with the person's edits on top, as in the preferences dialog: a switch
  // they have not touched follows the stored decision while this is open (it loading, another
  // tab's choice), so Save never stores a state the dialog only showed from before.
  const [edits, setEdits] = useState<Partial<Record<ConsentKey, boolean>>>({});
  const draft = Object.fromEntries(ids.map((id) => [id, edits[id] ?? choices[id as ConsentKey] === 'granted'])) as Partial<Record<ConsentKey, boolean>>;
  // The edits start again on each opening.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setEdits({});
  }
  const prefix = useId();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="ck-overlay">
          <Dialog.Content aria-modal="true" dir={dir} className={clsx('ck-dialog ck-privacy-choices-dialog', className)}>
            <div className="ck-dialog-header">
              <Dialog.Title className="ck-dialog-title">{text.title}</Dialog.Title>
              <Dialog.Close className="ck-close" aria-label={text.close}>
                <span aria-hidden="true">×</span>
              </Dialog.Close>
            </div>
            <div className="ck-dialog-body">
              <Dialog.Description className="ck-dialog-description">{text.description}</Dialog.Description>
              {gpc && <p className="ck-gpc-honoured">{text.gpcHonoured}</p>}
              <ul className="ck-categories">
                {ids.map((id) => (
                  <li key={id} className="ck-category" data-state={draft[id] ? 'checked' : 'unchecked'}>
                    <CategoryToggleLayout
                      store={store}
                      provided={provided}
                      Control={CategorySwitch}
                      id={`${prefix}${id}`}
                      category={id}
                      checked={!!draft[id]}
                      onCheckedChange={(value) => setEdits((previous) => ({ ...previous, [id]: value }))}
                      disabled={loading}
                      className="ck-category-header"
                    />
                  </li>
                ))}
              </ul>
            </div>
            <div className="ck-dialog-footer">
              <button
                type="button"
                className="ck-button"
                disabled={loading}
                onClick={() => {
                  // Only these categories: every other choice stays as it is.
                  store.save(draft);
                  onOpenChange(false);
                }}
              >
                {text.save}
              </button>
            </div>
          </Dialog.Content>
        </Dialog.Overlay>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
