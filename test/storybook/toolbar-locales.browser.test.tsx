import { describeRuns, plan } from './toolbar-matrix';

// Every story in one other locale, and every locale on the stories tagged `locales`.
describeRuns(plan().filter(({ globals }) => globals.locale !== 'en'));
