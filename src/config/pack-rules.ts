/**
 * The rules for analyze() from the settings: a custom guideline pack's
 * compiled rules, or undefined for the built-in rules (the default pack).
 * Use as `analyze(text, { config: toEngineConfig(s), rules: packRules(s) })`.
 */
import type { Rule } from '../engine/rule';
import { compilePack } from '../packs/compile';
import { validatePack } from '../packs/validate';
import type { Settings } from './types';

let last: { input: unknown; rules: readonly Rule[] | undefined } | null = null;

export function packRules(s: Settings): readonly Rule[] | undefined {
  const input = s.guidelinePack;
  if (input === null || input === undefined) return undefined;
  if (last && last.input === input) return last.rules;
  let rules: readonly Rule[] | undefined;
  try {
    // Validated again (cheap, and cached per value): settings may come from anywhere.
    const pack = validatePack(input).pack;
    rules = pack ? compilePack(pack) : undefined;
  } catch {
    rules = undefined;
  }
  last = { input, rules };
  return rules;
}
