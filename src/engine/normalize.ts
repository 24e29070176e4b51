/**
 * Text normalisation with an offset map back to the original text.
 *
 * `lower` is the input with zero-width characters removed, each cluster (a base
 * character and its combining marks) NFKC-normalised and lower-cased.
 * `folded` has the same length as `lower`, with look-alike letters from other
 * scripts (Cyrillic, Greek) replaced by the Latin letter they imitate, so that
 * "раsiеnt" written with Cyrillic letters is still read as "pasient".
 * `origStart(i)` / `origEnd(i)` give the original span of normalised unit i.
 *
 * One pass over the text, linear time. Most of a text needs nothing beyond
 * lower-casing: a per-character table finds the runs that do, and the offset
 * map is kept as a short list of segments (a run copied as it is, or one
 * normalised cluster), looked up by binary search.
 */
import homoglyphs from '../rules/data/homoglyphs.json';

const ZERO_WIDTH = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e];

const UNKNOWN = 0;
const SIMPLE = 1; // NFKC leaves it alone and lower-casing keeps one unit
const DROP = 2; // zero-width: removed
const COMPLEX = 3; // needs NFKC or a multi-unit lower case, or is a surrogate / combining mark

const kinds = new Uint8Array(0x10000);
const foldCodes = new Uint16Array(0x10000);
for (const [from, to] of Object.entries(homoglyphs.map)) foldCodes[from.charCodeAt(0)] = to.charCodeAt(0);
for (const z of ZERO_WIDTH) kinds[z] = DROP;
for (let c = 0; c < 0x80; c += 1) kinds[c] = SIMPLE;

function isCombining(code: number): boolean {
  return (
    code >= 0x0300 &&
    (code <= 0x036f ||
      (code >= 0x1ab0 && code <= 0x1aff) ||
      (code >= 0x1dc0 && code <= 0x1dff) ||
      (code >= 0x20d0 && code <= 0x20ff) ||
      (code >= 0xfe20 && code <= 0xfe2f))
  );
}

function classify(code: number): number {
  let k = kinds[code];
  if (k !== UNKNOWN) return k;
  if ((code >= 0xd800 && code <= 0xdfff) || isCombining(code)) k = COMPLEX;
  else {
    const ch = String.fromCharCode(code);
    const nfkc = ch.normalize('NFKC');
    k = nfkc === ch && nfkc.toLowerCase().length === 1 ? SIMPLE : COMPLEX;
  }
  kinds[code] = k;
  return k;
}

const astralKinds = new Map<number, boolean>();

/** True when NFKC and lower-casing leave the code point alone (emoji, most symbols). */
function astralIsSimple(high: number, low: number): boolean {
  const cp = (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  let simple = astralKinds.get(cp);
  if (simple === undefined) {
    const ch = String.fromCharCode(high, low);
    simple = ch.normalize('NFKC').toLowerCase() === ch;
    if (astralKinds.size < 65536) astralKinds.set(cp, simple);
  }
  return simple;
}

const MAX_CLUSTER = 32;

export class NormText {
  readonly original: string;
  readonly lower: string;
  readonly folded: string;
  /**
   * Segments of the map, sorted by normalised start: segNorm[k] is where
   * segment k starts in `lower`, segOrig[k] where it starts in the original;
   * segOrigEnd[k] is -1 for a run copied unit for unit, else the original end
   * of the one cluster the segment came from. Empty when the map is the identity.
   */
  private readonly segNorm: number[];
  private readonly segOrig: number[];
  private readonly segOrigEnd: number[];

  constructor(original: string, lower: string, folded: string, segNorm: number[], segOrig: number[], segOrigEnd: number[]) {
    this.original = original;
    this.lower = lower;
    this.folded = folded;
    this.segNorm = segNorm;
    this.segOrig = segOrig;
    this.segOrigEnd = segOrigEnd;
  }

  private segment(i: number): number {
    let lo = 0;
    let hi = this.segNorm.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.segNorm[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Original offset where normalised unit i starts. */
  origStart(i: number): number {
    if (this.segNorm.length === 0) return i;
    const k = this.segment(i);
    return this.segOrigEnd[k] === -1 ? this.segOrig[k] + (i - this.segNorm[k]) : this.segOrig[k];
  }

  /** Original offset where normalised unit i ends. */
  origEnd(i: number): number {
    if (this.segNorm.length === 0) return i + 1;
    const k = this.segment(i);
    return this.segOrigEnd[k] === -1 ? this.segOrig[k] + (i - this.segNorm[k]) + 1 : this.segOrigEnd[k];
  }
}

function foldOf(lower: string): string {
  let parts: string[] | null = null;
  let from = 0;
  for (let i = 0; i < lower.length; i += 1) {
    const c = lower.charCodeAt(i);
    if (c < 0x370 || c > 0x52f) continue;
    const f = foldCodes[c];
    if (f === 0) continue;
    if (parts === null) parts = [];
    parts.push(lower.slice(from, i), String.fromCharCode(f));
    from = i + 1;
  }
  if (parts === null) return lower;
  parts.push(lower.slice(from));
  return parts.join('');
}

export function normalize(original: string): NormText {
  const n = original.length;
  const parts: string[] = [];
  const segNorm: number[] = [];
  const segOrig: number[] = [];
  const segOrigEnd: number[] = [];
  let len = 0; // length of the normalised text so far
  let runStart = 0; // start of the current run of units copied as they are
  let identity = true;
  const flushRun = (end: number) => {
    if (end <= runStart) return;
    if (!identity || segNorm.length > 0) {
      segNorm.push(len);
      segOrig.push(runStart);
      segOrigEnd.push(-1);
    }
    parts.push(original.slice(runStart, end).toLowerCase());
    len += end - runStart;
  };
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    const k = kinds[c] === SIMPLE ? SIMPLE : classify(c);
    if (k === SIMPLE) {
      i += 1;
      continue;
    }
    // A surrogate pair that normalisation leaves alone (most emoji) stays in the run.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = original.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff && !(i + 2 < n && isCombining(original.charCodeAt(i + 2))) && astralIsSimple(c, d)) {
        i += 2;
        continue;
      }
    }
    // Something to change. A combining mark belongs to the unit before it.
    let start = i;
    if (isCombining(c) && i > runStart && !isCombining(original.charCodeAt(i - 1))) start = i - 1;
    if (identity) {
      // First change: the run so far becomes the first segment.
      identity = false;
      if (start > runStart) {
        segNorm.push(0);
        segOrig.push(0);
        segOrigEnd.push(-1);
        parts.push(original.slice(0, start).toLowerCase());
        len = start;
      }
    } else flushRun(start);
    if (k === DROP) {
      i += 1;
      runStart = i;
      continue;
    }
    let end = start;
    const sc = original.charCodeAt(start);
    if (sc >= 0xd800 && sc <= 0xdbff && start + 1 < n) {
      const d = original.charCodeAt(start + 1);
      end += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else end += 1;
    while (end < n && end - start < MAX_CLUSTER && isCombining(original.charCodeAt(end))) end += 1;
    const out = original.slice(start, end).normalize('NFKC').toLowerCase();
    if (out.length > 0) {
      segNorm.push(len);
      segOrig.push(start);
      segOrigEnd.push(end);
      parts.push(out);
      len += out.length;
    }
    i = end;
    runStart = end;
  }
  if (identity) {
    const lower = original.toLowerCase();
    return new NormText(original, lower, foldOf(lower), [], [], []);
  }
  flushRun(n);
  const lower = parts.join('');
  return new NormText(original, lower, foldOf(lower), segNorm, segOrig, segOrigEnd);
}

/** Maps a half-open normalised range to the original text. */
export function toOriginal(norm: NormText, start: number, end: number): { start: number; end: number } {
  const len = norm.lower.length;
  if (len === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, len - 1));
  const e = Math.max(s + 1, Math.min(end, len));
  const oStart = norm.origStart(s);
  const oEnd = end <= start ? oStart : norm.origEnd(e - 1);
  return { start: oStart, end: Math.max(oStart, oEnd) };
}
