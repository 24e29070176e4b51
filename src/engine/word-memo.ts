/**
 * A pure function of one string (a word, a link, a chunk of text) remembered
 * across texts. Live checking analyses nearly the same text at every pause in
 * typing, so a word's answer (an inflected case noun? a compound photo word?)
 * is worked out once instead of on every pass. Memory only (never stored),
 * bounded: the table is emptied when full. Only for functions of the string
 * alone.
 */
const MAX_WORDS = 20_000;

export function memoizeWord<T>(test: (word: string) => T, max = MAX_WORDS): (word: string) => T {
  const known = new Map<string, T>();
  return (word: string): T => {
    const found = known.get(word);
    if (found !== undefined) return found;
    const value = test(word);
    if (known.size >= max) known.clear();
    known.set(word, value);
    return value;
  };
}
