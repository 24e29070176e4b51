/**
 * The engine as the content script sees it. The engine is large (word lists,
 * the public-suffix list), so it is not part of the content script that every
 * page of a watched site loads: the background injects `/engine.js` into the
 * same isolated world (scripting.executeScript) the first time a frame needs
 * it, and the script leaves this API on a global. The typed text never leaves
 * the page's isolated world.
 */
import type { LinkAssessment, LinkConfig } from '../engine/links';
import type { AnalyzeOptions, Finding } from '../engine/types';

export const ENGINE_GLOBAL = '__varsamEngine';

export interface EngineApi {
  /** analyze() with the rules of a configured guideline pack (raw JSON value; null for the default pack). */
  analyze(text: string, options: Omit<AnalyzeOptions, 'rules'> & { pack?: unknown }): Finding[];
  assessLink(url: string, config: LinkConfig): LinkAssessment | null;
}

/** The engine left on the isolated world's global by /engine.js, if loaded. */
export function installedEngine(scope: object = globalThis): EngineApi | null {
  const api = (scope as Record<string, unknown>)[ENGINE_GLOBAL] as EngineApi | undefined;
  return api && typeof api.analyze === 'function' ? api : null;
}
