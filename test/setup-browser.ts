import { configure } from '@testing-library/react';

// The preferences dialog and the category switch load with import() when first shown; on a busy
// 2-core CI machine that can take longer than Testing Library's default 1 s wait.
configure({ asyncUtilTimeout: 5000 });
