/**
 * Every rule, registered explicitly. The conventions test checks that each
 * rule file under src/rules/gN/ is listed here, translated and tested.
 */
import type { Rule } from '../engine/rule';
import g2Confidentiality from './g2/confidentiality';

export const RULES: readonly Rule[] = [g2Confidentiality];
