/** Order of severities, for sorting findings and picking the highest. */
import type { Severity } from './types';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, high: 2 };

export function severityRank(s: Severity): number {
  return SEVERITY_RANK[s];
}
