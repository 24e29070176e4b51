/**
 * The built-in rules a pack may keep. The extra-terms rules from the settings
 * are not among them: compilePack makes those per guideline of the pack.
 */
import type { Rule } from '../engine/rule';
import { RULES } from '../rules';

export const EXTRA_TERMS_PREFIX = 'config-extra-terms-';

export const BUILTIN_RULES: readonly Rule[] = RULES.filter((r) => !r.meta.id.startsWith(EXTRA_TERMS_PREFIX));

export { BUILTIN_RULE_IDS } from '../rules/ids';
