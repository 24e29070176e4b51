/** The per-tab summary: counts per guideline over the watched boxes, never any text. */
import { severityRank } from '../engine/severity';
import type { Context } from '../engine/types';
import type { GuidelineSummary, TabSummary } from '../messaging/types';

interface BoxLike {
  shown: readonly { guideline: number; severity: 'info' | 'warning' | 'high' }[];
  context: Context;
}

export function buildSummary(site: string | null, boxes: readonly BoxLike[], siteContext: Context, now: number): TabSummary {
  const guidelines: Record<number, GuidelineSummary> = {};
  let official = false;
  for (const box of boxes) {
    if (box.context === 'official') official = true;
    for (const f of box.shown) {
      const g = guidelines[f.guideline];
      if (!g) guidelines[f.guideline] = { count: 1, highest: f.severity };
      else {
        g.count++;
        if (severityRank(f.severity) > severityRank(g.highest)) g.highest = f.severity;
      }
    }
  }
  return { site, boxes: boxes.length, context: boxes.length > 0 ? (official ? 'official' : 'private') : siteContext, guidelines, updatedAt: now };
}

export function sameSummary(a: TabSummary, b: TabSummary): boolean {
  return JSON.stringify({ ...a, updatedAt: 0 }) === JSON.stringify({ ...b, updatedAt: 0 });
}

/** The toolbar badge for a summary: findings with a warning or high as highest, and the colour. */
export function badgeFor(summary: TabSummary | null): { text: string; color: string } {
  if (!summary) return { text: '', color: '#5f6b7a' };
  let count = 0;
  let high = false;
  for (const g of Object.values(summary.guidelines)) {
    if (g.highest === 'info') continue;
    count += g.count;
    if (g.highest === 'high') high = true;
  }
  if (count === 0) return { text: '', color: '#5f6b7a' };
  return { text: count > 99 ? '99+' : String(count), color: high ? '#c62828' : '#e0a100' };
}

/** One summary for a tab from the summaries of its frames (each frame runs its own content script). */
export function mergeSummaries(parts: readonly TabSummary[]): TabSummary | null {
  const live = parts.filter((p) => p.boxes > 0 || p.site !== null);
  if (live.length === 0) return null;
  const guidelines: Record<number, GuidelineSummary> = {};
  let boxes = 0;
  let official = false;
  let site: string | null = null;
  let updatedAt = 0;
  for (const p of live) {
    boxes += p.boxes;
    if (p.context === 'official' && p.boxes > 0) official = true;
    site = site ?? p.site;
    updatedAt = Math.max(updatedAt, p.updatedAt);
    for (const [k, g] of Object.entries(p.guidelines)) {
      const n = Number(k);
      const prev = guidelines[n];
      if (!prev) guidelines[n] = { count: g.count, highest: g.highest };
      else {
        prev.count += g.count;
        if (severityRank(g.highest) > severityRank(prev.highest)) prev.highest = g.highest;
      }
    }
  }
  const context: Context = official ? 'official' : live[0].context;
  return { site, boxes, context, guidelines, updatedAt };
}
