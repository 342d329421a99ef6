/** One custom property of the theme, as the Theming page documents it. */
export interface ThemeToken {
  name: `--ck-${string}`;
  /** How the Theming page's playground edits it. */
  kind: 'colour' | 'length' | 'text';
  /** What it styles. */
  styles: string;
  /** Its value when the theme declares none (a fallback written where it is used). */
  fallback?: string;
}

/**
 * Every token of consentkit's theme (src/styles/*.css), in the order the Theming page lists them.
 * A test keeps this list and the stylesheets in step.
 */
export const THEME_TOKENS: readonly ThemeToken[] = [
  { name: '--ck-bg', kind: 'colour', styles: 'Surface of the banner and the dialog; the switch thumb.' },
  { name: '--ck-fg', kind: 'colour', styles: 'Text of the banner and the dialog.' },
  { name: '--ck-muted', kind: 'colour', styles: "Secondary text: descriptions, cookie lists, the table cards' labels; the secondary button's border." },
  { name: '--ck-surface', kind: 'colour', styles: 'A raised surface: each cookie of a category in the dialog.' },
  { name: '--ck-border', kind: 'colour', styles: "Edges and rules: the bar's edge, the box's border, dividers, table rules." },
  { name: '--ck-button', kind: 'colour', styles: 'Accept all and Reject all, always alike. Hover and pressed mix it toward its text colour.' },
  { name: '--ck-button-fg', kind: 'colour', styles: 'Text of Accept all and Reject all.' },
  { name: '--ck-secondary', kind: 'colour', fallback: '#0000', styles: 'Background of the secondary buttons, Customize and Save preferences (transparent by default).' },
  { name: '--ck-secondary-fg', kind: 'colour', fallback: 'var(--ck-fg)', styles: 'Text of the secondary buttons.' },
  { name: '--ck-accent', kind: 'colour', styles: 'A checked switch.' },
  { name: '--ck-off', kind: 'colour', styles: 'An unchecked switch.' },
  { name: '--ck-focus', kind: 'colour', fallback: 'var(--ck-accent)', styles: 'Focus rings, apart from the accent.' },
  { name: '--ck-overlay', kind: 'text', fallback: '#0009', styles: 'Behind the dialog and the modal banner.' },
  { name: '--ck-shadow', kind: 'text', fallback: '0 .5rem 2rem #0003', styles: 'Shadow of the banner and the dialog.' },
  { name: '--ck-scheme', kind: 'text', styles: '`color-scheme` of the parts: native scrollbars and controls follow it.' },
  { name: '--ck-font', kind: 'text', fallback: 'inherit', styles: "Font family of the banner and the dialog: the page's by default." },
  { name: '--ck-radius', kind: 'length', styles: 'Corners of buttons and cookie rows.' },
  { name: '--ck-radius-lg', kind: 'length', styles: 'Corners of the box, the modal banner and the dialog.' },
  { name: '--ck-space', kind: 'length', styles: 'The spacing unit: paddings and gaps are multiples of it (the density).' },
  { name: '--ck-width-bar', kind: 'length', styles: 'Widest content of the bar, centred on wider screens.' },
  { name: '--ck-width-box', kind: 'length', styles: 'Width of the box.' },
  { name: '--ck-width-modal', kind: 'length', styles: 'Width of the modal banner.' },
  { name: '--ck-width-dialog', kind: 'length', styles: 'Width of the preferences dialog on screens wider than a phone.' },
];

/** A token's value as `element` sees it, or its fallback when the theme declares none. */
export function tokenValue(element: Element, token: ThemeToken): string {
  return getComputedStyle(element).getPropertyValue(token.name).trim() || token.fallback || '';
}

/** `rgb(…)` or `#rgb(a)` as `#rrggbb` for a colour input, or undefined when it is not an opaque colour. */
export function toHex(value: string): string | undefined {
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*(1|1\.0+))?\)$/.exec(value);
  if (rgb) return `#${rgb.slice(1, 4).map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;
  if (/^#[\da-f]{6}$/i.test(value)) return value.toLowerCase();
  if (/^#[\da-f]{3}$/i.test(value)) return `#${[...value.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
  return undefined;
}
