/**
 * A rule tester after ESLint's RuleTester: each rule gets `valid` texts (no
 * finding from that rule at warning or above) and `invalid` texts (the rule
 * reports, with the given message id, severity and optionally the excerpt).
 */
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/analyze';
import type { Rule } from '../../src/engine/rule';
import type { AnalyzeOptions, Severity } from '../../src/engine/types';

export interface ValidCase {
  text: string;
  options?: AnalyzeOptions;
}

export interface InvalidCase {
  text: string;
  options?: AnalyzeOptions;
  messageId?: string;
  severity?: Severity;
  /** The original text the finding covers. */
  excerpt?: string;
  /** Number of findings of this rule; at least one when absent. */
  count?: number;
}

export const testedRules = new Set<string>();

export function ruleTester(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: (string | InvalidCase)[] }): void {
  testedRules.add(rule.meta.id);
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      const vc = typeof c === 'string' ? { text: c } : c;
      it(`valid: ${vc.text.slice(0, 70)}`, () => {
        const findings = runRules([rule], vc.text, vc.options, true).filter((f) => f.severity !== 'info' || rule.meta.severity === 'info');
        expect(findings.map((f) => `${f.messageId} «${vc.text.slice(f.start, f.end)}»`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      const ic = typeof c === 'string' ? { text: c } : c;
      it(`invalid: ${ic.text.slice(0, 70)}`, () => {
        const findings = runRules([rule], ic.text, ic.options, true);
        expect(findings.length, 'expected a finding').toBeGreaterThan(0);
        if (ic.count !== undefined) expect(findings.length).toBe(ic.count);
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(ic.text.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(rule.meta.messages[f.messageId]).toBeDefined();
        }
        if (ic.messageId) expect(findings.map((f) => f.messageId)).toContain(ic.messageId);
        if (ic.severity) expect(findings.map((f) => f.severity)).toContain(ic.severity);
        if (ic.excerpt) expect(findings.map((f) => ic.text.slice(f.start, f.end))).toContain(ic.excerpt);
      });
    }
  });
}
