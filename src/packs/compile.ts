/**
 * From a validated pack to the rules the engine runs: the built-in rules the
 * pack keeps (renumbered to the pack's guidelines), an extra-terms rule per
 * guideline of the pack (settings' extraTerms, by the pack's numbers), and the
 * pack's data rules. Compiled rule sets are cached per pack object.
 */
import { dataRule, withGuideline } from '../engine/data-rules';
import type { Rule } from '../engine/rule';
import { extraTermsRule } from '../rules/config/extra-terms';
import { BUILTIN_RULES } from './builtin';
import type { Pack } from './types';

const cache = new WeakMap<Pack, readonly Rule[]>();

function targetOf(pack: Pack, rule: Rule): number | null {
  const map = pack.builtinRules;
  if (Object.prototype.hasOwnProperty.call(map, rule.meta.id)) return map[rule.meta.id];
  return map[String(rule.meta.guideline)] ?? null;
}

export function compilePack(pack: Pack, builtins: readonly Rule[] = BUILTIN_RULES): readonly Rule[] {
  const cached = builtins === BUILTIN_RULES ? cache.get(pack) : undefined;
  if (cached) return cached;
  const rules: Rule[] = [];
  for (const rule of builtins) {
    const target = targetOf(pack, rule);
    if (target !== null) rules.push(withGuideline(rule, target));
  }
  for (const g of pack.guidelines) rules.push(extraTermsRule(g.id, g.kind === 'reminder' ? 'info' : 'warning'));
  for (const spec of pack.rules) {
    // A pack rule with a built-in rule's id replaces it.
    const same = rules.findIndex((r) => r.meta.id === spec.id);
    if (same >= 0) rules.splice(same, 1);
    rules.push(dataRule(spec));
  }
  if (builtins === BUILTIN_RULES) cache.set(pack, rules);
  return rules;
}
