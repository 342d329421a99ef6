import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { forgetWarnings } from '../src/core/warn';

// The preferences dialog is loaded with import() on first open; on a busy 2-core CI machine the
// first load in a test file can take longer than Testing Library's default 1 s wait.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  // Each test sees the warnings its own mistakes cause.
  forgetWarnings();
  // Files under `@vitest-environment node` (server tests) have no DOM to clean.
  if (typeof document === 'undefined') return;
  // Each test starts with an empty cookie jar and storage.
  for (const name of document.cookie.split(';').map((c) => c.split('=')[0]!.trim()).filter(Boolean)) {
    document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
  localStorage.clear();
});
