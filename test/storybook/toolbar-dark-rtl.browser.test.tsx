import { describeRuns, plan } from './toolbar-matrix';

// Every story, dark, right to left, English.
describeRuns(plan().filter(({ globals }) => globals.locale === 'en' && globals.theme === 'dark' && globals.direction === 'rtl'));
