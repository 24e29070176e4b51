/**
 * Finding links in text and judging whether a link is suspicious (G12).
 *
 * `assessLink(url, config)` is pure and independent of the rule runner: the
 * content script uses it to mark suspicious links in received messages too.
 * Links are found with linkify-it and domains parsed with tldts (the Public
 * Suffix List), so "helsenorge.no.mine-dokument.info" is read as a host under
 * mine-dokument.info, not under helsenorge.no.
 */
import { LinkifyIt } from 'linkify-it';
import { parse as parseUrl } from 'tldts';
import { memoizeWord } from '../../engine/word-memo';
import brands from '../data/brands.any.json';
import credentialWords from '../data/credential-domain-words.any.json';
import linkTlds from '../data/link-tlds.any.json';
import municipalWords from '../data/municipal-domain-words.any.json';
import publicBodyWords from '../data/public-body-domain-words.any.json';
import riskyExtensions from '../data/risky-file-extensions.any.json';
import safeDomains from '../data/safe-domains.any.json';
import shorteners from '../data/url-shorteners.any.json';
import { isMixedScript, skeleton, withinOneEdit } from './links-lookalike';
import { cleanDomain } from '../../engine/domain-name';

/** Why a link is suspicious; also the rule's message ids. Ordered from most to least telling. */
export type LinkReason = 'ip-host' | 'punycode' | 'mixed-script' | 'org-lookalike' | 'brand-lookalike' | 'risky-file' | 'shortener';

export const LINK_REASONS: readonly LinkReason[] = ['ip-host', 'punycode', 'mixed-script', 'org-lookalike', 'brand-lookalike', 'risky-file', 'shortener'];

export interface LinkAssessment {
  /** The link as given. */
  url: string;
  /** The parsed host name (lower case), or "" when none could be read. */
  host: string;
  /** At least one reason, in the order of LINK_REASONS. */
  reasons: LinkReason[];
  /** The brand or organisation name imitated, for look-alikes. */
  imitates?: string;
  /** The risky file extension, for risky-file. */
  extension?: string;
}

/** The part of the engine configuration that link assessment reads. */
export interface LinkConfig {
  officialDomains?: readonly string[];
  organizationNames?: readonly string[];
}


/** tldts's reading of a host, remembered per address (bounded): the same links come back at every check. */
const parse = memoizeWord((url: string) => parseUrl(url), 2000);
const SHORTENERS: ReadonlySet<string> = new Set(shorteners.terms);
const MUNICIPAL_WORDS: readonly string[] = municipalWords.terms;
const MUNICIPAL_SET: ReadonlySet<string> = new Set(municipalWords.terms);
const PUBLIC_BODY: readonly string[] = publicBodyWords.terms;
const CREDENTIAL_EXACT: ReadonlySet<string> = new Set(credentialWords.terms.filter((w) => !w.endsWith('*')));
const CREDENTIAL_PREFIXES: readonly string[] = credentialWords.terms.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
const RISKY_EXTENSIONS: ReadonlySet<string> = new Set(riskyExtensions.terms);
const EXCLUDED_LOOKALIKES: ReadonlySet<string> = new Set(brands.exclude);
const EXACT_ONLY: ReadonlySet<string> = new Set(brands.exactOnly);
const BRAND_DOMAINS: Readonly<Record<string, readonly string[]>> = brands.domains;
const SAFE: readonly string[] = [...new Set([...safeDomains.terms, ...Object.values(BRAND_DOMAINS).flat()])];

interface Brand {
  name: string;
  skeleton: string;
  fuzzy: boolean;
  domains: readonly string[];
}

const BRANDS: readonly Brand[] = brands.terms.map((name) => ({
  name,
  skeleton: skeleton(name),
  fuzzy: !EXACT_ONLY.has(name) && name.length >= 5,
  domains: BRAND_DOMAINS[name] ?? [],
}));

/** True when host is domain or one of its subdomains. */
export function isUnder(host: string, domain: string): boolean {
  return domain.length > 0 && (host === domain || host.endsWith('.' + domain));
}

function isUnderAny(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => isUnder(host, d));
}

/** The pieces of a host name worth comparing with a name: labels, their hyphen parts, labels without hyphens. */
function hostPieces(host: string, publicSuffix: string | null): string[] {
  const body = publicSuffix && host.endsWith('.' + publicSuffix) ? host.slice(0, -publicSuffix.length - 1) : host;
  const pieces = new Set<string>();
  for (const label of body.split('.')) {
    if (!label) continue;
    pieces.add(label);
    if (label.includes('-')) {
      pieces.add(label.split('-').join(''));
      for (const part of label.split('-')) if (part) pieces.add(part);
    }
  }
  return [...pieces];
}

interface Piece {
  text: string;
  skeleton: string;
}

/**
 * How closely the host imitates the name: 2 when a piece reads as the name or
 * starts or ends with it, 1 when a piece is one edit away from it, else 0.
 */
function imitation(pieces: readonly Piece[], nameSkeleton: string, fuzzy: boolean): number {
  let best = 0;
  for (const { text, skeleton: s } of pieces) {
    if (EXCLUDED_LOOKALIKES.has(text)) continue;
    if (s === nameSkeleton) return 2;
    if (!fuzzy) continue;
    if (s.startsWith(nameSkeleton) || s.endsWith(nameSkeleton)) return 2;
    if (best > 0) continue;
    if (withinOneEdit(s, nameSkeleton)) best = 1;
    else if (nameSkeleton.length >= 6 && s.length > nameSkeleton.length + 1) {
      for (const len of [nameSkeleton.length - 1, nameSkeleton.length + 1]) {
        if (withinOneEdit(s.slice(0, len), nameSkeleton) || withinOneEdit(s.slice(s.length - len), nameSkeleton)) best = 1;
      }
    }
  }
  return best;
}

/**
 * True when the host imitates the organisation's name. An obfuscated name
 * ("u1vik", "uIvik") always counts. The name written plainly counts when it is
 * the registrable label itself on another domain ("ulvik.net"), or when the
 * host also holds a word of the municipality's own sites ("ulvik-herad.net",
 * "ulvikherad-login.com"), so local businesses ("visitulvik.no") are not flagged.
 */
function imitatesOrganization(pieces: readonly Piece[], host: string, registrable: string | null, name: string): boolean {
  const score = imitation(pieces, skeleton(name), name.length >= 5);
  if (score === 0) return false;
  if (!host.includes(name)) return true;
  if (registrable === name) return true;
  for (const { text } of pieces) {
    if (MUNICIPAL_SET.has(text)) return true;
    const at = text.indexOf(name);
    if (at < 0) continue;
    const before = text.slice(0, at);
    const after = text.slice(at + name.length);
    for (const word of MUNICIPAL_WORDS) {
      if (word.length >= 4 && (after.startsWith(word) || before.endsWith(word))) return true;
    }
  }
  return false;
}

/** True when a host piece is a log-in, verify or pay-slip word ("login", "payroll", "lonnsportal"). */
function isCredentialPiece(piece: string): boolean {
  if (CREDENTIAL_EXACT.has(piece)) return true;
  for (const p of CREDENTIAL_PREFIXES) if (piece.startsWith(p)) return true;
  return false;
}

/** True when a piece of the host (labels and their hyphen parts) is a log-in, verify or pay-slip word. */
export function hostHasCredentialWord(url: string): boolean {
  try {
    const { host: raw } = rawHost(url);
    if (!raw) return false;
    const parsed = parse(`http://${raw}/`);
    return hostPieces((parsed.hostname ?? raw).toLowerCase(), parsed.publicSuffix).some(isCredentialPiece);
  } catch {
    return false;
  }
}

/**
 * The public-body word ("kommune", "herad", "municipality") that a host uses
 * to pass for a municipality, or null. Real municipal sites sit under .no, so
 * the word counts under any other top-level domain ("fjellvik-kommune.lonn-portal.com",
 * "x-kommune.no.login-sikker.ru"), and under .no only beside a log-in word
 * ("x-kommune-login.no"). A word glued to a name counts too ("fjellvikkommune").
 */
function imitatedPublicBody(pieces: readonly Piece[], publicSuffix: string | null): string | null {
  const underNo = publicSuffix === 'no' || (publicSuffix ?? '').endsWith('.no');
  let body: string | null = null;
  let credential = false;
  for (const { text } of pieces) {
    if (isCredentialPiece(text)) credential = true;
    if (body) continue;
    for (const w of PUBLIC_BODY) {
      if (text === w || (text.length >= w.length + 3 && (text.endsWith(w) || text.startsWith(w)))) {
        body = w;
        break;
      }
    }
  }
  return body && (!underNo || credential) ? body : null;
}

/** The host of a URL-like string, without a parser: handles "mailto:", "user@", "[v6]" and ports. */
function rawHost(url: string): { host: string; rest: string } {
  let s = url.trim();
  const lower = s.toLowerCase();
  if (lower.startsWith('mailto:')) {
    const at = s.lastIndexOf('@');
    return { host: at >= 0 ? s.slice(at + 1).toLowerCase() : '', rest: '' };
  }
  const scheme = s.indexOf('://');
  if (scheme >= 0 && scheme < 12) s = s.slice(scheme + 3);
  else if (s.startsWith('//')) s = s.slice(2);
  let end = s.length;
  for (let i = 0; i < s.length; i += 1) {
    const c = s[i];
    if (c === '/' || c === '?' || c === '#' || c === '\\') {
      end = i;
      break;
    }
  }
  let authority = s.slice(0, end);
  const rest = s.slice(end);
  const at = authority.lastIndexOf('@');
  if (at >= 0) authority = authority.slice(at + 1);
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    return { host: authority.slice(1, close >= 0 ? close : undefined).toLowerCase(), rest };
  }
  const colon = authority.indexOf(':');
  if (colon >= 0) authority = authority.slice(0, colon);
  while (authority.endsWith('.')) authority = authority.slice(0, -1);
  return { host: authority.toLowerCase(), rest };
}

function isIpHost(host: string, parsedIsIp: boolean | null): boolean {
  if (parsedIsIp) return true;
  if (host.includes(':')) return true; // IPv6
  if (host.length === 0) return false;
  // Decimal or dotted-numeric forms ("3232235777", "192.168.1") and hexadecimal ("0xc0a80001").
  if (host.startsWith('0x')) {
    for (let i = 2; i < host.length; i += 1) {
      const ch = host[i];
      if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || ch === '.')) return false;
    }
    return host.length > 2;
  }
  for (const ch of host) if (!((ch >= '0' && ch <= '9') || ch === '.')) return false;
  return true;
}

/** The extension of the last path segment when it is a risky file type ("exe", "zip"), else null. */
function riskyExtension(rest: string): string | null {
  let path = rest;
  for (const stop of ['?', '#']) {
    const i = path.indexOf(stop);
    if (i >= 0) path = path.slice(0, i);
  }
  while (path.endsWith('/')) path = path.slice(0, -1);
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  const ext = name.slice(dot + 1).toLowerCase();
  return RISKY_EXTENSIONS.has(ext) ? ext : null;
}

const domainCache = new WeakMap<readonly string[], string[]>();
const nameCache = new WeakMap<readonly string[], string[]>();

function configDomains(config: LinkConfig): string[] {
  const list = config.officialDomains ?? [];
  let out = domainCache.get(list);
  if (!out) {
    out = list.map(cleanDomain).filter((d) => d.length > 0);
    domainCache.set(list, out);
  }
  return out;
}

function configNames(config: LinkConfig): string[] {
  const list = config.organizationNames ?? [];
  let out = nameCache.get(list);
  if (!out) {
    out = [];
    for (const n of list) {
      const name = n.trim().toLowerCase().split(' ').join('').split('-').join('');
      if (name.length >= 3) out.push(name);
    }
    nameCache.set(list, out);
  }
  return out;
}

/**
 * Judges one link. Returns null when nothing is suspicious or the host is an
 * official domain (or under one) from the configuration (G6), or a well-known
 * real domain. Never throws. The answer may be shared between calls: copy it
 * before changing it.
 */
export function assessLink(url: string, config: LinkConfig = {}): LinkAssessment | null {
  if (typeof url !== 'string' || url.length === 0) return null;
  try {
    const cut = url.length > 4096 ? url.slice(0, 4096) : url;
    const key = `${configDomains(config ?? {}).join(' ')}\n${configNames(config ?? {}).join(' ')}\n${cut}`;
    const known = assessed.get(key);
    if (known !== undefined) return known;
    const result = assess(cut, config ?? {});
    if (assessed.size >= MAX_REMEMBERED) assessed.clear();
    assessed.set(key, result);
    return result;
  } catch {
    return null;
  }
}

/**
 * Links judged and chunks searched before, with the configuration they were
 * judged under: live checking sees the same links at every pause in typing.
 * Memory only, bounded.
 */
const MAX_REMEMBERED = 2000;
const assessed = new Map<string, LinkAssessment | null>();

/** The host name of a link, lower case ("" when none). */
export function hostOf(url: string): string {
  try {
    return rawHost(url).host;
  } catch {
    return '';
  }
}

/** True when the link goes to an official domain from the configuration or a well-known real domain. */
export function isTrustedLink(url: string, config: LinkConfig = {}): boolean {
  try {
    const { host: raw } = rawHost(url);
    if (!raw) return false;
    const host = (parse(`http://${raw}/`).hostname ?? raw).toLowerCase();
    return isUnderAny(host, configDomains(config ?? {})) || isUnderAny(host, SAFE);
  } catch {
    return false;
  }
}

function assess(url: string, config: LinkConfig): LinkAssessment | null {
  const { host: raw, rest } = rawHost(url);
  if (!raw) return null;
  const parsed = parse(raw.includes(':') ? `http://[${raw}]/` : `http://${raw}/`);
  const host = (parsed.hostname ?? raw).toLowerCase();
  if (isUnderAny(host, configDomains(config))) return null;
  const reasons: LinkReason[] = [];
  let imitated: string | undefined;
  const ip = isIpHost(host, parsed.isIp);
  if (ip) reasons.push('ip-host');
  else {
    if (isUnderAny(host, SAFE)) return null;
    if (host.split('.').some((label) => label.startsWith('xn--'))) reasons.push('punycode');
    if (isMixedScript(raw)) reasons.push('mixed-script');
    const pieces = hostPieces(host, parsed.publicSuffix).map((text) => ({ text, skeleton: skeleton(text) }));
    for (const name of configNames(config)) {
      if (imitatesOrganization(pieces, host, parsed.domainWithoutSuffix, name)) {
        reasons.push('org-lookalike');
        imitated = name;
        break;
      }
    }
    if (!imitated) {
      const body = imitatedPublicBody(pieces, parsed.publicSuffix);
      if (body) {
        reasons.push('org-lookalike');
        imitated = body;
      }
    }
    let bestBrand: Brand | null = null;
    let bestScore = 0;
    for (const brand of BRANDS) {
      const score = imitation(pieces, brand.skeleton, brand.fuzzy);
      if (score > bestScore && !isUnderAny(host, brand.domains)) {
        bestBrand = brand;
        bestScore = score;
        if (score === 2) break;
      }
    }
    if (bestBrand) {
      reasons.push('brand-lookalike');
      imitated ??= bestBrand.name;
    }
  }
  const extension = url.toLowerCase().startsWith('mailto:') ? null : riskyExtension(rest);
  if (extension) reasons.push('risky-file');
  const domain = parsed.domain ?? host;
  if (SHORTENERS.has(domain) || SHORTENERS.has(host)) reasons.push('shortener');
  if (reasons.length === 0) return null;
  reasons.sort((a, b) => LINK_REASONS.indexOf(a) - LINK_REASONS.indexOf(b));
  return {
    url,
    host,
    reasons,
    ...(imitated ? { imitates: imitated } : {}),
    ...(extension ? { extension } : {}),
  };
}

export interface FoundLink {
  /** Offsets into the text given to findLinks. */
  start: number;
  end: number;
  /** The link as written. */
  raw: string;
  /** The link with a scheme ("http://" added to links written without one). */
  url: string;
  /** True when written without a scheme ("bit.ly/x", "ulvik-herad.net"). */
  fuzzy: boolean;
  /** True for e-mail addresses. */
  email: boolean;
}

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyIP: true, fuzzyEmail: true }).tlds(linkTlds.terms, true);

/** Longest run of non-space characters handed to linkify; longer runs are cut (no real link is this long). */
export const MAX_CHUNK = 512;
/** At most this many links per text are reported. */
export const MAX_LINKS = 100;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

function isAsciiLetter(code: number): boolean {
  const c = code | 0x20;
  return c >= 0x61 && c <= 0x7a;
}

/**
 * A chunk can hold a link only with "//", "@", "[" or a dot followed by two
 * or more letters that end the host ("nrk.no", "bit.ly/x"): "t.d.", "kl.",
 * "12.05" and "a.a.a" are passed over without calling linkify.
 */
function mayHoldLink(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x40 || c === 0x5b) return true;
    if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) return true;
    if (c === 0x2e) {
      let j = i + 1;
      while (j < end && (isAsciiLetter(text.charCodeAt(j)) || text.charCodeAt(j) > 0x7f)) j += 1;
      if (j - i - 1 >= 2 && (j >= end || !(text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39))) return true;
      i = j - 1;
    }
  }
  return false;
}

/**
 * Links in a text, in order. The text is cut at white space (links hold none)
 * and each chunk that may hold a link goes to linkify-it on its own, capped at
 * MAX_CHUNK characters: linear in the text, and pathological runs ("http://"
 * repeated, "a.a.a…") stay cheap. A bare IP address counts only with a path
 * ("10.0.0.5/x"), so version numbers and IP talk are not links.
 */
export function findLinks(text: string): FoundLink[] {
  const out: FoundLink[] = [];
  if (typeof text !== 'string') return out;
  const n = text.length;
  let i = 0;
  while (i < n && out.length < MAX_LINKS) {
    while (i < n && isSpace(text.charCodeAt(i))) i += 1;
    const start = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i += 1;
    const end = Math.min(i, start + MAX_CHUNK);
    if (end - start < 4 || !mayHoldLink(text, start, end)) continue;
    for (const link of linksInChunk(text.slice(start, end))) {
      out.push({ ...link, start: start + link.start, end: start + link.end });
      if (out.length >= MAX_LINKS) break;
    }
  }
  return out;
}

const NO_LINKS: readonly FoundLink[] = [];

/** The links in one chunk of text without white space, with offsets into the chunk; remembered per chunk. */
const linksInChunk = memoizeWord((chunk: string): readonly FoundLink[] => {
  let found: FoundLink[] | null = null;
  for (const m of linkify.match(chunk) ?? []) {
    const fuzzy = m.schema === '';
    const email = m.schema === 'mailto:' || m.url.startsWith('mailto:');
    if (fuzzy && !email && isBareIp(m.raw)) continue;
    (found ??= []).push({ start: m.index, end: m.lastIndex, raw: m.raw, url: m.url, fuzzy, email });
  }
  return found ?? NO_LINKS;
}, MAX_REMEMBERED);

function isBareIp(raw: string): boolean {
  const { host, rest } = rawHost(raw);
  return isIpHost(host, null) && rest.length <= 1;
}
