import { configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { forgetWarnings } from '../src/core/warn';

// The preferences dialog and the category switch load with import() when first shown; on a busy
// 2-core CI machine that can take longer than Testing Library's default 1 s wait.
configure({ asyncUtilTimeout: 5000 });

// Each test sees the warnings its own mistakes cause.
afterEach(forgetWarnings);
