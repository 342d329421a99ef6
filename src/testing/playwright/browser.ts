/**
 * The parts of Playwright's `BrowserContext` and `Page` the helpers use, written out so that the
 * helpers need neither `playwright` nor `@playwright/test` at run time, and take either's objects.
 */

/** A cookie as Playwright lists it (`context.cookies()`): `expires` is -1 for a session cookie. */
export interface BrowserCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  /** Seconds since the epoch; -1 for a session cookie. */
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
}

/** A cookie to add (`context.addCookies()`). */
export interface BrowserCookieInit {
  name: string;
  value: string;
  domain: string;
  path: string;
  expires?: number;
  secure?: boolean;
  sameSite?: 'Strict' | 'Lax' | 'None';
}

/** What the helpers use of a Playwright `BrowserContext`. */
export interface BrowserContextLike {
  addCookies(cookies: BrowserCookieInit[]): Promise<unknown>;
  cookies(urls?: string | string[]): Promise<BrowserCookie[]>;
  clearCookies(options?: { name?: string }): Promise<unknown>;
  addInitScript(script: string): Promise<unknown>;
  newPage(): Promise<PageLike>;
}

/** What the helpers use of a Playwright `Page`. */
export interface PageLike {
  context(): BrowserContextLike;
  url(): string;
  goto(url: string): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
}
