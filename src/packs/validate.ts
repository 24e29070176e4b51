/**
 * Validation of a guideline pack from JSON (policy or a file the user chose).
 * Everything is checked: an invalid pack is rejected as a whole with the
 * reasons, so the default pack stays. Texts may be given as one string or per
 * language; missing languages are filled from the others (nn → nb → en).
 */
import { DATA_RULE_TYPES, type DataRuleSpec, type DataRuleType } from '../engine/data-rules';
import { VALIDATOR_NAMES } from '../engine/data-validators';
import { LANGS, type Context, type Lang, type Localized, type Severity } from '../engine/types';
import type { Guideline } from '../guidelines/types';
import { PACK_FORMAT, type Pack } from './types';
import { BUILTIN_RULE_IDS } from '../rules/ids';

export interface PackResult {
  pack: Pack | null;
  errors: string[];
}

const MAX_GUIDELINES = 99;
const MAX_RULES = 500;
const MAX_TERMS = 5000;
const MAX_TERM = 100;
const MAX_TEXT = 5000;
const SEVERITIES: readonly Severity[] = ['info', 'warning', 'high'];
const CONTEXTS: readonly Context[] = ['private', 'official'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIdChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f || c === 0x2e;
}

function isId(v: unknown): v is string {
  return typeof v === 'string' && v.length >= 1 && v.length <= 80 && [...v].every((ch) => isIdChar(ch.charCodeAt(0)));
}

class Checker {
  readonly errors: string[] = [];

  fail(where: string, what: string): void {
    if (this.errors.length < 50) this.errors.push(`${where} ${what}`);
  }

  unknownKeys(where: string, obj: Record<string, unknown>, allowed: readonly string[]): void {
    for (const k of Object.keys(obj)) if (!allowed.includes(k)) this.fail(where, `has an unknown key "${k.slice(0, 40)}"`);
  }

  localized(where: string, v: unknown, required = true): Localized | undefined {
    if (v === undefined && !required) return undefined;
    if (typeof v === 'string') {
      if (v.trim() === '' || v.length > MAX_TEXT) {
        this.fail(where, `must be a text of 1–${MAX_TEXT} characters`);
        return undefined;
      }
      return { nn: v, nb: v, en: v };
    }
    if (!isObject(v)) {
      this.fail(where, 'must be a text or an object with nn, nb and/or en texts');
      return undefined;
    }
    this.unknownKeys(where, v, LANGS);
    const given: Partial<Record<Lang, string>> = {};
    for (const lang of LANGS) {
      const t = v[lang];
      if (t === undefined) continue;
      if (typeof t !== 'string' || t.trim() === '' || t.length > MAX_TEXT) this.fail(`${where}.${lang}`, `must be a text of 1–${MAX_TEXT} characters`);
      else given[lang] = t;
    }
    const fallback = given.nn ?? given.nb ?? given.en;
    if (fallback === undefined) {
      this.fail(where, 'needs a text in at least one of nn, nb, en');
      return undefined;
    }
    return { nn: given.nn ?? given.nb ?? fallback, nb: given.nb ?? given.nn ?? fallback, en: given.en ?? fallback };
  }

  terms(where: string, v: unknown, required = true): string[] | undefined {
    if (v === undefined && !required) return undefined;
    if (!Array.isArray(v) || v.length === 0 || v.length > MAX_TERMS) {
      this.fail(where, `must be a list of 1–${MAX_TERMS} terms`);
      return undefined;
    }
    const out: string[] = [];
    for (const t of v) {
      if (typeof t !== 'string' || t.trim() === '' || t.length > MAX_TERM) {
        this.fail(where, `has a term that is not a text of 1–${MAX_TERM} characters`);
        return undefined;
      }
      const term = t.trim().toLowerCase();
      // "*" only at the end of a word, and a prefix of at least two characters.
      const words = term.split(' ').filter((w) => w.length > 0);
      if (words.some((w) => w.slice(0, -1).includes('*') || (w.endsWith('*') && w.length < 3))) {
        this.fail(where, `has the term "${term.slice(0, 40)}": "*" may only end a word of at least two letters`);
        return undefined;
      }
      out.push(words.join(' '));
    }
    return [...new Set(out)];
  }
}

const RULE_KEYS: Record<DataRuleType, readonly string[]> = {
  terms: ['terms', 'exclude'],
  near: ['a', 'b', 'window', 'sameSentence', 'exclude'],
  requires: ['if', 'then'],
  pattern: ['validator', 'near', 'window'],
};
const BASE_KEYS = ['id', 'type', 'guideline', 'severity', 'contexts', 'message', 'suggestion', 'description'];

function checkRule(c: Checker, raw: unknown, index: number, guidelineIds: Set<number>): DataRuleSpec | null {
  const where = `rules[${index}]`;
  if (!isObject(raw)) {
    c.fail(where, 'must be an object');
    return null;
  }
  const before = c.errors.length;
  const type = raw.type;
  if (typeof type !== 'string' || !(DATA_RULE_TYPES as readonly string[]).includes(type)) {
    c.fail(`${where}.type`, `must be one of ${DATA_RULE_TYPES.join(', ')}`);
    return null;
  }
  const t = type as DataRuleType;
  c.unknownKeys(where, raw, [...BASE_KEYS, ...RULE_KEYS[t]]);
  if (!isId(raw.id)) c.fail(`${where}.id`, 'must be an id of lower-case letters, digits and hyphens');
  if (!(typeof raw.guideline === 'number' && guidelineIds.has(raw.guideline))) c.fail(`${where}.guideline`, "must be the id of one of the pack's guidelines");
  const severity = raw.severity ?? 'warning';
  if (!(SEVERITIES as readonly unknown[]).includes(severity)) c.fail(`${where}.severity`, 'must be info, warning or high');
  let contexts: Context[] | undefined;
  if (raw.contexts !== undefined) {
    if (Array.isArray(raw.contexts) && raw.contexts.length > 0 && raw.contexts.every((x) => (CONTEXTS as readonly unknown[]).includes(x))) contexts = [...new Set(raw.contexts as Context[])];
    else c.fail(`${where}.contexts`, 'must be a list of "private" and/or "official"');
  }
  const message = c.localized(`${where}.message`, raw.message);
  const suggestion = c.localized(`${where}.suggestion`, raw.suggestion, false);
  if (raw.description !== undefined && (typeof raw.description !== 'string' || raw.description.length > 500)) c.fail(`${where}.description`, 'must be a text of at most 500 characters');
  const base = {
    id: raw.id as string,
    guideline: raw.guideline as number,
    severity: severity as Severity,
    ...(contexts ? { contexts } : {}),
    message: message as Localized,
    ...(suggestion ? { suggestion } : {}),
    ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
  };
  const windowOf = (v: unknown, fallback: number): number => {
    if (v === undefined) return fallback;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 50) return v;
    c.fail(`${where}.window`, 'must be a whole number of words, 0–50');
    return fallback;
  };
  let spec: DataRuleSpec | null = null;
  switch (t) {
    case 'terms': {
      const terms = c.terms(`${where}.terms`, raw.terms);
      const exclude = c.terms(`${where}.exclude`, raw.exclude, false);
      spec = { ...base, type: 'terms', terms: terms ?? [], ...(exclude ? { exclude } : {}) };
      break;
    }
    case 'near': {
      const a = c.terms(`${where}.a`, raw.a);
      const b = c.terms(`${where}.b`, raw.b);
      const exclude = c.terms(`${where}.exclude`, raw.exclude, false);
      if (raw.sameSentence !== undefined && typeof raw.sameSentence !== 'boolean') c.fail(`${where}.sameSentence`, 'must be true or false');
      spec = { ...base, type: 'near', a: a ?? [], b: b ?? [], window: windowOf(raw.window, 8), sameSentence: raw.sameSentence === true, ...(exclude ? { exclude } : {}) };
      break;
    }
    case 'requires': {
      const ifTerms = c.terms(`${where}.if`, raw.if);
      const thenTerms = c.terms(`${where}.then`, raw.then);
      spec = { ...base, type: 'requires', if: ifTerms ?? [], then: thenTerms ?? [] };
      break;
    }
    case 'pattern': {
      const validator = raw.validator;
      if (typeof validator !== 'string' || !(VALIDATOR_NAMES as readonly string[]).includes(validator)) {
        c.fail(`${where}.validator`, `must be one of ${VALIDATOR_NAMES.join(', ')} (packs cannot bring their own patterns)`);
      }
      const near = c.terms(`${where}.near`, raw.near, false);
      spec = { ...base, type: 'pattern', validator: validator as (typeof VALIDATOR_NAMES)[number], ...(near ? { near } : {}), window: windowOf(raw.window, 10) };
      break;
    }
  }
  return c.errors.length === before ? spec : null;
}

function checkGuideline(c: Checker, raw: unknown, index: number): Guideline | null {
  const where = `guidelines[${index}]`;
  if (!isObject(raw)) {
    c.fail(where, 'must be an object');
    return null;
  }
  const before = c.errors.length;
  c.unknownKeys(where, raw, ['id', 'kind', 'title', 'text']);
  if (!(typeof raw.id === 'number' && Number.isInteger(raw.id) && raw.id >= 1 && raw.id <= MAX_GUIDELINES)) c.fail(`${where}.id`, `must be a whole number 1–${MAX_GUIDELINES}`);
  const kind = raw.kind ?? 'check';
  if (kind !== 'check' && kind !== 'reminder') c.fail(`${where}.kind`, 'must be "check" or "reminder"');
  const title = c.localized(`${where}.title`, raw.title);
  const text = c.localized(`${where}.text`, raw.text);
  if (c.errors.length !== before) return null;
  return { id: raw.id as number, kind: kind as Guideline['kind'], title: title as Localized, text: text as Localized };
}

/** Validates a parsed pack. Returns the pack with defaults filled in, or null and the reasons. */
export function validatePack(json: unknown): PackResult {
  const c = new Checker();
  if (!isObject(json)) return { pack: null, errors: ['the pack must be a JSON object'] };
  c.unknownKeys('the pack', json, ['$schema', 'format', 'id', 'organization', 'source', 'guidelines', 'builtinRules', 'rules']);
  if (json.format !== PACK_FORMAT) c.fail('format', `must be "${PACK_FORMAT}"`);
  if (!isId(json.id)) c.fail('id', 'must be an id of lower-case letters, digits and hyphens ("fjordvik-kommune")');
  if (!(typeof json.organization === 'string' && json.organization.trim() !== '' && json.organization.length <= 200)) c.fail('organization', 'must be the name of the organisation');
  const source = c.localized('source', json.source ?? json.organization);
  const guidelines: Guideline[] = [];
  if (!Array.isArray(json.guidelines) || json.guidelines.length === 0 || json.guidelines.length > MAX_GUIDELINES) {
    c.fail('guidelines', `must be a list of 1–${MAX_GUIDELINES} guidelines`);
  } else {
    json.guidelines.forEach((g, i) => {
      const ok = checkGuideline(c, g, i);
      if (ok) guidelines.push(ok);
    });
  }
  const ids = new Set<number>();
  for (const g of guidelines) {
    if (ids.has(g.id)) c.fail('guidelines', `has the id ${g.id} twice`);
    ids.add(g.id);
  }
  const builtinRules: Record<string, number | null> = {};
  if (json.builtinRules !== undefined) {
    if (!isObject(json.builtinRules)) c.fail('builtinRules', 'must be an object from a default guideline number (1–12) or a built-in rule id to a guideline id of this pack');
    else {
      for (const [from, to] of Object.entries(json.builtinRules)) {
        const n = Number(from);
        const isNumber = from.trim() !== '' && Number.isInteger(n);
        if (isNumber && (n < 1 || n > 12)) c.fail('builtinRules', `has the key "${from.slice(0, 20)}", which is not a default guideline number 1–12`);
        else if (!isNumber && !BUILTIN_RULE_IDS.has(from)) c.fail('builtinRules', `has the key "${from.slice(0, 40)}", which is neither a default guideline number 1–12 nor a built-in rule id`);
        else if (to === null && !isNumber) builtinRules[from] = null;
        else if (typeof to !== 'number' || !ids.has(to)) c.fail(`builtinRules.${from}`, `must be the id of one of the pack's guidelines${isNumber ? '' : ' (or null to drop the rule)'}`);
        else builtinRules[isNumber ? String(n) : from] = to;
      }
    }
  }
  const rules: DataRuleSpec[] = [];
  if (json.rules !== undefined && (!Array.isArray(json.rules) || json.rules.length > MAX_RULES)) c.fail('rules', `must be a list of at most ${MAX_RULES} rules`);
  else if (Array.isArray(json.rules)) {
    json.rules.forEach((r, i) => {
      const ok = checkRule(c, r, i, ids);
      if (ok) rules.push(ok);
    });
  }
  const ruleIds = new Set<string>();
  for (const r of rules) {
    if (ruleIds.has(r.id)) c.fail('rules', `has the id "${r.id}" twice`);
    ruleIds.add(r.id);
  }
  if (c.errors.length > 0) return { pack: null, errors: c.errors };
  const pack: Pack = {
    format: PACK_FORMAT,
    id: json.id as string,
    organization: (json.organization as string).trim(),
    source: source as Localized,
    guidelines: guidelines.sort((a, b) => a.id - b.id),
    builtinRules,
    rules,
  };
  return { pack, errors: [] };
}
