/**
 * G8: case and archive numbers ("sak 24/1234", "2025/0456", "sak nr. 123",
 * "saksnummer"). A case number on social media means a case is being handled
 * there. Year spans ("2025/2026"), dates ("05/2024") and links are not case numbers.
 */
import { Lexicon } from '../../engine/lexicon';
import { defineRule } from '../../engine/rule';
import type { Token } from '../../engine/tokens';
import en from '../data/case-number-words.en.json';
import nb from '../data/case-number-words.nb.json';
import nn from '../data/case-number-words.nn.json';
import { findLinks } from '../shared/links';
import { clauseHasProperChannel } from './case-context';

const words = Lexicon.fromLists(nn, nb, en);
/** A case word just before a number: "(sak 24/1187)", "case 24/1456", "ref. 2024/33". */
const CASE_BEFORE_NUMBER = new Set(['sak', 'saka', 'saken', 'saksnr', 'case', 'ref', 'referanse', 'arkivsak', 'nr', 'no', 'number', 'nummer', 'journalpost']);

/** A warning not to post numbers ("Saksnummer skal aldri postast her"). */
const NEGATIONS = new Set(['ikkje', 'ikke', 'aldri', 'never', 'not', "don't", 'don’t', 'dont', 'avoid', 'unngå']);
/** A reference number of an order, a parcel or an invoice ("referansenummeret på bestillinga / fakturaen") is not a case's. */
const ORDER_PREFIXES = ['bestilling', 'ordre', 'order', 'pakk', 'parcel', 'package', 'levering', 'delivery', 'sporing', 'tracking', 'kvittering', 'receipt', 'faktura', 'invoice', 'rekning', 'regning', 'betaling', 'payment'];
/** Tokens around a case-number word searched for a negation or an order word. */
const AROUND = 8;

function yearLike(digits: string): boolean {
  return digits.length === 4 && (digits.startsWith('19') || digits.startsWith('20'));
}

/** True when "a/b" reads as a case number without any context word. */
function bareCaseNumber(a: string, b: string): boolean {
  if (!(a.length === 2 || yearLike(a))) return false;
  if (b.length < 4 || b.length > 5) return false;
  if (yearLike(b)) return false; // "05/2024" (month and year), "2023/2024" (a span)
  return true;
}

/** With a case word before it: year first ("24/1187", "2024/123"), not a meeting item ("sak 12/25") or a year second ("12/2025"). */
function withContext(a: string, b: string): boolean {
  return (a.length === 2 || yearLike(a)) && b.length >= 3 && b.length <= 6 && !yearLike(b);
}

/** True when only spaces, '.', ':', '#' or '-' stand between two tokens ("sak nr. 123", "saksnummer: 4711"). */
function onlyJoiners(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from; k < to; k += 1) {
    const c = text.charCodeAt(k);
    if (!(c === 0x20 || c === 0x2e || c === 0x3a || c === 0x23 || c === 0x2d || c === 0xa0)) return false;
  }
  return true;
}

/** Findings reported per text at most. */
const MAX_FINDINGS = 100;

export default defineRule({
  meta: {
    id: 'g8-case-number',
    guideline: 8,
    severity: 'warning',
    description: 'Case and archive numbers (24/1234, 2025/0456, sak nr. 123, saksnummer).',
    messages: {
      'case-number': {
        nn: '«{number}» ser ut som eit saksnummer. Sosiale medium skal ikkje nyttast til sakshandsaming.',
        nb: '«{number}» ser ut som et saksnummer. Sosiale medier skal ikke brukes til saksbehandling.',
        en: '“{number}” looks like a case number. Social media must not be used for case handling.',
      },
      'case-number-word': {
        nn: '«{term}»: saksnummer høyrer heime i sakshandsaminga, ikkje i sosiale medium.',
        nb: '«{term}»: saksnummer hører hjemme i saksbehandlingen, ikke i sosiale medier.',
        en: '“{term}”: case numbers belong in case handling, not on social media.',
      },
    },
    suggestions: {
      'case-number': {
        nn: 'Ta bort saksnummeret og vis til postmottak, eDialog eller servicetorget.',
        nb: 'Fjern saksnummeret og vis til postmottak, eDialog eller servicetorget.',
        en: 'Remove the case number and refer the person to the official channels (e-mail to the records office, the online form, the service desk).',
      },
    },
  },
  check({ doc, report: send }) {
    // At most MAX_FINDINGS reports per text: enough to show, and a flood of matches stays cheap.
    let sent = 0;
    const report: typeof send = (r) => {
      if (sent < MAX_FINDINGS) send(r);
      sent += 1;
    };
    const t: Token[] = doc.tokens;
    const text = doc.norm.folded;
    const links = doc.memo('links', () => findLinks(doc.norm.lower));
    const inLink = (pos: number) => links.some((l) => pos >= l.start && pos < l.end);
    const contextWords = words.match(t);
    const contextEnds = new Set(contextWords.map((m) => m.last - 1));
    const hasContext = (i: number) => {
      for (let k = i - 1; k >= Math.max(0, i - 3); k -= 1) {
        if (t[k].sentence !== t[i].sentence && !(t[k].text === 'nr' || t[k].text === 'ref' || t[k].text === 'no')) return false;
        if (CASE_BEFORE_NUMBER.has(t[k].text) || contextEnds.has(k)) return true;
      }
      return false;
    };
    const numbered = new Set<number>();
    for (let i = 0; i + 1 < t.length && sent < MAX_FINDINGS; i += 1) {
      const a = t[i];
      const b = t[i + 1];
      if (!a.numeric || !b.numeric || b.start !== a.end + 1 || text.charCodeAt(a.end) !== 0x2f) continue;
      const before = a.start > 0 ? text.charCodeAt(a.start - 1) : 0;
      const after = b.end < text.length ? text.charCodeAt(b.end) : 0;
      const afterNext = b.end + 1 < text.length ? text.charCodeAt(b.end + 1) : 0;
      // Part of a date or a longer path ("12/05/2024", "1/2/3"), or inside a link.
      if (before === 0x2f || before === 0x2e || (after === 0x2f && afterNext >= 0x30 && afterNext <= 0x39)) continue;
      if (inLink(a.start)) continue;
      const ctx = hasContext(i);
      if (ctx ? withContext(a.text, b.text) : bareCaseNumber(a.text, b.text)) {
        report({ messageId: 'case-number', start: a.start, end: b.end, data: { number: doc.norm.lower.slice(a.start, b.end) } });
        numbered.add(i);
        numbered.add(i + 1);
      }
    }
    // "sak nr. 123", "saksnummer 4711": a case-number word followed by a number.
    for (const m of contextWords) {
      let j = m.last;
      while (j < t.length && j < m.last + 2 && !t[j].numeric && (t[j].text === 'nr' || t[j].text === 'no' || t[j].text === 'er')) j += 1;
      const num = j < t.length && t[j].numeric && onlyJoiners(text, t[j - 1].end, t[j].start) ? t[j] : null;
      if (num && (numbered.has(j) || num.text.length >= 2)) {
        if (!numbered.has(j)) report({ messageId: 'case-number', start: m.start, end: num.end, data: { number: doc.norm.lower.slice(m.start, num.end) } });
        continue;
      }
      const isWordOnly = !(m.term === 'sak nr' || m.term === 'sak nummer');
      let warningOrOrder = false;
      for (let k = Math.max(0, m.first - AROUND); k < Math.min(t.length, m.last + AROUND) && !warningOrOrder; k += 1) {
        if (t[k].sentence !== t[m.first].sentence) continue;
        const w = t[k].text;
        if (NEGATIONS.has(w) || ORDER_PREFIXES.some((o) => w.startsWith(o))) warningOrOrder = true;
      }
      if (isWordOnly && !warningOrOrder && !clauseHasProperChannel(doc, m.first)) {
        report({ messageId: 'case-number-word', start: m.start, end: m.end, data: { term: doc.norm.lower.slice(m.start, m.end) } });
      }
    }
  },
});
