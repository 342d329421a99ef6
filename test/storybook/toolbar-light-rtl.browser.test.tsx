import { describeRuns, plan } from './toolbar-matrix';

// Every story, light, right to left, English. (One file per slice: the files run in parallel.)
describeRuns(plan().filter(({ globals }) => globals.locale === 'en' && globals.theme === 'light' && globals.direction === 'rtl'));
