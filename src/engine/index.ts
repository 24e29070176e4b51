/** The engine's public entry: analyze(text, options) → findings. */
import { RULES } from '../rules';
import { runRules } from './analyze';
import type { AnalyzeOptions, Finding } from './types';

export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  return runRules(options.rules ?? RULES, text, options);
}

export { resolveEngineConfig, DEFAULT_ENGINE_CONFIG } from './config';
export { severityRank } from './severity';
export type { AnalyzeOptions, Attachments, Context, EngineConfig, Finding, Lang, Localized, Severity } from './types';
export { excerptOf, maskDigits } from './excerpt';
