/**
 * Links that come from settings (a policy or the user) are shown only when
 * they are safe: http(s) pages, e-mail addresses and phone numbers. Anything
 * else (javascript:, data:, a typo) is shown as plain text.
 */

export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  try {
    const url = new URL(s);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.href;
  } catch {
    return null;
  }
}

function isEmail(s: string): boolean {
  const at = s.indexOf('@');
  if (at <= 0 || at !== s.lastIndexOf('@') || at === s.length - 1) return false;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x3c || c === 0x3e || c === 0x22 || c === 0x3a || c === 0x2f) return false;
  }
  return s.indexOf('.', at) > at + 1;
}

function isPhone(s: string): boolean {
  let digits = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits += 1;
    else if (!(c === 0x20 || c === 0x2b || c === 0x2d || c === 0x28 || c === 0x29 || c === 0x2e)) return false;
  }
  return digits >= 5 && digits <= 15;
}

/** An href for a contact (https URL, e-mail address or phone number), or null for plain text. */
export function contactHref(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  if (s.startsWith('mailto:')) return isEmail(s.slice(7)) ? s : null;
  if (isEmail(s)) return `mailto:${s}`;
  if (isPhone(s)) {
    let tel = '';
    for (const ch of s) if (ch === '+' || (ch >= '0' && ch <= '9')) tel += ch;
    return `tel:${tel}`;
  }
  return safeHttpUrl(s);
}
