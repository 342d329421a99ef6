import { describeDurations } from './duration-cases';

// Node's ICU (78, CLDR 48) has no Maltese unit names and cuts Irish ones short ("2 bhl", "1 u"):
// those locales name their units themselves (`table.units`), so no gap is left.
describeDurations('Node', { words: [], english: [] });
