/** Guideline packs. The default is Ulvik herad's twelve points. */
import { ULVIK_PACK } from './ulvik';
import type { Guideline, GuidelinePack } from './types';

export const DEFAULT_PACK: GuidelinePack = ULVIK_PACK;

export function guidelineById(pack: GuidelinePack, id: number): Guideline | undefined {
  return pack.guidelines.find((g) => g.id === id);
}

export type { Guideline, GuidelinePack } from './types';
