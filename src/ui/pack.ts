/**
 * The guideline pack the UI shows: a custom pack from settings (validated by
 * the settings model: policy or a file chosen in the options page), else the
 * default pack (Ulvik herad).
 */
import { DEFAULT_SETTINGS } from '../config/defaults';
import type { Settings } from '../config/types';
import { DEFAULT_PACK } from '../guidelines';
import type { GuidelinePack } from '../guidelines/types';

function isPack(v: unknown): v is GuidelinePack {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Partial<GuidelinePack>;
  return typeof p.organization === 'string' && Array.isArray(p.guidelines) && p.guidelines.length > 0 && typeof p.source === 'object' && p.source !== null;
}

export function packFor(settings: Settings | null | undefined): GuidelinePack {
  const custom = settings?.guidelinePack;
  return isPack(custom) ? custom : DEFAULT_PACK;
}

export function isCustomPack(settings: Settings | null | undefined): boolean {
  return isPack(settings?.guidelinePack);
}

/**
 * The organisation's name: the setting, unless it is still the default while a
 * custom pack is in use (then the pack's organisation).
 */
export function organizationName(settings: Settings, pack: GuidelinePack): string {
  const set = typeof settings.organization === 'string' ? settings.organization.trim() : '';
  if (set && (set !== DEFAULT_SETTINGS.organization || pack.id === DEFAULT_PACK.id)) return set;
  return pack.organization;
}

/** True when the pack's Nynorsk text is the original (the default pack); custom packs may be translated from anything. */
export function hasNynorskOriginal(pack: GuidelinePack): boolean {
  return pack.id === DEFAULT_PACK.id;
}
