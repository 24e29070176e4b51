/**
 * G3 (a): an opinion on a professional or political matter that touches the
 * municipality, without a disclaimer that the writer speaks on their own
 * behalf: an evaluation ("skandale", "heilt feil", "a mistake") near the
 * municipality or a municipal matter; a stance ("eg meiner", "I think") on a
 * municipal matter, or on the municipality with a modal or a negation; a
 * normative claim ("kommunen må", "the council should"). A disclaimer anywhere in the
 * text ("på eigne vegne", "my own view") clears it.
 */
import { nearPairs, type TermMatch } from '../../engine/lexicon';
import { defineRule, type Doc } from '../../engine/rule';
import { colleagueMentions } from '../shared/colleague';
import { mergeMatches, municipalityRefs, municipalTopics } from '../shared/municipality';
import { hasOwnBehalfDisclaimer, NEGATIONS, NORMATIVE_MODALS, opinionMatches, stanceMatches } from '../shared/opinion';
import { wordBefore } from '../shared/word-before';

/** Tokens after a colleague reference in which an evaluation is about that person (G4), not a matter ("Kommunalsjefen vår er fullstendig udugeleg"). */
const PERSON_REACH = 5;

/** Tokens between an evaluation and a colleague reference right after it ("our crazy boss", "den udugelege sjefen"). */
const PERSON_BEFORE = 2;

/**
 * True when the evaluation is about a colleague (not the municipality itself): it follows a colleague reference
 * closely in its sentence, or stands right before one as its attribute.
 */
function aboutColleague(doc: Doc, opinion: TermMatch, colleagues: readonly { first: number; last: number }[], refs: readonly TermMatch[]): boolean {
  const { tokens } = doc;
  const sentence = tokens[opinion.first].sentence;
  for (const c of colleagues) {
    if (tokens[c.first].sentence !== sentence) continue;
    const after = c.last <= opinion.first && opinion.first - c.last <= PERSON_REACH;
    const before = c.first >= opinion.last && c.first - opinion.last <= PERSON_BEFORE;
    const inside = c.first <= opinion.first && opinion.last <= c.last;
    if (!after && !before && !inside) continue;
    if (!refs.some((r) => r.first < c.last && c.first < r.last)) return true;
  }
  return false;
}

/** Verbs of reported speech: an evaluation right after one is someone else's ("NAV seier nummeret er feil"). */
const REPORTING = new Set(['seier', 'sier', 'sa', 'sei', 'skriv', 'skriver', 'svarte', 'meldte', 'says', 'said', 'claims', 'told', 'påstår']);
const REPORTING_REACH = 4;

function reported(doc: Doc, opinion: TermMatch): boolean {
  return wordBefore(doc.tokens, opinion.first, REPORTING, REPORTING_REACH);
}

/** Emoji that mark irony or exasperation: beside the municipality they make an evaluation ("Fint at kommunen har råd til konsulentar 🙄"). */
const IRONY_EMOJI = ['\u{1F644}', '\u{1F926}', '\u{1F921}', '\u{1F643}'];

/** Irony emoji as evaluations, each attached to the word before it. One native search per emoji kind. */
function ironyMatches(doc: Doc): TermMatch[] {
  const { tokens } = doc;
  const text = doc.norm.lower;
  const out: TermMatch[] = [];
  if (tokens.length === 0) return out;
  for (const emoji of IRONY_EMOJI) {
    const at = text.indexOf(emoji);
    if (at < 0) continue;
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tokens[mid].start < at) lo = mid;
      else hi = mid - 1;
    }
    out.push({ term: emoji, first: lo, last: lo + 1, start: at, end: at + emoji.length });
  }
  return out.sort((a, b) => a.first - b.first);
}

/** Reports per text, at most. */
const MAX_REPORTS = 3;
/** Token distance between the opinion and the matter. */
const WINDOW = 30;

/** Is there a modal or a negation between the stance and the municipality, or just after it ("eg trur ikkje heradet", "meiner eg at heradet må")? */
const AFTER_SCAN = 3;
function criticalStance(doc: Doc, a: TermMatch, b: TermMatch): boolean {
  const { tokens } = doc;
  const sentence = tokens[b.first].sentence;
  const end = Math.min(tokens.length, Math.max(a.last, b.last) + AFTER_SCAN);
  for (let k = Math.min(a.first, b.first); k < end; k += 1) {
    if (tokens[k].sentence !== sentence) continue;
    if (NORMATIVE_MODALS.has(tokens[k].text) || NEGATIONS.has(tokens[k].text)) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'g3-own-behalf',
    guideline: 3,
    severity: 'warning',
    contexts: ['private'],
    description: 'An opinion on a municipal professional or political matter without an own-behalf disclaimer ("på eigne vegne").',
    messages: {
      opinion: {
        nn: 'Du seier meininga di («{term}») om ei sak som gjeld heradet. Gjer klart at du uttalar deg på eigne vegne.',
        nb: 'Du sier din mening («{term}») om en sak som gjelder kommunen. Gjør det klart at du uttaler deg på egne vegne.',
        en: 'You give your opinion (“{term}”) on a matter that concerns the municipality. Make clear that you speak for yourself.',
      },
    },
    suggestions: {
      opinion: {
        nn: 'Skriv til dømes «Dette er mitt personlege syn, ikkje arbeidsgjevaren sitt.»',
        nb: 'Skriv for eksempel «Dette er mitt personlige syn, ikke arbeidsgiverens.»',
        en: 'Add for example “This is my personal view, not my employer’s.”',
      },
    },
  },
  check({ doc, config, report }) {
    const { tokens } = doc;
    const refs = municipalityRefs(doc, config);
    // A service alone (skulen, barnehagen) is not a matter: everyday life there ("kaos i garderoben") is no policy opinion.
    const matters = mergeMatches(refs, municipalTopics(doc, config));
    if (matters.length === 0) return;
    // A text about colleagues is G4's concern: there, irony emoji say nothing about a municipal matter.
    const colleagues = colleagueMentions(doc, config);
    const aboutPeople = colleagues.length > 0;
    if (hasOwnBehalfDisclaimer(doc)) return;
    const found: TermMatch[] = [];
    // A normative claim right after the municipality: "kommunen må", "heradet bør", "the council should".
    for (const ref of refs) {
      for (let k = ref.last; k < Math.min(ref.last + 2, tokens.length); k += 1) {
        if (tokens[k].sentence !== tokens[ref.first].sentence) break;
        if (NORMATIVE_MODALS.has(tokens[k].text)) {
          found.push({ term: tokens[k].text, first: ref.first, last: k + 1, start: ref.start, end: tokens[k].end });
          break;
        }
      }
    }
    // An evaluation near the municipality or a municipal matter.
    const irony = aboutPeople ? [] : ironyMatches(doc);
    const evaluations = irony.length > 0 ? mergeMatches(opinionMatches(doc), irony) : opinionMatches(doc);
    for (const { a, b } of nearPairs(matters, evaluations, WINDOW)) {
      if (Math.abs(tokens[a.first].sentence - tokens[b.first].sentence) > 1) continue;
      if (aboutColleague(doc, b, colleagues, refs) || reported(doc, b)) continue;
      found.push(b);
    }
    // A stance ("eg meiner") on a municipal matter, or on the municipality with a modal or a negation in its sentence.
    const stances = stanceMatches(doc);
    const close = (a: TermMatch, b: TermMatch) => Math.abs(tokens[a.first].sentence - tokens[b.first].sentence) <= 1;
    for (const { a, b } of nearPairs(municipalTopics(doc, config), stances, WINDOW)) if (close(a, b)) found.push(b);
    for (const { a, b } of nearPairs(refs, stances, WINDOW)) {
      if (close(a, b) && criticalStance(doc, a, b)) found.push(b);
    }
    const seen = new Set<number>();
    for (const m of found.sort((a, b) => a.first - b.first)) {
      if (seen.has(m.first)) continue;
      if (seen.size >= MAX_REPORTS) break;
      seen.add(m.first);
      report({ messageId: 'opinion', start: m.start, end: m.end, data: { term: doc.norm.lower.slice(m.start, m.end) } });
    }
  },
});
