import type { BrowserCommand } from 'vitest/node';

/**
 * Commands that run in Node beside the browser, for facts a page cannot see about itself.
 * `getCookies` returns every cookie of the test page with its attributes (path, domain,
 * expires, sameSite, secure, httpOnly), which `document.cookie` hides.
 */
export const getCookies: BrowserCommand<[]> = async ({ context, page }) => context.cookies(page.url());

declare module 'vitest/browser' {
  interface BrowserCommands {
    getCookies: () => Promise<
      { name: string; value: string; domain: string; path: string; expires: number; httpOnly: boolean; secure: boolean; sameSite: 'Strict' | 'Lax' | 'None' }[]
    >;
  }
}
