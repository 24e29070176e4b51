/**
 * Conventions every rule keeps: registered in src/rules/index.ts, mapped to a
 * guideline of the pack, described, translated into nn, nb and en, and tested
 * with the rule tester. Reminder guidelines (G1, G5, G10) report info only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../src/engine/rule';
import { LANGS } from '../src/engine/types';
import { ULVIK_PACK } from '../src/guidelines/ulvik';
import { RULES } from '../src/rules';
import { BUILTIN_RULE_IDS } from '../src/rules/ids';

const root = path.resolve(import.meta.dirname, '..');
const rulesDir = path.join(root, 'src/rules');
const NOT_RULES = new Set(['shared', 'data']);

function ruleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!NOT_RULES.has(name)) out.push(...ruleFiles(full));
    } else if (name.endsWith('.ts') && dir !== rulesDir) out.push(full);
  }
  return out;
}

const testSources = readdirSync(path.join(root, 'tests/rules'))
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => readFileSync(path.join(root, 'tests/rules', f), 'utf8'));

const isRule = (x: unknown): x is Rule => typeof x === 'object' && x !== null && 'meta' in x && 'check' in x;

describe('rule conventions', () => {
  const files = ruleFiles(rulesDir);

  it('finds rule files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [path.relative(root, f), f]))('%s: its rules are registered and tested', async (rel, file) => {
    const mod = (await import(file)) as Record<string, unknown>;
    const rules = Object.values(mod).flatMap((v) => (Array.isArray(v) ? v : [v])).filter(isRule);
    const importPath = rel.replace(/\.ts$/, '').replace(/^src\//, 'src/');
    for (const rule of rules) {
      expect(RULES, `${rule.meta.id} is registered in src/rules/index.ts`).toContain(rule);
    }
    if (rules.length > 0) {
      const tested = testSources.some((src) => src.includes(importPath) && src.includes('ruleTester('));
      expect(tested, `a test in tests/rules imports ${importPath} and runs ruleTester`).toBe(true);
    }
  });

  it('src/rules/ids.ts lists exactly the registered rules (extra-terms rules aside)', () => {
    const registered = RULES.map((r) => r.meta.id).filter((id) => !id.startsWith('config-extra-terms-'));
    expect([...BUILTIN_RULE_IDS].sort()).toEqual(registered.sort());
  });

  it('rule ids are unique and kebab-case', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(RULES.map((r) => [r.meta.id, r]))('%s: guideline, severity, description and translations', (_id, rule) => {
    const { meta } = rule;
    expect(ULVIK_PACK.guidelines.map((g) => g.id)).toContain(meta.guideline);
    expect(['info', 'warning', 'high']).toContain(meta.severity);
    expect(meta.description.length).toBeGreaterThan(10);
    const reminder = ULVIK_PACK.guidelines.find((g) => g.id === meta.guideline)?.kind === 'reminder';
    if (reminder) expect(meta.severity).toBe('info');
    for (const c of meta.contexts ?? []) expect(['private', 'official']).toContain(c);
    const texts = { ...meta.messages, ...Object.fromEntries(Object.entries(meta.suggestions ?? {}).map(([k, v]) => [`suggestion:${k}`, v])) };
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    for (const [key, text] of Object.entries(texts)) {
      for (const lang of LANGS) expect(text[lang]?.trim().length, `${key}.${lang}`).toBeGreaterThan(0);
      // The same placeholders in every language.
      const holes = (s: string) => (s.match(/\{[a-zA-Z]+\}/g) ?? []).sort().join(',');
      expect(holes(text.nb), `${key}.nb placeholders`).toBe(holes(text.nn));
      expect(holes(text.en), `${key}.en placeholders`).toBe(holes(text.nn));
    }
  });
});
