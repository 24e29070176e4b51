import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../../src/engine/normalize';

function span(text: string, needle: string) {
  const norm = normalize(text);
  const at = norm.folded.indexOf(needle);
  expect(at, `"${needle}" in "${norm.folded}"`).toBeGreaterThanOrEqual(0);
  const o = toOriginal(norm, at, at + needle.length);
  return text.slice(o.start, o.end);
}

describe('normalize', () => {
  it('lower-cases and keeps offsets for plain text', () => {
    const n = normalize('Kari er INNLAGD');
    expect(n.lower).toBe('kari er innlagd');
    expect(span('Kari er INNLAGD', 'innlagd')).toBe('INNLAGD');
  });
  it('removes zero-width characters and maps back around them', () => {
    const text = 'pa\u200bsi\u200dent på rom 12';
    expect(normalize(text).lower).toBe('pasient på rom 12');
    expect(span(text, 'pasient')).toBe('pa\u200bsi\u200dent');
  });
  it('applies NFKC: full-width letters and digits, ligatures', () => {
    const text = 'ＦＮＲ ０１０１９０ and ﬁle';
    const n = normalize(text);
    expect(n.lower).toBe('fnr 010190 and file');
    expect(span(text, 'fnr')).toBe('ＦＮＲ');
    expect(span(text, 'file')).toBe('ﬁle');
  });
  it('composes combining marks into one letter', () => {
    const text = 'Pa\u030Arørande'; // å written as a + ring above
    expect(normalize(text).lower).toBe('pårørande');
    expect(span(text, 'pårørande')).toBe(text);
  });
  it('folds Cyrillic and Greek look-alikes onto Latin letters in `folded`', () => {
    const text = 'раsiеnt'; // Cyrillic р, а, е
    const n = normalize(text);
    expect(n.folded).toBe('pasient');
    expect(n.lower).not.toBe('pasient');
    expect(span(text, 'pasient')).toBe(text);
  });
  it('keeps emoji and maps offsets after them', () => {
    const text = 'Hei 🤷‍♂️ Kari';
    expect(span(text, 'kari')).toBe('Kari');
  });
  it('maps mathematical bold letters (used for emphasis on social media)', () => {
    const text = '𝗕𝗥𝗔𝗡𝗡 no';
    expect(normalize(text).lower).toBe('brann no');
    expect(span(text, 'brann')).toBe('𝗕𝗥𝗔𝗡𝗡');
  });
  it('properties: same length fold, monotone map inside the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const n = normalize(text);
        expect(n.folded.length).toBe(n.lower.length);
        let prev = 0;
        for (let i = 0; i < n.lower.length; i += 1) {
          const s = n.origStart(i);
          const e = n.origEnd(i);
          expect(s).toBeGreaterThanOrEqual(prev);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(text.length);
          prev = s;
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('property: plain lower-case ASCII is unchanged', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9 .,!?]{0,100}$/), (text) => {
        expect(normalize(text).lower).toBe(text);
      }),
    );
  });
});
