import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Files under `@vitest-environment node` (server tests) have no DOM to clean.
  if (typeof document === 'undefined') return;
  // Each test starts with an empty cookie jar and storage.
  for (const name of document.cookie.split(';').map((c) => c.split('=')[0]!.trim()).filter(Boolean)) {
    document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
  localStorage.clear();
});
