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

/** What Chromium tells assistive technology about one element (its accessibility tree node). */
export interface AccessibilityNode {
  role: string;
  name: string;
  description: string;
  /** The checked state as exposed: 'true', 'false' or 'mixed'; absent when the role has none. */
  checked?: string;
}

/**
 * The nodes of Chromium's own accessibility tree for the test's frame with `role` and `name`,
 * read over the DevTools protocol: the name, description and state a screen reader is given, as
 * the browser computed them (not a re-implementation of the accessible name rules run in the page).
 */
export const accessibilityNodes: BrowserCommand<[role: string, name: string]> = async ({ page, frame }, role, name): Promise<AccessibilityNode[]> => {
  const url = (await frame()).url();
  const session = await page.context().newCDPSession(page);
  try {
    type FrameTree = { frame: { id: string; url: string }; childFrames?: FrameTree[] };
    const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
    const find = (tree: FrameTree): string | undefined => (tree.frame.url === url ? tree.frame.id : tree.childFrames?.map(find).find(Boolean));
    const { nodes } = await session.send('Accessibility.getFullAXTree', { frameId: find(frameTree) });
    return nodes
      .filter((node) => !node.ignored && node.role?.value === role && node.name?.value === name)
      .map((node) => ({
        role,
        name,
        description: String(node.description?.value ?? ''),
        checked: node.properties?.find((property) => property.name === 'checked')?.value.value as string | undefined,
      }));
  } finally {
    await session.detach();
  }
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    accessibilityNodes: (role: string, name: string) => Promise<AccessibilityNode[]>;
    emulateColorScheme: (scheme: 'light' | 'dark' | null) => Promise<void>;
    getCookies: () => Promise<
      { name: string; value: string; domain: string; path: string; expires: number; httpOnly: boolean; secure: boolean; sameSite: 'Strict' | 'Lax' | 'None' }[]
    >;
  }
}
