/**
 * Builds the EngineApi that /engine.js installs in a page's isolated world:
 * analyze() with a configured guideline pack compiled once per value, and
 * the link assessment for received messages.
 */
import { packRules } from '../config/pack-rules';
import type { Settings } from '../config/types';
import type { EngineApi } from '../messaging/engine-api';
import { analyze } from './index';
import { assessLink } from './links';

export function createEngineApi(): EngineApi {
  return {
    analyze(text, options) {
      const { pack, ...rest } = options;
      const rules = pack === null || pack === undefined ? undefined : packRules({ guidelinePack: pack } as Settings);
      return analyze(text, { ...rest, rules });
    },
    assessLink,
  };
}
