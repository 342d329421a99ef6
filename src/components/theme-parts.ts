import { useInsertionEffect } from 'react';
import dialogCss from '../styles/dialog.css?raw';
import toggleCss from '../styles/toggle.css?raw';

/** The rules every consentkit dialog needs: the dialog's own and its switches'. */
export const DIALOG_PARTS = [
  ['dialog', dialogCss],
  ['toggle', toggleCss],
] as const;

/**
 * Adds the theme's rules for a lazily loaded part (the preferences dialog, the opt-out dialog) as
 * it first renders, where the page styles consentkit with the first paint's rules alone
 * (`consentkit/banner.css`): those rules arrive with the part's code instead of with the page.
 * Nothing is added to a page that loads the whole theme or the part's own stylesheet, nor to one
 * that styles consentkit itself (no theme at all). Each part's rules are added once per document,
 * after what is there: every theme selector has zero specificity, so the app's own rules still win.
 *
 * @param parts each part's name (`--ck-_part-<name>` in its stylesheet) and its minified rules
 * @param nonce the CSP nonce of the provider, for a strict `style-src`
 */
export function useThemeParts(parts: readonly (readonly [name: string, css: string])[], nonce: string | undefined): void {
  useInsertionEffect(() => {
    const loaded = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(`--ck-_part-${name}`);
    if (!loaded('base')) return;
    for (const [name, css] of parts) {
      if (loaded(name)) continue;
      const style = document.createElement('style');
      style.setAttribute('data-ck-part', name);
      if (nonce) style.nonce = nonce;
      style.textContent = css;
      document.head.append(style);
    }
  }, []);
}
