/**
 * The look-back most rules need: is one of a few words shortly before a token,
 * in the same sentence ("takk for «…»", "ikkje legg ut bilete", "eg tippar
 * kommunen …")?
 */
import type { Token } from '../../engine/tokens';

/** True when one of `words` stands at most `reach` tokens before token `index`, in its sentence. */
export function wordBefore(tokens: readonly Token[], index: number, words: ReadonlySet<string>, reach: number): boolean {
  const sentence = tokens[index].sentence;
  for (let k = index - 1; k >= 0 && k >= index - reach; k -= 1) {
    if (tokens[k].sentence !== sentence) return false;
    if (words.has(tokens[k].text)) return true;
  }
  return false;
}
