import { commands } from 'vitest/browser';
test('browser smoke', async () => {
  document.cookie = 'a=1; Path=/; Max-Age=100; SameSite=Strict';
  const cookies = await commands.getCookies();
  expect(cookies.find((c) => c.name === 'a')?.sameSite).toBe('Strict');
});
