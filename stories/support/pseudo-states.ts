import { useLayoutEffect } from 'react';

const PSEUDO = /:(hover|active|focus-visible)(?![\w-])/;

/**
 * The theme's `:hover`, `:active` and `:focus-visible` rules, copied so that they also apply to
 * elements with the class `story-hover`, `story-active` or `story-focus-visible`: every state of a
 * button or switch can then be shown (and checked by axe) at once, from the real stylesheet.
 */
export function forcedStateCss(doc: Document = document): string {
  const out: string[] = [];
  const visit = (rules: CSSRuleList, wrap: (css: string) => string) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) {
        if (rule.selectorText.includes('.ck-') && PSEUDO.test(rule.selectorText)) {
          out.push(wrap(rule.cssText.replace(new RegExp(PSEUDO.source, 'g'), '.story-$1')));
        }
      } else if (rule instanceof CSSMediaRule || rule instanceof CSSContainerRule || rule instanceof CSSSupportsRule) {
        const at = rule instanceof CSSMediaRule ? '@media' : rule instanceof CSSContainerRule ? '@container' : '@supports';
        visit(rule.cssRules, (css) => wrap(`${at} ${rule.conditionText} { ${css} }`));
      } else if (rule instanceof CSSImportRule && rule.styleSheet) {
        visit(rule.styleSheet.cssRules, wrap);
      }
    }
  };
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      visit(sheet.cssRules, (css) => css);
    } catch {
      // A cross-origin stylesheet: not ours.
    }
  }
  return out.join('\n');
}

/** Adds {@link forcedStateCss} to the page while the calling component is mounted. */
export function useForcedStates(): void {
  useLayoutEffect(() => {
    const style = document.createElement('style');
    style.dataset.storyForcedStates = '';
    style.textContent = forcedStateCss();
    document.head.append(style);
    return () => style.remove();
  }, []);
}
