/**
 * Sentence-level facts the G7 tone rule asks about a match: is its sentence a
 * question, does the sentence address the reader, how many words does it have.
 * Each looks only at the tokens of one sentence (or the gap after its last
 * word), so the cost is bounded by the sentence, not the text.
 */
import type { Token } from '../../engine/tokens';

/** Tokens looked at on each side of a match: a run-on "sentence" of a whole text costs no more. */
const SPAN = 60;

/** Words that address the reader (second person) in nn, nb and en. */
export const READER: ReadonlySet<string> = new Set([
  'du', 'deg', 'din', 'di', 'ditt', 'dine', 'dykk', 'dykkar', 'dere', 'deres', 'dokker', 'dokk',
  'you', 'your', 'yours', 'yourself', 'yourselves', "you're", 'you’re', "you've", 'you’ve', "you'd", 'you’d', "you'll", 'you’ll',
]);

/** Index of the last token of the sentence that token `index` is in. */
export function sentenceLast(tokens: readonly Token[], index: number): number {
  const s = tokens[index].sentence;
  let k = index;
  while (k + 1 < tokens.length && k - index < SPAN && tokens[k + 1].sentence === s) k += 1;
  return k;
}

/** Index of the first token of the sentence that token `index` is in. */
export function sentenceFirst(tokens: readonly Token[], index: number): number {
  const s = tokens[index].sentence;
  let k = index;
  while (k > 0 && index - k < SPAN && tokens[k - 1].sentence === s) k -= 1;
  return k;
}

/** True when the sentence of token `index` ends with a question mark. */
export function isQuestion(tokens: readonly Token[], text: string, index: number): boolean {
  const last = sentenceLast(tokens, index);
  const stop = last + 1 < tokens.length ? tokens[last + 1].start : text.length;
  for (let i = tokens[last].end; i < stop; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x3f) return true; // ?
    if (c === 0x2e || c === 0x21 || c === 0x0a) return false; // . ! newline
  }
  return false;
}

/** True when the sentence of token `index` has a word in `words`. */
export function sentenceHas(tokens: readonly Token[], index: number, words: ReadonlySet<string>): boolean {
  const last = sentenceLast(tokens, index);
  for (let k = sentenceFirst(tokens, index); k <= last; k += 1) if (words.has(tokens[k].text)) return true;
  return false;
}
