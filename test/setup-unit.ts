import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { forgetWarnings } from '../src/core/warn';

// The preferences dialog is loaded with import() on first open. On a 2-core CI machine that also
// runs the Chromium projects, the first load in a test file (a cold transform) has taken over 5 s.
// A wait only lasts this long when something is slow or missing, so a long one costs nothing else.
configure({ asyncUtilTimeout: 15_000 });

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
