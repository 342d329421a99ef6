import type { BrowserCommand } from 'vitest/node';

/**
 * Commands that run in Node beside the browser, for facts a page cannot see about itself.
 * `getCookies` returns every cookie of the test page with its attributes (path, domain,
 * expires, sameSite, secure, httpOnly), which `document.cookie` hides.
 */
export const getCookies: BrowserCommand<[]> = async ({ context, page }) => context.cookies(page.url());

/** Emulates the person's colour-scheme preference (`prefers-color-scheme`) for the test page. */
export const emulateColorScheme: BrowserCommand<[scheme: 'light' | 'dark' | null]> = async ({ page }, scheme) => {
  await page.emulateMedia({ colorScheme: scheme });
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateColorScheme: (scheme: 'light' | 'dark' | null) => Promise<void>;
    getCookies: () => Promise<
      { name: string; value: string; domain: string; path: string; expires: number; httpOnly: boolean; secure: boolean; sameSite: 'Strict' | 'Lax' | 'None' }[]
    >;
  }
}
