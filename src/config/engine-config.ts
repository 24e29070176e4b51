/** From settings to the engine's configuration (for analyze()). */
import type { EngineConfig } from '../engine/types';
import type { Settings } from './types';

/** Words in an organisation's name that do not identify it. */
const GENERIC_NAME_WORDS = new Set(['kommune', 'herad', 'fylkeskommune', 'fylke', 'municipality', 'county', 'council', 'of', 'the', 'i', 'og', 'and']);

/** "Ulvik herad" → ["ulvik"]; "Fjordvik kommune" → ["fjordvik"]. */
export function organizationNames(organization: string): string[] {
  const out: string[] = [];
  for (const word of organization.toLowerCase().split(' ')) {
    const w = word.trim();
    if (w.length >= 3 && !GENERIC_NAME_WORDS.has(w) && !out.includes(w)) out.push(w);
  }
  return out;
}

/** The organisation's name: the setting, else the name in a custom guideline pack. */
function organizationOf(s: Settings): string {
  if (s.organization.trim()) return s.organization;
  const pack = s.guidelinePack as { organization?: unknown } | null;
  return pack && typeof pack === 'object' && typeof pack.organization === 'string' ? pack.organization : '';
}

export function toEngineConfig(s: Settings): Partial<EngineConfig> {
  const names = organizationNames(organizationOf(s));
  return {
    disabledGuidelines: [...s.disabledGuidelines],
    disabledRules: [...s.disabledRules],
    colleagueNames: [...s.colleagueNames],
    officialDomains: [...s.officialDomains],
    officialAccounts: [...s.officialAccounts],
    extraTerms: Object.fromEntries(Object.entries(s.extraTerms).map(([g, list]) => [g, [...list]])),
    ...(names.length > 0 ? { organizationNames: names } : {}),
    crisisActive: s.crisis.active,
  };
}
