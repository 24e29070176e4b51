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
   * Built-in rules to keep, by the default (Ulvik) guideline they check, mapped
   * to this pack's guideline number: {"2": 3} runs the built-in G2 rules and
   * reports them as the pack's guideline 3. Built-in rules of guidelines not
   * listed do not run.
   */
  builtinRules: Record<string, number>;
  rules: DataRuleSpec[];
}
