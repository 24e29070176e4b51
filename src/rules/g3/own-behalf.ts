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
import { mergeMatches, municipalityRefs, municipalServices, municipalTopics } from '../shared/municipality';
import { hasOwnBehalfDisclaimer, matterMatches, modalMatches, NEGATIONS, NORMATIVE_MODALS, opinionMatches, questionMatches, stanceMatches } from '../shared/opinion';
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
/** Tokens between an opinion verb and the evaluation it reports. */
const VIEW_REACH = 8;
const RELATIVE = new Set(['som', 'who', 'that']);
/** Tokens between a warning verb and the evaluation it passes on. */
const NOTICE_REACH = 8;
/** Opinion verbs that report someone else's view when their subject is not the writer ("dei meiner det er ein katastrofe"). */
const THIRD_PERSON_VIEW = new Set(['meiner', 'mener', 'meinar', 'synest', 'synes', 'trur', 'tror', 'thinks', 'think', 'believes', 'believe']);
/** The writer (and the writer's group) as the subject of an opinion verb: "eg meiner", "I think", "vi synest". */
const FIRST_PERSON = new Set(['eg', 'jeg', 'æ', 'e', 'i', 'me', 'vi', 'we']);
/** Verbs that pass on a warning or a notice: what follows is the sender's ("kommunen åtvarar: isen er farleg"). */
const NOTICE = new Set(['åtvarar', 'advarer', 'varslar', 'varsler', 'informerer', 'opplyser', 'warns', 'warned', 'informs', 'reports']);

/** Personal pronouns: "han er so feig", "she is useless" judge a person (G4), not a matter. */
const PERSON_PRONOUNS = new Set(['han', 'ho', 'hun', 'he', 'she']);
/** Words between the copula and the evaluation ("han er so feig", "ho er heilt"). */
const DEGREE = new Set(['so', 'så', 'heilt', 'helt', 'totalt', 'fullstendig', 'really', 'very', 'utruleg', 'utrolig', 'jo', 'berre', 'bare', 'just', 'such', 'a', 'an', 'ein', 'en', 'eit', 'et']);

/** True when the evaluation follows "han/ho er" in its sentence: it judges a person. */
function aboutPronoun(doc: Doc, opinion: TermMatch): boolean {
  const { tokens } = doc;
  let k = opinion.first - 1;
  while (k >= 0 && opinion.first - k <= 3 && DEGREE.has(tokens[k].text)) k -= 1;
  if (k < 1 || !COPULAS.has(tokens[k].text)) return false;
  const subject = tokens[k - 1];
  return subject.sentence === tokens[opinion.first].sentence && PERSON_PRONOUNS.has(subject.text);
}

function reported(doc: Doc, opinion: TermMatch): boolean {
  const { tokens } = doc;
  if (wordBefore(tokens, opinion.first, REPORTING, REPORTING_REACH) || aboutPronoun(doc, opinion)) return true;
  if (wordBefore(tokens, opinion.first, NOTICE, NOTICE_REACH)) return true;
  const sentence = tokens[opinion.first].sentence;
  for (let k = opinion.first - 1; k >= 0 && k >= opinion.first - VIEW_REACH; k -= 1) {
    if (tokens[k].sentence !== sentence) return false;
    if (!THIRD_PERSON_VIEW.has(tokens[k].text)) continue;
    // "meiner eg", "synest vi": the writer after the verb; "dei meiner", "my kids think": someone else before it.
    const after = tokens[k + 1];
    if (after && after.sentence === sentence && FIRST_PERSON.has(after.text)) return false;
    // "eg som meiner", "dei som meiner": the subject stands before the relative pronoun.
    let s = k - 1;
    if (s >= 0 && RELATIVE.has(tokens[s].text)) s -= 1;
    return s >= 0 && tokens[s].sentence === sentence && !FIRST_PERSON.has(tokens[s].text);
  }
  return false;
}

/** Emoji that mark irony or exasperation: beside the municipality they make an evaluation ("Fint at kommunen har råd til konsulentar 🙄"). */
const IRONY_EMOJI = ['\u{1F644}', '\u{1F926}', '\u{1F921}', '\u{1F643}'];

/** Irony emoji as evaluations, each attached to the word before it. One native search per emoji kind. */
const NO_MATCHES: TermMatch[] = [];
/** The high surrogates that the emoji of these lists start with (U+1F6xx, U+1F9xx): two searches tell whether any can be present. */
function mayHoldEmoji(text: string): boolean {
  return text.includes('\uD83D') || text.includes('\uD83E');
}

function ironyMatches(doc: Doc): TermMatch[] {
  const { tokens } = doc;
  const text = doc.norm.lower;
  if (tokens.length === 0 || !mayHoldEmoji(text)) return NO_MATCHES;
  const out: TermMatch[] = [];
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

/** Verbs that tie a matter to its judgement ("X er ein vits", "X is a disaster", "X har vore ein fiasko"). */
const COPULAS = new Set(['er', 'e', 'blir', 'bli', 'vert', 'var', 'vart', 'ble', 'vore', 'vært', 'is', 'are', 'was', 'were', 'been', 'becomes']);
/** Words after an evaluation that open what it judges ("hårreisande at parkeringa …", "shocking that the bus route …"). */
const THAT = new Set(['at', 'that']);
/** Tokens between "at"/"that" and the matter it opens. */
const THAT_REACH = 4;
/** The writer as subject after "at": the evaluation is about the writer's own doings. */
const SELF = new Set(['eg', 'jeg', 'i', 'me', 'vi', 'we', 'æ', 'e']);
/** Tokens between an evaluation and the matter right after it. */
const ATTRIBUTE_REACH = 1;
/** Tokens between a matter and an evaluation that judges it with no copula. */
const VERB_REACH = 3;
/** Tokens between a matter and the evaluation that judges it. */
const JUDGED_REACH = 6;

/**
 * True when an evaluation judges the matter itself: the matter, a copula, then the evaluation ("turnusen er heilt
 * uforsvarleg"), or the evaluation, "at"/"that", then the matter ("skandale at bussruta …").
 */
function judged(doc: Doc, matter: TermMatch, evaluation: TermMatch): boolean {
  const { tokens } = doc;
  if (matter.last <= evaluation.first) {
    if (evaluation.first - matter.last > JUDGED_REACH) return false;
    // Right after the matter, a verb phrase judges it ("kommunen kastar bort", "this council cares more about").
    if (evaluation.first - matter.last <= VERB_REACH) return true;
    for (let k = matter.last; k <= evaluation.first && k < evaluation.last; k += 1) if (COPULAS.has(tokens[k].text)) return true;
    return false;
  }
  if (evaluation.last > matter.first) return false;
  // Right before the matter, as its attribute or in an address: "latterleg vedtak", "thanks for nothing, council".
  if (matter.first - evaluation.last <= ATTRIBUTE_REACH) return true;
  const term = evaluation.term;
  const opens = (evaluation.last < tokens.length && THAT.has(tokens[evaluation.last].text)) || term.endsWith(' at') || term.endsWith(' that');
  if (!opens || matter.first - evaluation.last > THAT_REACH) return false;
  // "Typisk at eg gløymde …": the writer's own doings, not the matter.
  for (let k = evaluation.last; k < matter.first; k += 1) {
    const t = tokens[k];
    // Norwegian "i" (in) is lower-case; English "I" is capitalised.
    if (SELF.has(t.text) && (t.text !== 'i' || t.capitalized)) return false;
  }
  return true;
}

/** Laughing emoji: a joke about everyday life at a service ("the school play was a disaster 😂"), not a policy opinion. */
const LAUGHING = ['\u{1F602}', '\u{1F923}', '\u{1F606}', '\u{1F605}', '\u{1F639}', '\u{1F648}'];

function laughing(doc: Doc): boolean {
  const text = doc.norm.lower;
  return mayHoldEmoji(text) && LAUGHING.some((e) => text.includes(e));
}

/** Reports per text, at most. */
const MAX_REPORTS = 3;
/** Token distance between the opinion and the matter. */
const WINDOW = 30;
/** Token distance between a question word and the municipality after it. */
const QUESTION_WINDOW = 8;
/** Token distance between an evaluation and a wider matter or a service in its sentence. */
const SERVICE_WINDOW = 10;

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

/** Pronouns right after "why don't": an invitation or a suggestion ("why don't you come along"), not criticism. */
const INVITED = new Set(['you', 'we', 'du', 'de', 'dere', 'dykk', 'vi', 'me']);

function invitation(doc: Doc, question: TermMatch): boolean {
  const { tokens } = doc;
  for (let k = question.first; k < Math.min(tokens.length - 1, question.last + 2); k += 1) {
    if (NEGATIONS.has(tokens[k].text) && INVITED.has(tokens[k + 1].text)) return true;
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
    // Triggers first (word lists, nearly free): without an evaluation, a stance, a modal or an irony emoji there is no opinion.
    const evaluations = opinionMatches(doc);
    const stances = stanceMatches(doc);
    const modals = modalMatches(doc);
    const questions = questionMatches(doc);
    const emoji = ironyMatches(doc);
    if (evaluations.length === 0 && stances.length === 0 && modals.length === 0 && questions.length === 0 && emoji.length === 0) return;
    const refs = municipalityRefs(doc, config);
    // Modals and questions look only at the municipality itself; topics matter to evaluations, stances and emoji.
    const topics = evaluations.length + stances.length + emoji.length > 0 ? municipalTopics(doc, config) : NO_MATCHES;
    // Wider matters (turnus, parking fees, the cruise quay) and services count only beside an evaluation, in its sentence:
    // everyday life at a service ("kaos i garderoben") is no policy opinion unless it is judged as a service.
    const wider = evaluations.length > 0 ? matterMatches(doc) : NO_MATCHES;
    const services = evaluations.length > 0 ? municipalServices(doc) : NO_MATCHES;
    if (refs.length === 0 && topics.length === 0 && wider.length === 0 && services.length === 0) return;
    const found: TermMatch[] = [];
    // A normative claim right after the municipality: "kommunen må", "heradet bør", "the council should".
    for (const ref of modals.length > 0 ? refs : []) {
      for (let k = ref.last; k < Math.min(ref.last + 2, tokens.length); k += 1) {
        if (tokens[k].sentence !== tokens[ref.first].sentence) break;
        if (NORMATIVE_MODALS.has(tokens[k].text)) {
          found.push({ term: tokens[k].text, first: ref.first, last: k + 1, start: ref.start, end: tokens[k].end });
          break;
        }
      }
    }
    if (found.length === 0 && evaluations.length === 0 && stances.length === 0 && questions.length === 0 && emoji.length === 0) return;
    if (hasOwnBehalfDisclaimer(doc)) return;
    const matters = mergeMatches(refs, topics);
    // A text about colleagues is G4's concern: looked up (memoised) only when an evaluation stands near a matter.
    // An evaluation near the municipality or a municipal matter.
    for (const { a, b } of nearPairs(matters, evaluations, WINDOW)) {
      if (Math.abs(tokens[a.first].sentence - tokens[b.first].sentence) > 1) continue;
      if (reported(doc, b) || aboutColleague(doc, b, colleagueMentions(doc, config), refs)) continue;
      found.push(b);
    }
    // An evaluation of a wider matter or a service, judged as such in its sentence ("barnevernstenesta her er ein vits").
    if (evaluations.length > 0 && wider.length + services.length > 0 && !laughing(doc)) {
      for (const { a, b } of nearPairs(mergeMatches(wider, services), evaluations, SERVICE_WINDOW)) {
        if (tokens[a.first].sentence !== tokens[b.first].sentence) continue;
        if (!judged(doc, a, b) || reported(doc, b) || aboutColleague(doc, b, colleagueMentions(doc, config), refs)) continue;
        found.push(b);
      }
    }
    // Irony emoji in the sentence of a municipal matter, when the text is not about colleagues.
    if (emoji.length > 0) {
      const pairs = nearPairs(matters, emoji, WINDOW).filter(({ a, b }) => tokens[a.first].sentence === tokens[b.first].sentence);
      // Co-workers who are themselves the matter ("nye konsulentar") do not make the text one about colleagues.
      const people = pairs.length > 0 ? colleagueMentions(doc, config).filter((c) => !matters.some((m) => m.first < c.last && c.first < m.last)) : [];
      if (people.length === 0) for (const { b } of pairs) found.push(b);
    }
    // A critical question about the municipality: a question word, then a modal or a negation in its sentence
    // ("kvifor klarer ikkje heradet å brøyta", "why can't the council fix the roads").
    for (const { a, b } of nearPairs(refs, questions, QUESTION_WINDOW)) {
      if (tokens[a.first].sentence !== tokens[b.first].sentence) continue;
      if (b.first < a.first && criticalStance(doc, a, b) && !invitation(doc, b)) found.push(b);
    }
    // A stance ("eg meiner") on a municipal matter, or on the municipality with a modal or a negation in its sentence.
    if (stances.length > 0) {
      for (const { a, b } of nearPairs(topics, stances, WINDOW)) if (Math.abs(tokens[a.first].sentence - tokens[b.first].sentence) <= 1) found.push(b);
      for (const { a, b } of nearPairs(refs, stances, WINDOW)) {
        if (Math.abs(tokens[a.first].sentence - tokens[b.first].sentence) <= 1 && criticalStance(doc, a, b)) found.push(b);
      }
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
