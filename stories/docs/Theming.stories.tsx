import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, within } from 'storybook/test';
import { CategoryToggle, ConsentBanner } from '../../src/index';
import { THEME_TOKENS, toHex, tokenValue, type ThemeToken } from '../support/tokens';
import './theming.css';

/** Each token's value in the light and in the dark theme, read from the stylesheet itself. */
function useTokenValues() {
  const light = useRef<HTMLDivElement>(null);
  const dark = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<Record<string, { light: string; dark: string }>>({});
  useLayoutEffect(() => {
    setValues(
      Object.fromEntries(THEME_TOKENS.map((token) => [token.name, { light: tokenValue(light.current!, token), dark: tokenValue(dark.current!, token) }])),
    );
  }, []);
  const probes = (
    <>
      <div ref={light} data-ck-theme="light" hidden />
      <div ref={dark} data-ck-theme="dark" hidden />
    </>
  );
  return { values, probes };
}

function Value({ token, value, theme }: { token: ThemeToken; value: string; theme: 'light' | 'dark' }) {
  return (
    <span className="story-token-value" data-ck-theme={theme}>
      {token.kind === 'colour' && <span className="story-swatch" style={{ background: `var(${token.name}, ${token.fallback ?? 'transparent'})` }} aria-hidden="true" />}
      <code>{value}</code>
    </span>
  );
}

/** Every token: what it styles, and its value in the light and the dark theme. */
function TokenTable() {
  const { values, probes } = useTokenValues();
  return (
    <>
      {probes}
      <table className="story-tokens">
        <caption>Every consentkit token, light and dark</caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Styles</th>
            <th scope="col">Light</th>
            <th scope="col">Dark</th>
          </tr>
        </thead>
        <tbody>
          {THEME_TOKENS.map((token) => (
            <tr key={token.name}>
              <th scope="row">
                <code>{token.name}</code>
              </th>
              <td>{token.styles}</td>
              <td>
                <Value token={token} value={values[token.name]?.light ?? ''} theme="light" />
              </td>
              <td>
                <Value token={token} value={values[token.name]?.dark ?? ''} theme="dark" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** A picker per token over live components; the CSS to copy follows what is changed. */
function TokenPlayground({ theme }: { theme: 'light' | 'dark' }) {
  const { values, probes } = useTokenValues();
  const [changed, setChanged] = useState<Record<string, string>>({});
  const css = useMemo(
    () => (Object.keys(changed).length ? `:root {\n${Object.entries(changed).map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}` : '/* Change a token to see its CSS. */'),
    [changed],
  );
  const set = (name: string, value: string) => setChanged((previous) => ({ ...previous, [name]: value }));
  return (
    <div className="story-playground">
      {probes}
      <form className="story-pickers" aria-label="Theme tokens" onSubmit={(event) => event.preventDefault()}>
        {THEME_TOKENS.map((token) => {
          const current = changed[token.name] ?? values[token.name]?.[theme] ?? '';
          const hex = token.kind === 'colour' ? toHex(current) : undefined;
          return (
            <label key={token.name}>
              <code>{token.name}</code>
              <input type={hex ? 'color' : 'text'} value={hex ?? current} onChange={(event) => set(token.name, event.target.value)} />
            </label>
          );
        })}
        <button type="reset" className="story-plain-button" onClick={() => setChanged({})}>
          Reset
        </button>
      </form>
      <div className="story-preview" data-ck-theme={theme} style={changed as CSSProperties}>
        <div className="story-preview-page">
          <CategoryToggle category="functional" defaultChecked />
          <CategoryToggle category="analytics" defaultChecked={false} />
        </div>
        <ConsentBanner layout="box" />
      </div>
      <pre className="story-css" aria-label="CSS for these tokens">
        <code>{css}</code>
      </pre>
    </div>
  );
}

/**
 * consentkit's theme is a set of `--ck-*` custom properties: set any of them on `:root` (or on an
 * ancestor of a component) and the default theme follows.
 */
const meta = {
  title: 'Docs/Theming',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every token with its light and dark value. */
export const Tokens: Story = {
  render: () => <TokenTable />,
  play: async ({ canvasElement }) => {
    const rows = within(canvasElement).getAllByRole('row').slice(1);
    await expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual(THEME_TOKENS.map((token) => token.name));
    // Light and dark values are read from the stylesheet: the surface differs between them.
    const bg = within(canvasElement).getByRole('rowheader', { name: '--ck-bg' }).closest('tr')!;
    await expect(bg.children[2]!.textContent).toBe('#fff');
    await expect(bg.children[3]!.textContent).not.toBe('#fff');
  },
};

/** Change a token and the components follow; the CSS to paste into a site is below. */
export const Playground: Story = {
  render: (_, { globals }) => <TokenPlayground theme={globals.theme === 'dark' ? 'dark' : 'light'} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // A violet button with near-white text: readable in the light and the dark theme alike.
    fireEvent.change(canvas.getByLabelText('--ck-button'), { target: { value: '#6d28d9' } });
    fireEvent.change(canvas.getByLabelText('--ck-button-fg'), { target: { value: '#fefefe' } });
    const accept = canvasElement.querySelector('.story-preview .ck-button')!;
    await expect(getComputedStyle(accept).backgroundColor).toBe('rgb(109, 40, 217)');
    await expect(getComputedStyle(accept).color).toBe('rgb(254, 254, 254)');
    await expect(canvas.getByLabelText('CSS for these tokens')).toHaveTextContent('--ck-button: #6d28d9; --ck-button-fg: #fefefe;');
  },
};
