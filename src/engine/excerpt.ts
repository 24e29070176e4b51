/**
 * The excerpt a report shows for a finding. Personal data (G2) is masked:
 * in a run of digits only the first six stay readable ("010190•••••"), so a
 * screen, a screenshot or a CI log never shows a whole identity number.
 */
import type { Finding } from './types';

const MASK = '•';
const VISIBLE_DIGITS = 6;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function maskDigits(text: string): string {
  let out = '';
  let digits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      digits += 1;
      out += digits > VISIBLE_DIGITS ? MASK : text[i];
    } else {
      // Separators inside a number (space, dot, dash) do not restart the count.
      const sep = code === 0x20 || code === 0x2e || code === 0x2d;
      if (!(sep && i + 1 < text.length && isDigit(text.charCodeAt(i + 1)) && digits > 0)) digits = 0;
      out += text[i];
    }
  }
  return out;
}

/** The flagged text, at most `max` characters, masked for G2 findings. */
export function excerptOf(text: string, finding: Pick<Finding, 'guideline' | 'start' | 'end'>, max = 80): string {
  let raw = text.slice(finding.start, finding.end);
  if (raw.length > max) raw = raw.slice(0, max - 1) + '…';
  return finding.guideline === 2 ? maskDigits(raw) : raw;
}
