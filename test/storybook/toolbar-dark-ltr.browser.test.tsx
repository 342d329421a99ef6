import { describeRuns, plan } from './toolbar-matrix';

// Every story, dark, left to right, English.
describeRuns(plan().filter(({ globals }) => globals.locale === 'en' && globals.theme === 'dark' && globals.direction === 'ltr'));
