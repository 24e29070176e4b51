/**
 * What follows the last word of each sentence (its closing punctuation, up to
 * the next word or 40 characters), memoised per text: rules ask whether a
 * sentence is a question or an exclamation. One pass over the tokens.
 */
import type { Doc } from '../../engine/rule';

export function sentenceEnds(doc: Doc): string[] {
  return doc.memo('sentence-ends', () => {
    const { tokens } = doc;
    const text = doc.norm.folded;
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const t = tokens[i];
      const next = tokens[i + 1];
      if (next && next.sentence === t.sentence) continue;
      out[t.sentence] = text.slice(t.end, next ? next.start : Math.min(text.length, t.end + 40));
    }
    return out;
  });
}

/** Per sentence: does its closing punctuation hold `mark` ("?" or "!")? */
export function sentencesEndingWith(doc: Doc, mark: string): boolean[] {
  return doc.memo(`sentences-ending-${mark}`, () => sentenceEnds(doc).map((gap) => gap.includes(mark)));
}
