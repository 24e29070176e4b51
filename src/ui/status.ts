/**
 * Pure helpers that turn a tab summary and findings into what the checklist
 * shows. No DOM, no browser API.
 */
import { severityRank } from '../engine/severity';
import type { Finding, Severity } from '../engine/types';
import type { TabSummary } from '../messaging/types';

export type TabState = 'loading' | 'unsupported' | 'no-box' | 'clear' | 'breach';

export type GuidelineStatus =
  | { kind: 'unknown' }
  | { kind: 'off' }
  | { kind: 'clear' }
  | { kind: 'reminder'; count: number }
  | { kind: 'breach'; count: number; highest: Exclude<Severity, 'info'> };

export function isSeverity(v: unknown): v is Severity {
  return v === 'info' || v === 'warning' || v === 'high';
}

/** The state line of the popup for a tab summary (undefined while loading). */
export function tabState(summary: TabSummary | null | undefined): TabState {
  if (summary === undefined) return 'loading';
  if (!summary || typeof summary !== 'object' || !summary.site) return 'unsupported';
  if (!(Number(summary.boxes) > 0)) return 'no-box';
  return breachedGuidelines(summary).length > 0 ? 'breach' : 'clear';
}

/** Guideline numbers with a warning or high finding in the tab, ascending. */
export function breachedGuidelines(summary: TabSummary | null | undefined): number[] {
  if (!summary || !summary.guidelines || typeof summary.guidelines !== 'object') return [];
  const out: number[] = [];
  for (const [key, g] of Object.entries(summary.guidelines)) {
    const id = Number(key);
    if (Number.isInteger(id) && g && isSeverity(g.highest) && g.highest !== 'info' && Number(g.count) > 0) out.push(id);
  }
  return out.sort((a, b) => a - b);
}

/** The mark of one guideline in the checklist for the active tab. */
export function guidelineStatus(summary: TabSummary | null | undefined, id: number, disabled: readonly number[] = []): GuidelineStatus {
  if (disabled.includes(id)) return { kind: 'off' };
  const state = tabState(summary);
  if (state === 'loading' || state === 'unsupported' || state === 'no-box') return { kind: 'unknown' };
  const g = summary?.guidelines?.[id];
  const count = Math.max(0, Math.floor(Number(g?.count) || 0));
  if (!g || count === 0 || !isSeverity(g.highest)) return { kind: 'clear' };
  if (g.highest === 'info') return { kind: 'reminder', count };
  return { kind: 'breach', count, highest: g.highest };
}

/** The same per-guideline view built from findings (the popup's own text check). */
export function summarizeFindings(findings: readonly Finding[]): Map<number, { count: number; highest: Severity }> {
  const out = new Map<number, { count: number; highest: Severity }>();
  for (const f of findings) {
    const prev = out.get(f.guideline);
    if (!prev) out.set(f.guideline, { count: 1, highest: f.severity });
    else {
      prev.count += 1;
      if (severityRank(f.severity) > severityRank(prev.highest)) prev.highest = f.severity;
    }
  }
  return out;
}

/** Findings ordered for reading: highest severity first, then guideline, then position. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || a.guideline - b.guideline || a.start - b.start,
  );
}
