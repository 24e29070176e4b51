/**
 * A guideline pack as data: an organisation's guidelines in three languages
 * plus rules built from the engine's data rule types. A pack never carries
 * code or regular expressions (store rules forbid remote code).
 */
import type { DataRuleSpec } from '../engine/data-rules';
import type { GuidelinePack } from '../guidelines/types';

export const PACK_FORMAT = 'varsam-pack/1';

export interface Pack extends GuidelinePack {
  format: typeof PACK_FORMAT;
  /**
   * Built-in rules to keep, mapped to this pack's guideline numbers. A key is
   * either a default (Ulvik) guideline number — {"2": 3} runs the built-in G2
   * rules and reports them as the pack's guideline 3 — or a built-in rule id,
   * which overrides its guideline's entry for that rule ({"g3-emergency": 4});
   * null for a rule id drops that rule. Built-in rules not mapped do not run.
   * Extra terms from the settings (extraTerms) always apply, by the pack's numbers.
   */
  builtinRules: Record<string, number | null>;
  rules: DataRuleSpec[];
}
