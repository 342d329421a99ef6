import { describeDates } from './date-cases';

describeDates('Node', []);
