import { cookieDeclarations, lackingConsent, type ConsentKey } from '../core/config';
import type { ConsentStore } from '../core/store';
import { warn } from '../core/warn';
import { storageDeclarations, webStorage } from '../core/web-storage';

/** Something the audit found in the browser that the policy does not account for. */
export interface ConsentAuditFinding {
  /** `'undeclared'`: no declaration covers it. `'without-consent'`: declared, present while its consent is not given. */
  kind: 'undeclared' | 'without-consent';
  /** Where it lives. */
  area: 'cookie' | 'local' | 'session';
  /** The cookie name or storage key. */
  name: string;
  /** The development warning, with the declaration to paste for an undeclared one. */
  message: string;
}

/** Options of {@link auditConsent}. */
export interface ConsentAuditOptions {
  /** How often to look again, in milliseconds (cookies change without events). @default 2000 */
  interval?: number;
  /** Names and keys to leave alone, besides consentkit's own (`ck_…`). */
  ignore?: string[];
  /** Called once per finding, after its warning; for a panel of your own (the Storybook story has one). */
  onFinding?: (finding: ConsentAuditFinding) => void;
}

/**
 * In development builds only, watches the page's cookies, `localStorage` and `sessionStorage` and
 * warns once per name about what the policy does not account for: a name no declaration covers
 * (the warning holds a declaration to paste into the config, with the category and purpose left to
 * fill in), and a declared one present while its category or service has no consent (set by a
 * script that ran too early, or left by an earlier grant). HttpOnly cookies and other sites' cookies
 * are invisible to a page, so they are not audited.
 *
 * In production builds it does nothing and its code is dropped by the minifier. Returns a function
 * that stops watching.
 *
 * ```ts
 * useEffect(() => auditConsent(store), [store]);
 * ```
 */
export function auditConsent(store: ConsentStore, options: ConsentAuditOptions = {}): () => void {
  if (process.env.NODE_ENV !== 'production' && typeof document !== 'undefined') {
    const { config } = store;
    const seen = new Set<string>();
    const found = (finding: Omit<ConsentAuditFinding, 'message'>, text: string) => {
      const id = `${finding.area} ${finding.name} ${finding.kind}`;
      if (seen.has(id)) return;
      seen.add(id);
      const message = `audit: ${text}`;
      warn(message);
      options.onFinding?.({ ...finding, message });
    };
    const check = (area: ConsentAuditFinding['area'], name: string) => {
      if (/^(__Host-)?ck_/.test(name) || options.ignore?.includes(name)) return;
      const declarations: { category: string; service?: string }[] = area === 'cookie' ? cookieDeclarations(config, name) : storageDeclarations(config, name, area);
      const what = area === 'cookie' ? `cookie "${name}"` : `${area}Storage key "${name}"`;
      if (!declarations.length) {
        const declaration =
          area === 'cookie'
            ? `{ name: '${name}', category: '…', purpose: '…', duration: { days: 30 } },`
            : `{ key: '${name}', area: '${area}', category: '…', purpose: '…', duration: ${area === 'session' ? "'session'" : '{ days: 30 }'} },`;
        found({ kind: 'undeclared', area, name }, `${what} is not declared. Add it to config.${area === 'cookie' ? 'cookies' : 'storage'}:\n  ${declaration}`);
        return;
      }
      // Each declaration that governs it (two, where families overlap) needs its consent; a
      // required category's never lacks.
      const optional = declarations.filter((declaration) => !config.categories[declaration.category]?.required);
      const key = store.getState().status === 'ready' && lackingConsent(optional, (needed) => store.isGranted(needed as ConsentKey));
      if (key) {
        found({ kind: 'without-consent', area, name }, `${what} is present, but ${key.startsWith('service:') ? `service "${key.slice(8)}"` : `category "${key}"`} has no consent: something wrote it too early, or it outlived a withdrawal.`);
      }
    };
    const audit = () => {
      for (const pair of document.cookie.split(';')) {
        const name = pair.split('=')[0]!.trim();
        if (name) check('cookie', name);
      }
      for (const area of ['local', 'session'] as const) {
        const storage = webStorage(area);
        try {
          for (let index = 0; storage && index < storage.length; index++) check(area, storage.key(index)!);
        } catch {}
      }
    };
    audit();
    const timer = setInterval(audit, options.interval ?? 2000);
    // After the store's own work on a change (erasing what a withdrawal revoked).
    const unsubscribe = store.subscribe(() => setTimeout(audit));
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }
  return () => {};
}
