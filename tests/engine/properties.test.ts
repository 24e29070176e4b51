/**
 * Properties of analyze() over generated input: it never throws, spans lie
 * inside the text, results are deterministic, and bad configuration is
 * ignored rather than fatal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';

const fragments = fc.constantFrom(
  '01019012345', '010190 12345', '+47 915 38 204', 'kari@example.com', 'https://bit.ly/x', 'http://192.168.0.1/a.exe',
  'pasient', 'innlagd', 'Kari', 'han på rom 12', 'teieplikt', 'heradet', 'sjefen vår', 'bilete', '24/1234', 'BRANN',
  '😀', '\u200b', 'a\u0301', 'ＦＮＲ', '!!!', '.', '@', ' ', '\n',
);
const texts = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fragments, { maxLength: 40 }).map((xs) => xs.join(' ')),
  fc.array(fc.oneof(fragments, fc.string({ maxLength: 10 })), { maxLength: 40 }).map((xs) => xs.join('')),
);
const contexts = fc.constantFrom('private' as const, 'official' as const);

describe('analyze properties', () => {
  it('never throws, keeps spans inside the text and severities valid', () => {
    fc.assert(
      fc.property(texts, contexts, (text, context) => {
        for (const f of analyze(text, { context })) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(['info', 'warning', 'high']).toContain(f.severity);
          expect(f.guideline).toBeGreaterThanOrEqual(1);
          expect(f.message.nn.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(texts, contexts, (text, context) => {
        expect(analyze(text, { context })).toEqual(analyze(text, { context }));
      }),
      { numRuns: 500 },
    );
  });

  it('ignores malformed configuration and attachments instead of throwing', () => {
    fc.assert(
      fc.property(texts, fc.anything(), fc.anything(), (text, config, attachments) => {
        expect(() => analyze(text, { config: config as never, attachments: attachments as never })).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('returns nothing for a non-string text', () => {
    expect(analyze(undefined as unknown as string)).toEqual([]);
    expect(analyze(42 as unknown as string)).toEqual([]);
  });
});
