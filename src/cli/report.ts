/** The readable report of the check command. */
import { excerptOf } from '../engine/excerpt';
import { pick } from '../engine/messages';
import type { Finding, Lang } from '../engine/types';
import type { GuidelinePack } from '../guidelines/types';

const LABELS: Record<Lang, { clean: string; suggestion: string; severity: Record<Finding['severity'], string> }> = {
  nn: { clean: 'Ingen funn. Teksten ser ut til å følgja retningslinjene.', suggestion: 'Forslag', severity: { high: 'HØG', warning: 'ÅTVARING', info: 'PÅMINNING' } },
  nb: { clean: 'Ingen funn. Teksten ser ut til å følge retningslinjene.', suggestion: 'Forslag', severity: { high: 'HØY', warning: 'ADVARSEL', info: 'PÅMINNELSE' } },
  en: { clean: 'No findings. The text appears to follow the guidelines.', suggestion: 'Suggestion', severity: { high: 'HIGH', warning: 'WARNING', info: 'REMINDER' } },
};

export function formatReport(text: string, findings: Finding[], pack: GuidelinePack, lang: Lang): string {
  const l = LABELS[lang];
  if (findings.length === 0) return l.clean;
  const lines: string[] = [];
  for (const f of findings) {
    const g = pack.guidelines.find((x) => x.id === f.guideline);
    const title = g ? pick(g.title, lang) : '';
    lines.push(`[${l.severity[f.severity]}] G${f.guideline} ${title} (${f.rule})`);
    lines.push(`  «${excerptOf(text, f)}» (${f.start}–${f.end})`);
    lines.push(`  ${pick(f.message, lang)}`);
    if (f.suggestion) lines.push(`  ${l.suggestion}: ${pick(f.suggestion, lang)}`);
  }
  return lines.join('\n');
}

/** Findings as JSON for --json and --jsonl; excerpts masked like the report. */
export function findingsJson(text: string, findings: Finding[]): object[] {
  return findings.map((f) => ({ ...f, excerpt: excerptOf(text, f) }));
}
