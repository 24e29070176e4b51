/**
 * Every rule, registered explicitly. The conventions test checks that each
 * rule file under src/rules/gN/ is listed here, translated and tested.
 */
import type { Rule } from '../engine/rule';
import g2AccountNumber from './g2/account-number';
import g2Confidentiality from './g2/confidentiality';
import g2NationalId from './g2/national-id';

export const RULES: readonly Rule[] = [g2Confidentiality, g2NationalId, g2AccountNumber];
