/**
 * Text normalisation with an offset map back to the original text.
 *
 * `lower` is the input with zero-width characters removed, each cluster (a base
 * character and its combining marks) NFKC-normalised and lower-cased.
 * `folded` has the same length as `lower`, with look-alike letters from other
 * scripts (Cyrillic, Greek) replaced by the Latin letter they imitate, so that
 * "раsiеnt" written with Cyrillic letters is still read as "pasient".
 * `startMap[i]` / `endMap[i]` give the original span of normalised unit i.
 * One pass over the text: linear time.
 */
import homoglyphs from '../rules/data/homoglyphs.json';

export interface NormText {
  original: string;
  lower: string;
  folded: string;
  startMap: Int32Array;
  endMap: Int32Array;
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e]);

const HOMOGLYPHS: ReadonlyMap<string, string> = new Map(Object.entries(homoglyphs.map));

function isCombining(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/** Length of the code point starting at i (1 or 2 UTF-16 units). */
function cpLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

const MAX_CLUSTER = 32;

export function normalize(original: string): NormText {
  const lowerParts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  const n = original.length;
  while (i < n) {
    const code = original.charCodeAt(i);
    if (ZERO_WIDTH.has(code)) {
      i += 1;
      continue;
    }
    const clusterStart = i;
    i += cpLength(original, i);
    // Attach combining marks (bounded, so a flood of marks stays linear).
    while (i < n && i - clusterStart < MAX_CLUSTER && isCombining(original.charCodeAt(i))) i += 1;
    const cluster = original.slice(clusterStart, i);
    // ASCII fast path.
    const out = cluster.length === 1 && code < 0x80 ? cluster.toLowerCase() : cluster.normalize('NFKC').toLowerCase();
    for (let k = 0; k < out.length; k += 1) {
      starts.push(clusterStart);
      ends.push(i);
    }
    lowerParts.push(out);
  }
  const lower = lowerParts.join('');
  let folded = '';
  const foldedParts: string[] = [];
  let changed = false;
  for (let k = 0; k < lower.length; k += 1) {
    const ch = lower[k];
    const mapped = ch.charCodeAt(0) >= 0x370 ? HOMOGLYPHS.get(ch) : undefined;
    if (mapped !== undefined) changed = true;
    foldedParts.push(mapped ?? ch);
  }
  folded = changed ? foldedParts.join('') : lower;
  return {
    original,
    lower,
    folded,
    startMap: Int32Array.from(starts),
    endMap: Int32Array.from(ends),
  };
}

/** Maps a half-open normalised range to the original text. */
export function toOriginal(norm: NormText, start: number, end: number): { start: number; end: number } {
  const len = norm.lower.length;
  if (len === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, len - 1));
  const e = Math.max(s + 1, Math.min(end, len));
  const oStart = norm.startMap[s];
  const oEnd = end <= start ? oStart : norm.endMap[e - 1];
  return { start: oStart, end: Math.max(oStart, oEnd) };
}
