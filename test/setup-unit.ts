import { cleanup, configure } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach } from 'vitest';
import { forgetWarnings } from '../src/core/warn';

// The preferences dialog is loaded with import() on first open. On a 2-core CI machine that also
// runs the Chromium projects, the first load in a test file (a cold transform) has taken over 5 s.
// A wait only lasts this long when something is slow or missing, so a long one costs nothing else.
configure({ asyncUtilTimeout: 15_000 });

// A failed property prints its seed: FC_SEED=<seed> npx vitest run <file> -t <name> draws the same
// values again, and finds and shrinks the same counterexample (the model tests also read FC_PATH,
// FC_RUNS and FC_REPLAY).
if (process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED) });

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
