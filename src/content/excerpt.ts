/**
 * The excerpt of a finding as shown in the panel: one line, at most 80
 * characters, whole digit runs taken in and masked after the sixth digit
 * (engine's maskDigits), whatever the guideline. No regular expressions.
 */
import { maskDigits } from '../engine/excerpt';

const MAX_EXCERPT = 80;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function panelExcerpt(text: string, start: number, end: number): string {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  // Widen to whole digit runs so a number is never shown half unmasked.
  while (s > 0 && isDigit(text[s - 1])) s--;
  while (e < text.length && isDigit(text[e])) e++;
  let flat = '';
  for (const c of maskDigits(text.slice(s, e))) flat += c === '\n' || c === '\r' || c === '\t' ? ' ' : c;
  flat = flat.trim();
  return flat.length > MAX_EXCERPT ? flat.slice(0, MAX_EXCERPT - 1) + '…' : flat;
}
