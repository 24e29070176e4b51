/**
 * Validation of one settings layer (a policy, stored user settings, or a
 * patch from the options page). Each value is checked on its own: a wrong type
 * or an unknown key is dropped with a message that says what was expected,
 * and everything else is kept. No regular expressions: plain character scans.
 */
import type { Context } from '../engine/types';
import { validatePackInput } from './pack-input';
import { SETTING_KEYS } from './defaults';
import type { CrisisSettings, SendGuard, Settings, SettingKey, SiteSettings, UiLanguage } from './types';

/** Where a layer comes from; used in messages. */
export type LayerSource = 'policy' | 'user';

export interface LayerResult {
  values: Partial<Settings>;
  errors: string[];
}

type Check<T> = (v: unknown) => { ok: true; value: T } | { ok: false; expect: string; detail?: string };

const MAX_LIST = 5000;
const MAX_TEXT = 2000;

function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function cleanList(list: string[], lower: boolean): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of list) {
    const s = lower ? raw.trim().toLowerCase() : raw.trim();
    if (s && !seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  }
  return out;
}

function isHostChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2e || code > 0x7f;
}

/** A host name such as "ulvik.kommune.no": labels of letters, digits and hyphens, at least one dot. */
export function isHostName(s: string): boolean {
  if (s.length < 3 || s.length > 253 || !s.includes('.')) return false;
  if (s.startsWith('.') || s.endsWith('.') || s.includes('..')) return false;
  for (let i = 0; i < s.length; i += 1) if (!isHostChar(s.charCodeAt(i))) return false;
  return true;
}

function isRuleIdChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2e || code === 0x5f;
}

const text = (max: number): Check<string> => (v) => (typeof v === 'string' && v.length <= max ? ok(v.trim()) : { ok: false, expect: `text (at most ${max} characters)` });

function stringList(expect: string, itemOk: (s: string) => boolean = () => true, lower = false): Check<string[]> {
  return (v) => {
    if (!Array.isArray(v) || v.length > MAX_LIST || !v.every((x) => typeof x === 'string' && x.length <= 200)) return { ok: false, expect };
    const list = cleanList(v as string[], lower);
    const bad = list.find((s) => !itemOk(s));
    if (bad !== undefined) return { ok: false, expect, detail: `"${bad.slice(0, 60)}" is not valid` };
    return ok(list);
  };
}

function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (v) => (typeof v === 'string' && (values as readonly string[]).includes(v) ? ok(v as T) : { ok: false, expect: `one of ${values.join(', ')}` });
}

const guidelineNumbers: Check<number[]> = (v) => {
  const expect = 'a list of numbers 1–99 (the guideline numbers, 1–12 for Ulvik)';
  if (!Array.isArray(v) || !v.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 99)) return { ok: false, expect };
  return ok([...new Set(v as number[])].sort((a, b) => a - b));
};

const urlText: Check<string> = (v) => {
  const expect = 'an http or https address';
  if (typeof v !== 'string' || v.length > MAX_TEXT) return { ok: false, expect };
  const s = v.trim();
  if (s === '') return ok('');
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:' ? ok(u.href) : { ok: false, expect };
  } catch {
    return { ok: false, expect };
  }
};

const extraTerms: Check<Record<string, string[]>> = (v) => {
  const expect = 'an object from guideline number ("4") to a list of terms';
  if (!isPlainObject(v)) return { ok: false, expect };
  const out: Record<string, string[]> = {};
  for (const [g, list] of Object.entries(v)) {
    const n = Number(g);
    if (!Number.isInteger(n) || n < 1 || n > 99) return { ok: false, expect, detail: `key "${g.slice(0, 20)}" is not a guideline number` };
    if (!Array.isArray(list) || list.length > MAX_LIST || !list.every((x) => typeof x === 'string' && x.length <= 200)) {
      return { ok: false, expect, detail: `"${g}" must be a list of terms` };
    }
    out[String(n)] = cleanList(list as string[], true);
  }
  return ok(out);
};

const sites: Check<SiteSettings> = (v) => {
  const expect = 'an object with "add" (host names) and "skip" (site ids or host names)';
  if (!isPlainObject(v)) return { ok: false, expect };
  const unknown = Object.keys(v).find((k) => k !== 'add' && k !== 'skip');
  if (unknown) return { ok: false, expect, detail: `unknown key "${unknown.slice(0, 30)}"` };
  const add = v.add === undefined ? ok<string[]>([]) : stringList(expect, isHostName, true)(v.add);
  if (!add.ok) return add;
  const skip = v.skip === undefined ? ok<string[]>([]) : stringList(expect, (s) => s.length > 0, true)(v.skip);
  if (!skip.ok) return skip;
  return ok({ add: add.value, skip: skip.value });
};

const contexts: readonly Context[] = ['private', 'official'];

const contextBySite: Check<Record<string, Context>> = (v) => {
  const expect = 'an object from site id or host name to "private" or "official"';
  if (!isPlainObject(v)) return { ok: false, expect };
  const out: Record<string, Context> = {};
  for (const [site, c] of Object.entries(v)) {
    if (typeof c !== 'string' || !(contexts as readonly string[]).includes(c)) return { ok: false, expect, detail: `"${site.slice(0, 40)}"` };
    out[site.trim().toLowerCase()] = c as Context;
  }
  return ok(out);
};

const crisis: Check<CrisisSettings> = (v) => {
  const expect = 'an object with "active" (true or false) and "message" (text)';
  if (!isPlainObject(v)) return { ok: false, expect };
  const unknown = Object.keys(v).find((k) => k !== 'active' && k !== 'message');
  if (unknown) return { ok: false, expect, detail: `unknown key "${unknown.slice(0, 30)}"` };
  if (v.active !== undefined && typeof v.active !== 'boolean') return { ok: false, expect };
  if (v.message !== undefined && (typeof v.message !== 'string' || v.message.length > MAX_TEXT)) return { ok: false, expect };
  return ok({ active: v.active === true, message: typeof v.message === 'string' ? v.message.trim() : '' });
};

const bool: Check<boolean> = (v) => (typeof v === 'boolean' ? ok(v) : { ok: false, expect: 'true or false' });

const guidelinePack: Check<unknown> = (v) => {
  if (v === null) return ok(null);
  const r = validatePackInput(v);
  if (r.pack) return ok(r.pack);
  return { ok: false, expect: 'a valid guideline pack (JSON)', detail: r.errors.slice(0, 5).join('; ') };
};

const CHECKS: { [K in SettingKey]: Check<Settings[K]> } = {
  organization: text(200),
  guidelinesUrl: urlText,
  contact: text(500),
  language: oneOf<UiLanguage | 'auto'>(['auto', 'nn', 'nb', 'en']),
  disabledGuidelines: guidelineNumbers,
  disabledRules: stringList('a list of rule ids ("g4-colleague")', (s) => s.length <= 100 && [...s].every((c) => isRuleIdChar(c.charCodeAt(0))), true),
  colleagueNames: stringList('a list of names (text)', (s) => s.length <= 100),
  officialDomains: stringList('a list of host names ("ulvik.kommune.no")', isHostName, true),
  officialAccounts: stringList('a list of account names', (s) => s.length <= 100),
  extraTerms,
  sites,
  defaultContext: oneOf<Context>(contexts),
  contextBySite,
  crisis,
  lockSettings: bool,
  guidelinePack,
  sendGuard: oneOf<SendGuard>(['off', 'confirm', 'block-high']),
};

function describeLayer(source: LayerSource, key: string): string {
  return source === 'policy' ? `policy value ${key}` : `stored setting ${key}`;
}

/**
 * Validates one layer. Unknown keys and bad values are dropped with a message;
 * `source` decides the wording ("policy value x … ignored", "stored setting x … using the default").
 */
export function validateLayer(input: unknown, source: LayerSource): LayerResult {
  const values: Partial<Settings> = {};
  const errors: string[] = [];
  const tail = source === 'policy' ? 'ignored' : 'using the default';
  if (input === undefined || input === null) return { values, errors };
  if (!isPlainObject(input)) {
    errors.push(source === 'policy' ? 'policy must be an object of settings; ignored' : 'stored settings must be an object; using the defaults');
    return { values, errors };
  }
  for (const [key, value] of Object.entries(input)) {
    if (!(SETTING_KEYS as readonly string[]).includes(key)) {
      errors.push(`${describeLayer(source, key.slice(0, 60))} is unknown; ${tail}`);
      continue;
    }
    if (value === undefined) continue;
    const k = key as SettingKey;
    const r = (CHECKS[k] as Check<unknown>)(value);
    if (r.ok) (values as Record<string, unknown>)[k] = r.value;
    else errors.push(`${describeLayer(source, k)} must be ${r.expect}${r.detail ? ` (${r.detail})` : ''}; ${tail}`);
  }
  return { values, errors };
}
