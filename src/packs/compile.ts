/**
 * From a validated pack to the rules the engine runs: the built-in rules the
 * pack keeps (renumbered to the pack's guidelines) plus its data rules.
 * Compiled rule sets are cached per pack object.
 */
import { dataRule, withGuideline } from '../engine/data-rules';
import type { Rule } from '../engine/rule';
import { RULES } from '../rules';
import type { Pack } from './types';

const cache = new WeakMap<Pack, readonly Rule[]>();

export function compilePack(pack: Pack, builtins: readonly Rule[] = RULES): readonly Rule[] {
  const cached = builtins === RULES ? cache.get(pack) : undefined;
  if (cached) return cached;
  const rules: Rule[] = [];
  for (const rule of builtins) {
    const target = pack.builtinRules[String(rule.meta.guideline)];
    if (target !== undefined) rules.push(withGuideline(rule, target));
  }
  const ids = new Set(rules.map((r) => r.meta.id));
  for (const spec of pack.rules) {
    // A pack rule with a built-in rule's id replaces it.
    if (ids.has(spec.id)) rules.splice(rules.findIndex((r) => r.meta.id === spec.id), 1);
    rules.push(dataRule(spec));
  }
  if (builtins === RULES) cache.set(pack, rules);
  return rules;
}
