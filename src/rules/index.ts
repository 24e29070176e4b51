/**
 * Every rule, registered explicitly. The conventions test checks that each
 * file under src/rules/g*/ is listed here, translated and tested.
 */
import type { Rule } from '../engine/rule';
import g2Confidentiality from './g2/confidentiality';

export const RULES: readonly Rule[] = [g2Confidentiality];
