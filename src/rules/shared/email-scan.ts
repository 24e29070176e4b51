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
