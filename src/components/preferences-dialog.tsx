import { useId, useState } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { setNonce } from 'get-nonce';
import type { CategoryId, ConsentKey } from '../react/register';
import { clsx } from 'clsx';
import CategorySwitch from './category-switch';
import { CategoryToggleLayout, servicesOf, ToggleRow } from './category-toggle-layout';
import { configLink, configText } from './config-text';
import { fill } from './fill';
import { formatCookieName, formatDuration } from './format-duration';
import type { PreferencesDialogProps } from './preferences';
import { englishPreferences, englishTable } from './english';
import { sectionText, useSlice } from './lazy-bindings';
import { DIALOG_PARTS, useThemeParts } from './theme-parts';

type Draft = Partial<Record<ConsentKey, boolean>>;

/** The Radix implementation behind `ConsentPreferences`; loaded on first open. */
export default function PreferencesDialog({ open, onOpenChange, opener, className, classNames = {}, messages, store, provided, nonce, policyLink, isLink }: PreferencesDialogProps) {
  const { config } = store;
  // Radix's scroll lock adds a <style> (react-remove-scroll, through react-style-singleton) that
  // takes its nonce from get-nonce: set it before Radix renders, or a strict style-src blocks it.
  if (nonce) setNonce(nonce);
  useThemeParts(DIALOG_PARTS, nonce);
  const choices = useSlice(store, (state) => state.choices);
  // Nothing can be saved until stored consent has loaded: the draft would start from "undecided".
  const loading = useSlice(store, (state) => state.status === 'loading');
  const text = sectionText(provided, 'preferences', englishPreferences, messages);
  const table = sectionText(provided, 'table', englishTable);
  const { locale = 'en', dir = 'ltr' } = provided ?? {};
  // Production builds skip config validation: a non-http(s) link never becomes an href.
  const link = (value: unknown) => {
    const url = configLink(value, locale, config);
    return isLink(url) ? url : undefined;
  };
  const policyUrl = configLink(config.policyUrl, locale, config);
  const ids = useId();
  // Categories whose description is open on a narrow dialog (wider ones always show it).
  const [expanded, setExpanded] = useState<Partial<Record<CategoryId, boolean>>>({});

  // The switches edit a local draft: nothing is stored until Save, Accept all or Reject all.
  // Undecided categories start off (no pre-ticked boxes); a returning person sees their choice.
  // Services are kept as 'service:<id>', as the store names them. The draft is the store's
  // choices with the person's edits on top: a category they have not touched follows the store
  // while the dialog is open (another tab's decision, a reset, an expiry), so Save never stores
  // a choice this dialog only showed from before.
  const [edits, setEdits] = useState<Draft>({});
  const draft: Draft = {};
  for (const id of config.categoryIds) {
    if (config.categories[id]?.required) continue;
    for (const key of [id, ...servicesOf(config.services, id).map((service) => `service:${service.id}`)] as ConsentKey[]) draft[key] = edits[key] ?? choices[key] === 'granted';
  }
  // The edits start again on each opening, and once stored consent has loaded.
  const ready = open && !loading;
  const [wasReady, setWasReady] = useState(ready);
  if (ready !== wasReady) {
    setWasReady(ready);
    if (ready) setEdits({});
  }
  // A category is edited as a whole, with its services: one switch of it changed keeps them all.
  const edit = (keys: readonly ConsentKey[], next: Draft) => setEdits((previous) => ({ ...previous, ...Object.fromEntries(keys.map((key) => [key, next[key]])) }));

  const decide = (action: () => void) => () => {
    const storeWasOpen = store.getState().preferencesOpen;
    action();
    // A decision closes the store's dialog (and tells onOpenChange); a controlled one is told here.
    if (!storeWasOpen) onOpenChange(false);
  };

  const restoreFocus = (event: Event) => {
    event.preventDefault();
    const target = opener.current;
    if (target instanceof HTMLElement && target.isConnected && target !== document.body) {
      target.focus();
    } else if (document.activeElement instanceof HTMLElement) {
      // The opener is gone (the banner hides once a decision is saved): start again from the
      // top of the document rather than leave focus on a removed node.
      document.activeElement.blur();
    }
  };

  const button = (label: string, onClick: () => void, secondary?: boolean) => (
    <button type="button" className={clsx('ck-button', secondary && 'ck-button-secondary', classNames.button)} onClick={onClick} disabled={loading}>
      {label}
    </button>
  );

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        {/* The overlay holds the dialog: it is the box the dialog sizes itself in (a centred card, or a full-height sheet on a phone). */}
        <Dialog.Overlay className={clsx('ck-overlay', classNames.overlay)}>
          <Dialog.Content
            // Radix leaves aria-modal to the author; screen readers rely on it to stay inside.
            aria-modal="true"
            dir={dir}
            className={clsx('ck-dialog', className, classNames.content)}
            onCloseAutoFocus={restoreFocus}
          >
            <div className={clsx('ck-dialog-header', classNames.header)}>
              <Dialog.Title className={clsx('ck-dialog-title', classNames.title)}>{text.title}</Dialog.Title>
              {policyUrl && (
                <a className="ck-dialog-link" href={policyUrl}>
                  {policyLink}
                </a>
              )}
              <Dialog.Close className={clsx('ck-close', classNames.close)} aria-label={text.close}>
                <span aria-hidden="true">×</span>
              </Dialog.Close>
            </div>
            <div className={clsx('ck-dialog-body', classNames.body)}>
              <Dialog.Description className={clsx('ck-dialog-description', classNames.description)}>{text.description}</Dialog.Description>
              <ul className="ck-categories">
                {config.categoryIds.map((id) => {
                  const cookies = config.cookies.filter((cookie) => cookie.category === id);
                  const required = !!config.categories[id]?.required;
                  const services = servicesOf(config.services, id);
                  const keys = services.map((service) => `service:${service.id}` as ConsentKey);
                  // On with some of its services off: mixed.
                  const checked = required || (!!draft[id] && (keys.every((key) => draft[key]) || 'mixed'));
                  const open = !!expanded[id];
                  const switchId = `${ids}${id}`;
                  return (
                    <li
                      key={id}
                      className={clsx('ck-category', classNames.category)}
                      data-state={checked === 'mixed' ? checked : checked ? 'checked' : 'unchecked'}
                      data-expanded={open ? '' : undefined}
                    >
                      {/* Named by the category's title, like the switch: "Analytics, collapsed". */}
                      <button
                        type="button"
                        className="ck-more"
                        aria-expanded={open}
                        aria-labelledby={`${switchId}l`}
                        onClick={() => setExpanded((previous) => ({ ...previous, [id]: !open }))}
                      />
                      <CategoryToggleLayout
                        store={store}
                        provided={provided}
                        Control={CategorySwitch}
                        id={switchId}
                        category={id}
                        checked={checked}
                        // The category's switch sets each of its services.
                        onCheckedChange={(value) => edit([id, ...keys], Object.fromEntries([id, ...keys].map((key) => [key, value])))}
                        disabled={loading}
                        className={clsx('ck-category-header', classNames.categoryHeader)}
                        classNames={{ switch: classNames.toggle }}
                      />
                      {services.length > 0 && (
                        // Named by the category: "Analytics, group".
                        <div role="group" aria-labelledby={`${switchId}l`} className="ck-services">
                          {services.map((service, index) => (
                            <ToggleRow
                              key={service.id}
                              Control={CategorySwitch}
                              id={`${switchId}-${index}`}
                              title={configText(service.name)}
                              description={configText(service.purpose, locale, config)}
                              more={
                                <a className="ck-link" href={link(service.privacyPolicyUrl)} rel="noopener noreferrer">
                                  {fill(table.privacyPolicyLink, { name: configText(service.name) })}
                                </a>
                              }
                              checked={required || !!draft[keys[index]!]}
                              // A service on turns its category on; the last one off turns it off.
                              onCheckedChange={(value) => {
                                const next = { ...draft, [keys[index]!]: value };
                                edit([id, ...keys], { ...next, [id]: keys.some((key) => next[key]) });
                              }}
                              disabled={required || loading}
                              className="ck-toggle ck-service"
                              classNames={{ switch: classNames.toggle }}
                            />
                          ))}
                        </div>
                      )}
                      {cookies.length > 0 && (
                        <details className={clsx('ck-cookies', classNames.cookies)}>
                          <summary>
                            {text.cookies} ({cookies.length})
                          </summary>
                          <ul className="ck-cookie-list">
                            {cookies.map((cookie) => (
                              <li key={String(cookie.name)}>
                                <code className="ck-cookie-name">{configText(formatCookieName(cookie.name))}</code>
                                <span>{configText(cookie.purpose, locale, config)}</span>
                                <span className="ck-cookie-duration">{formatDuration(cookie.duration, locale, table.session, table.units)}</span>
                              </li>
                            ))}
                          </ul>
                        </details>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
            {/* The banner's order: Accept all and Reject all, equal, then the secondary choice. */}
            <div className={clsx('ck-dialog-footer', classNames.footer)}>
              {button(text.acceptAll, decide(store.acceptAll))}
              {button(text.rejectAll, decide(store.rejectAll))}
              {button(text.save, decide(() => store.save(draft)), true)}
            </div>
          </Dialog.Content>
        </Dialog.Overlay>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
