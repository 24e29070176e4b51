/**
 * G12: suspicious links (shorteners, raw IP hosts, punycode and mixed-script
 * domains, look-alikes of the municipality and of well-known brands, links to
 * programs and archives, a public-body word such as "kommune" in a host outside
 * .no, a log-in word in an unknown host) and phishing lures ("verify your account", "kontoen
 * din vert stengd"), near a link or alone. Official domains are never flagged (G6).
 */
import { Lexicon } from '../../engine/lexicon';
import { defineRule } from '../../engine/rule';
import type { Localized } from '../../engine/types';
import hintsEn from '../data/link-lure-hints.en.json';
import hintsNb from '../data/link-lure-hints.nb.json';
import hintsNn from '../data/link-lure-hints.nn.json';
import luresEn from '../data/link-lures.en.json';
import luresNb from '../data/link-lures.nb.json';
import luresNn from '../data/link-lures.nn.json';
import riskyExtensions from '../data/risky-file-extensions.any.json';
import { assessLink, findLinks, hostHasCredentialWord, hostOf, isTrustedLink, type FoundLink, type LinkReason } from '../shared/links';

const lures = Lexicon.fromLists(luresNn, luresNb, luresEn);
const hints = Lexicon.fromLists(hintsNn, hintsNb, hintsEn);

/** Characters between a lure and a link for the two to belong together. */
const NEAR = 160;

const SUGGESTION: Localized = {
  nn: 'Ikkje opna lenkja. Sjekk avsendaren på ein annan måte, og meld frå til IT om du er i tvil.',
  nb: 'Ikke åpne lenken. Sjekk avsenderen på en annen måte, og si fra til IT hvis du er i tvil.',
  en: 'Do not open the link. Check the sender another way, and tell IT if in doubt.',
};

/**
 * Extensions of programs and archives as words of the text: a file name such as "faktura_nov.zip" or
 * "lønnsslipp.exe" written in a post is an attachment that may carry malware. Not ".com", ".app" and ".js",
 * which name web sites and frameworks ("Node.js") far more often than files.
 */
const NOT_FILES: ReadonlySet<string> = new Set(['com', 'app', 'js']);
const fileExtensions = new Lexicon(riskyExtensions.terms.filter((e) => !NOT_FILES.has(e)));
/** Characters a file name may hold before its extension ("faktura_nov", "Faktura-4411", "scan(2)"). */
function isFileNameChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code === 0x2d || code === 0x29 || code >= 0xc0;
}
const MAX_FILE_NAME = 80;

const messages: Record<LinkReason | 'lure-link' | 'lure' | 'risky-attachment', Localized> = {
  'ip-host': {
    nn: 'Lenkja går til ei rå IP-adresse ({host}) i staden for eit domenenamn. Det er vanleg i svindel og skadevare.',
    nb: 'Lenken går til en rå IP-adresse ({host}) i stedet for et domenenavn. Det er vanlig i svindel og skadevare.',
    en: 'The link points to a raw IP address ({host}) instead of a domain name, which is common in scams and malware.',
  },
  punycode: {
    nn: 'Domenet {host} er skrive med punycode (xn--): det kan etterlikna eit kjent namn med andre teikn.',
    nb: 'Domenet {host} er skrevet med punycode (xn--): det kan etterligne et kjent navn med andre tegn.',
    en: 'The domain {host} is written in punycode (xn--): it may imitate a known name with other characters.',
  },
  'mixed-script': {
    nn: 'Domenet {host} blandar bokstavar frå ulike alfabet: det kan etterlikna eit kjent namn.',
    nb: 'Domenet {host} blander bokstaver fra ulike alfabeter: det kan etterligne et kjent navn.',
    en: 'The domain {host} mixes letters from different alphabets: it may imitate a known name.',
  },
  'org-lookalike': {
    nn: 'Domenet {host} liknar på heradet sitt («{imitates}»), men er ikkje eit offisielt domene.',
    nb: 'Domenet {host} ligner på kommunens («{imitates}»), men er ikke et offisielt domene.',
    en: 'The domain {host} looks like the municipality’s (“{imitates}”) but is not an official domain.',
  },
  'brand-lookalike': {
    nn: 'Domenet {host} liknar på {imitates}, men er ikkje det ekte domenet deira.',
    nb: 'Domenet {host} ligner på {imitates}, men er ikke det ekte domenet deres.',
    en: 'The domain {host} looks like {imitates} but is not their real domain.',
  },
  'risky-file': {
    nn: 'Lenkja går til ei fil av typen .{extension} (program eller arkiv), som kan innehalda skadevare.',
    nb: 'Lenken går til en fil av typen .{extension} (program eller arkiv), som kan inneholde skadevare.',
    en: 'The link points to a .{extension} file (a program or archive), which may contain malware.',
  },
  'risky-attachment': {
    nn: '«{name}» er ei fil av typen .{extension} (program eller arkiv): eit vedlegg som kan innehalda skadevare.',
    nb: '«{name}» er en fil av typen .{extension} (program eller arkiv): et vedlegg som kan inneholde skadevare.',
    en: '“{name}” is a .{extension} file (a program or archive): an attachment that may contain malware.',
  },
  shortener: {
    nn: 'Lenkja går gjennom ei lenkjeforkortingsteneste ({host}): du ser ikkje kvar ho eigentleg går.',
    nb: 'Lenken går gjennom en lenkeforkorter ({host}): du ser ikke hvor den egentlig går.',
    en: 'The link goes through a URL shortener ({host}): you cannot see where it really leads.',
  },
  'lure-link': {
    nn: 'Teksten ber om innlogging, stadfesting eller betaling ved sida av ei lenkje til {host}. Det er eit vanleg svindeltriks.',
    nb: 'Teksten ber om innlogging, bekreftelse eller betaling ved siden av en lenke til {host}. Det er et vanlig svindeltriks.',
    en: 'The text asks you to log in, confirm or pay next to a link to {host}. That is a common phishing trick.',
  },
  lure: {
    nn: '«{term}» er ei vanleg formulering i svindelmeldingar (phishing).',
    nb: '«{term}» er en vanlig formulering i svindelmeldinger (phishing).',
    en: '“{term}” is a common phrase in phishing messages.',
  },
};

const suggestions = {
  ...Object.fromEntries(Object.keys(messages).map((id) => [id, SUGGESTION])),
  'risky-attachment': {
    nn: 'Ikkje opna fila. Sjekk med avsendaren på ein annan måte (telefon), og meld frå til IT om du er i tvil.',
    nb: 'Ikke åpne filen. Sjekk med avsenderen på en annen måte (telefon), og si fra til IT hvis du er i tvil.',
    en: 'Do not open the file. Check with the sender another way (phone), and tell IT if in doubt.',
  },
} as Record<string, Localized>;

const OPENING_QUOTES = '«“„';
const CLOSING_QUOTES = '»”';
/** How far a quotation mark may stand before or after a phrase it encloses. */
const QUOTE_REACH = 80;

/** True when [start, end) stands inside quotation marks of its sentence: "…", «…», “…”, „…“. */
function isQuoted(text: string, start: number, end: number): boolean {
  let straight = 0;
  let opened = false;
  for (let i = start - 1; i >= 0 && i >= start - QUOTE_REACH; i -= 1) {
    const ch = text[i];
    if (ch === '.' || ch === '!' || ch === '?' || ch === '\n') break;
    if (ch === '"') straight += 1;
    else if (CLOSING_QUOTES.includes(ch) && !opened) return false;
    else if (OPENING_QUOTES.includes(ch)) {
      opened = true;
      break;
    }
  }
  if (!opened && straight % 2 === 0) return false;
  for (let i = end; i < text.length && i < end + QUOTE_REACH; i += 1) {
    const ch = text[i];
    if (ch === '"' || CLOSING_QUOTES.includes(ch) || ch === '“') return true;
    if (ch === '\n') return false;
  }
  return false;
}

/** File names of programs and archives written in the text, outside links ("vedlegget heiter faktura_nov.zip"). */
function fileNames(text: string, extensions: readonly { start: number; end: number }[], links: readonly FoundLink[]): { start: number; end: number; name: string; extension: string }[] {
  const out: { start: number; end: number; name: string; extension: string }[] = [];
  for (const m of extensions) {
    const dot = m.start - 1;
    if (dot < 1 || text.charCodeAt(dot) !== 0x2e || !isFileNameChar(text.charCodeAt(dot - 1))) continue;
    // The name ends with the extension: not "arkiv.zip.no" or "x.exe/…".
    const after = m.end < text.length ? text.charCodeAt(m.end) : 0x20;
    if (after === 0x2f || (after === 0x2e && m.end + 1 < text.length && isFileNameChar(text.charCodeAt(m.end + 1)))) continue;
    if (inside(m.start, m.end, links)) continue;
    let start = dot;
    while (start > 0 && dot - start < MAX_FILE_NAME && (isFileNameChar(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x2e)) start -= 1;
    while (start < dot && !isFileNameChar(text.charCodeAt(start))) start += 1;
    out.push({ start, end: m.end, name: text.slice(start, m.end), extension: text.slice(m.start, m.end) });
  }
  return out;
}

function distance(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  if (aEnd <= bStart) return bStart - aEnd;
  if (bEnd <= aStart) return aStart - bEnd;
  return 0;
}

function inside(start: number, end: number, links: readonly FoundLink[]): boolean {
  return links.some((l) => start >= l.start && end <= l.end);
}

/** Findings reported per text at most. */
const MAX_FINDINGS = 100;

export default defineRule({
  meta: {
    id: 'g12-suspicious-link',
    guideline: 12,
    severity: 'warning',
    description: 'Suspicious links (shorteners, IP hosts, punycode, mixed scripts, look-alikes, programs and archives) and phishing lures.',
    messages,
    suggestions,
  },
  check({ doc, config, report: send }) {
    // At most MAX_FINDINGS reports per text: enough to show, and a flood of matches stays cheap.
    let sent = 0;
    const report: typeof send = (r) => {
      if (sent < MAX_FINDINGS) send(r);
      sent += 1;
    };
    const links = doc.memo('links', () => findLinks(doc.norm.lower));
    const lureMatches = lures.match(doc.tokens).filter((m) => !inside(m.start, m.end, links));
    const trusted = links.map((l) => isTrustedLink(l.url, config));
    const reported: FoundLink[] = [];
    let hintMatches: { start: number; end: number }[] | null = null;
    for (let k = 0; k < links.length; k += 1) {
      const link = links[k];
      const assessment = assessLink(link.url, config);
      if (assessment) {
        report({
          messageId: assessment.reasons[0],
          start: link.start,
          end: link.end,
          data: { host: assessment.host, imitates: assessment.imitates ?? '', extension: assessment.extension ?? '' },
        });
        reported.push(link);
        continue;
      }
      if (trusted[k] || link.email) continue;
      // A host that itself promises a log-in or pay-slip page on an unknown domain ("payroll-login.net") is a lure.
      const nearLure = hostHasCredentialWord(link.url) || lureMatches.some((m) => distance(m.start, m.end, link.start, link.end) <= NEAR);
      hintMatches ??= hints.match(doc.tokens).filter((m) => !inside(m.start, m.end, links));
      const nearHint = nearLure || hintMatches.some((m) => distance(m.start, m.end, link.start, link.end) <= NEAR);
      if (nearHint) {
        report({ messageId: 'lure-link', start: link.start, end: link.end, data: { host: hostOf(link.url) } });
        reported.push(link);
      }
    }
    for (const file of fileNames(doc.norm.lower, fileExtensions.match(doc.tokens), links)) {
      report({ messageId: 'risky-attachment', start: file.start, end: file.end, data: { name: file.name, extension: file.extension } });
    }
    // A lure phrase counts on its own unless it stands next to a link already
    // reported or a trusted link (a real service's own page), or is quoted: a
    // phrase in quotation marks is someone telling about a message ("fekk ein
    // e-post om «kontoen din er sperra», sletta han"), not the message itself.
    for (const m of lureMatches) {
      if (isQuoted(doc.norm.lower, m.start, m.end)) continue;
      const nearTrusted = links.some((l, k) => trusted[k] && distance(m.start, m.end, l.start, l.end) <= NEAR);
      const nearReported = reported.some((l) => distance(m.start, m.end, l.start, l.end) <= NEAR);
      if (!nearTrusted && !nearReported) report({ messageId: 'lure', start: m.start, end: m.end, data: { term: doc.norm.lower.slice(m.start, m.end) } });
    }
  },
});
