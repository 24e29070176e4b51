/**
 * A hand-written e-mail address scanner (no regular expression). From each
 * "@" it walks left over local-part characters and right over domain
 * characters; neither walk crosses another "@", so every character is read a
 * bounded number of times and the scan is linear in the text.
 */

export interface EmailSpan {
  start: number;
  end: number;
  local: string;
  domain: string;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isLetterLatin(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

function isLocalChar(c: number): boolean {
  // letters, digits and . _ % + -
  return isAsciiAlnum(c) || isLetterLatin(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

function isDomainChar(c: number): boolean {
  return isAsciiAlnum(c) || isLetterLatin(c) || c === 0x2e || c === 0x2d;
}

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

export function scanEmails(text: string): EmailSpan[] {
  const out: EmailSpan[] = [];
  let at = text.indexOf('@');
  let floor = 0; // the left walk never goes before the end of the previous address or "@"
  while (at >= 0) {
    let s = at;
    while (s > floor && at - s < MAX_LOCAL && isLocalChar(text.charCodeAt(s - 1))) s -= 1;
    while (s < at && text.charCodeAt(s) === 0x2e) s += 1; // no leading dot
    let e = at + 1;
    while (e < text.length && e - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(e))) e += 1;
    while (e > at + 1 && (text.charCodeAt(e - 1) === 0x2e || text.charCodeAt(e - 1) === 0x2d)) e -= 1; // no trailing dot or dash
    const local = text.slice(s, at);
    const domain = text.slice(at + 1, e);
    const dot = domain.lastIndexOf('.');
    const tld = dot > 0 ? domain.slice(dot + 1) : '';
    let tldOk = tld.length >= 2;
    for (let i = 0; i < tld.length && tldOk; i += 1) {
      const c = tld.charCodeAt(i);
      tldOk = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    }
    if (local.length > 0 && local.charCodeAt(local.length - 1) !== 0x2e && tldOk && domain.indexOf('..') < 0) {
      out.push({ start: s, end: e, local: local.toLowerCase(), domain: domain.toLowerCase() });
      floor = e;
    } else floor = at + 1;
    at = text.indexOf('@', Math.max(at + 1, floor));
  }
  return out;
}

/** Words written for "@" ("kari (at) gmail.com", "per krøllalfa online punktum no"). */
const AT_WORDS: ReadonlySet<string> = new Set(['at', 'krøllalfa', 'alfakrøll']);
/** Words written for "." ("gmail dot com", "online punktum no"). */
const DOT_WORDS: ReadonlySet<string> = new Set(['dot', 'punktum', 'prikk']);
/** Top-level domains an obfuscated address may end in. */
const TLDS: ReadonlySet<string> = new Set(['no', 'com', 'net', 'org', 'se', 'dk', 'fi', 'is', 'uk', 'de', 'eu', 'io', 'info', 'biz', 'nu']);
/** Mail hosts that make a bare "at" an "@" ("kari at gmail.com"). */
const MAIL_HOSTS: ReadonlySet<string> = new Set(['gmail', 'hotmail', 'outlook', 'online', 'yahoo', 'icloud', 'live', 'msn', 'proton', 'protonmail', 'getmail', 'broadpark', 'altibox']);
/** Labels of an obfuscated address looked at on each side at most. */
const MAX_LABELS = 6;

interface WordTok {
  text: string;
  start: number;
  end: number;
}

/** The separator between two tokens: '.', '_', '-' written directly, a dot word, or nothing usable. */
function joinedBy(text: string, a: WordTok, b: WordTok): string | null {
  if (b.start - a.end !== 1) return null;
  const c = text.charAt(a.end);
  return c === '.' || c === '_' || c === '-' ? c : null;
}

function bracketed(text: string, t: WordTok): boolean {
  const before = t.start > 0 ? text.charAt(t.start - 1) : '';
  const after = text.charAt(t.end);
  return (before === '(' && after === ')') || (before === '[' && after === ']') || (before === '{' && after === '}');
}

/**
 * Addresses written to dodge scanners: "kari.hansen (at) gmail.com",
 * "per dot olsen at online dot no", "ola [at] hotmail [dot] com". An "at"
 * word counts when it is bracketed, or when the address spells a dot or uses
 * a known mail host; the domain must end in a top-level domain. Reads each
 * token a bounded number of times (at most MAX_LABELS each way per "at").
 */
export function scanObfuscatedEmails(text: string, tokens: readonly WordTok[]): EmailSpan[] {
  const out: EmailSpan[] = [];
  let floor = 0;
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    const at = tokens[i];
    if (!AT_WORDS.has(at.text) || i < floor) continue;
    let spelled = bracketed(text, at);
    // the domain: label (sep label)+
    const domain: string[] = [tokens[i + 1].text];
    let j = i + 1;
    while (j + 1 < tokens.length && domain.length < MAX_LABELS) {
      const sep = joinedBy(text, tokens[j], tokens[j + 1]);
      if (sep === '.' || sep === '-') {
        domain.push(tokens[j + 1].text);
        j += 1;
      } else if (j + 2 < tokens.length && DOT_WORDS.has(tokens[j + 1].text)) {
        domain.push(tokens[j + 2].text);
        spelled = true;
        j += 2;
      } else break;
    }
    if (domain.length < 2 || !TLDS.has(domain[domain.length - 1])) continue;
    // the local part: label (sep label)* before the "at"
    const local: string[] = [tokens[i - 1].text];
    let k = i - 1;
    while (k > 0 && local.length < MAX_LABELS) {
      const sep = joinedBy(text, tokens[k - 1], tokens[k]);
      if (sep) {
        local.unshift(tokens[k - 1].text);
        k -= 1;
      } else if (k > 1 && DOT_WORDS.has(tokens[k - 1].text)) {
        local.unshift(tokens[k - 2].text);
        spelled = true;
        k -= 2;
      } else break;
    }
    // a bare "at" is a word ("Ho sa at online dot no …"): it needs a local part of two labels ("per dot olsen")
    if (!bracketed(text, at) && local.length < 2) continue;
    if (!spelled && !MAIL_HOSTS.has(domain[0])) continue;
    out.push({ start: tokens[k].start, end: tokens[j].end, local: local.join('.'), domain: domain.join('.') });
    floor = j + 1;
  }
  return out;
}
