import { describe, expect, test } from 'vitest';
import { decideGuard } from '../../src/content/guard/decide';
import type { Finding, Severity } from '../../src/engine/types';

const f = (severity: Severity, guideline = 2): Finding =>
  ({ guideline, rule: 'r', severity, start: 0, end: 1, messageId: 'm', message: { nn: 'm', nb: 'm', en: 'm' } }) as unknown as Finding;

describe('decideGuard (sendGuard semantics)', () => {
  test('a clean text or info findings never stop a send', () => {
    for (const mode of ['off', 'confirm', 'block-high', undefined] as const) {
      expect(decideGuard(mode, [])).toBeNull();
      expect(decideGuard(mode, [f('info')])).toBeNull();
    }
  });
  test('off never stops', () => {
    expect(decideGuard('off', [f('high'), f('warning')])).toBeNull();
  });
  test('confirm (and the default) stops on high or warning and offers Publiser likevel', () => {
    for (const mode of ['confirm', undefined] as const) {
      expect(decideGuard(mode, [f('warning')])).toEqual({ findings: [f('warning')], allowPost: true });
      expect(decideGuard(mode, [f('high')])?.allowPost).toBe(true);
    }
  });
  test('block-high: a high finding offers only Endre; warnings alone are confirmed', () => {
    expect(decideGuard('block-high', [f('warning', 12), f('high', 2)])).toEqual({ findings: [f('high', 2), f('warning', 12)], allowPost: false });
    expect(decideGuard('block-high', [f('warning')])?.allowPost).toBe(true);
  });
});
