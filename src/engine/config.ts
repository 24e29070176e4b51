/**
 * Validation of the engine's configuration. A bad value is dropped with a
 * message that says what is wrong; everything else keeps working.
 */
import type { EngineConfig } from './types';

export const DEFAULT_ENGINE_CONFIG: EngineConfig = Object.freeze({
  disabledGuidelines: [],
  disabledRules: [],
  colleagueNames: [],
  officialDomains: ['ulvik.kommune.no'],
  officialAccounts: ['ulvikherad'],
  extraTerms: {},
  organizationNames: ['ulvik'],
  crisisActive: false,
}) as EngineConfig;

export interface ConfigResult {
  config: EngineConfig;
  errors: string[];
}

const KEYS = Object.keys(DEFAULT_ENGINE_CONFIG) as (keyof EngineConfig)[];

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function cleanStrings(v: string[]): string[] {
  return [...new Set(v.map((s) => s.trim()).filter((s) => s.length > 0))];
}

export function resolveEngineConfig(input: unknown): ConfigResult {
  const errors: string[] = [];
  const config: EngineConfig = { ...DEFAULT_ENGINE_CONFIG };
  if (input === undefined || input === null) return { config, errors };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { config, errors: ['config must be an object; using defaults'] };
  }
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (!KEYS.includes(key as keyof EngineConfig)) {
      errors.push(`config key ${key} is unknown; ignored`);
      continue;
    }
    switch (key as keyof EngineConfig) {
      case 'disabledGuidelines':
        if (Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= 1 && n <= 99)) config.disabledGuidelines = value as number[];
        else errors.push('config value disabledGuidelines must be a list of guideline numbers (1–12); ignored');
        break;
      case 'crisisActive':
        if (typeof value === 'boolean') config.crisisActive = value;
        else errors.push('config value crisisActive must be true or false; ignored');
        break;
      case 'extraTerms': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          errors.push('config value extraTerms must be an object from guideline number to a list of terms; ignored');
          break;
        }
        const terms: Record<string, string[]> = {};
        for (const [g, list] of Object.entries(value as Record<string, unknown>)) {
          const n = Number(g);
          if (!Number.isInteger(n) || n < 1 || n > 99) errors.push(`config value extraTerms has key ${g}, which is not a guideline number; ignored`);
          else if (!isStringList(list)) errors.push(`config value extraTerms.${g} must be a list of strings; ignored`);
          else terms[String(n)] = cleanStrings(list.map((s) => s.toLowerCase()));
        }
        config.extraTerms = terms;
        break;
      }
      default: {
        const k = key as 'disabledRules' | 'colleagueNames' | 'officialDomains' | 'officialAccounts' | 'organizationNames';
        if (isStringList(value)) config[k] = cleanStrings(value);
        else errors.push(`config value ${key} must be a list of strings; ignored`);
      }
    }
  }
  return { config, errors };
}
