/**
 * Whether a send is stopped, and how (pure). sendGuard semantics:
 * - off: never.
 * - confirm (default): a `high` or `warning` finding stops the send; the
 *   prompt offers "Endre" and "Publiser likevel".
 * - block-high: a `high` finding stops the send and only "Endre" is offered;
 *   with warnings only, the prompt is as under confirm.
 * `info` findings never stop a send; a clean text never does.
 */
import type { Finding } from '../../engine/types';
import type { SendGuard } from '../../config/types';

export interface GuardDecision {
  /** The warning and high findings, high first, in text order within a severity. */
  findings: Finding[];
  allowPost: boolean;
}

export function decideGuard(mode: SendGuard | undefined, findings: readonly Finding[]): GuardDecision | null {
  if (mode === 'off') return null;
  const high = findings.filter((f) => f.severity === 'high');
  const warn = findings.filter((f) => f.severity === 'warning');
  if (high.length === 0 && warn.length === 0) return null;
  const blocked = mode === 'block-high' && high.length > 0;
  return { findings: [...high, ...warn], allowPost: !blocked };
}
