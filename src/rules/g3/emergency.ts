/**
 * G3 (b): first-hand information about an ongoing emergency (fire, flood,
 * landslide, evacuation, missing person, serious accident, outage, unsafe
 * water). In a crisis, management informs the public. An emergency word counts
 * when its sentence or a neighbouring one shows it is happening now ("no",
 * "nå", "right now", present tense, an exclamation mark), and not when the
 * context makes it figurative, planned, past or about sport ("brannøving",
 * "flaumen av turistar", "Brann – Molde", "flaumen i 2014", a missing dog or
 * missing keys, a laughing emoji). Sharing the
 * municipality's own information (an official link, "heradet informerer")
 * lowers it to a reminder. High severity when crisis mode is on.
 */
import { Lexicon, type TermMatch } from '../../engine/lexicon';
import { toOriginal } from '../../engine/normalize';
import { defineRule, type Doc } from '../../engine/rule';
import type { Token } from '../../engine/tokens';
import type { EngineConfig } from '../../engine/types';
import emergencyEn from '../data/emergency.en.json';
import emergencyNb from '../data/emergency.nb.json';
import emergencyNn from '../data/emergency.nn.json';
import notEn from '../data/emergency-not.en.json';
import notNb from '../data/emergency-not.nb.json';
import notNn from '../data/emergency-not.nn.json';
import nowEn from '../data/emergency-now.en.json';
import nowNb from '../data/emergency-now.nb.json';
import nowNn from '../data/emergency-now.nn.json';
import pastEn from '../data/emergency-past.en.json';
import pastNb from '../data/emergency-past.nb.json';
import pastNn from '../data/emergency-past.nn.json';
import belongingEn from '../data/belonging.en.json';
import belongingNb from '../data/belonging.nb.json';
import belongingNn from '../data/belonging.nn.json';
import petEn from '../data/pet.en.json';
import petNb from '../data/pet.nb.json';
import petNn from '../data/pet.nn.json';
import shareEn from '../data/official-share.en.json';
import shareNb from '../data/official-share.nb.json';
import shareNn from '../data/official-share.nn.json';
import { sentencesEndingWith } from '../shared/sentence-ends';
import { wordBefore } from '../shared/word-before';

const EVENTS = Lexicon.fromLists(emergencyNn, emergencyNb, emergencyEn);
const NOW = Lexicon.fromLists(nowNn, nowNb, nowEn);
const NOT = Lexicon.fromLists(notNn, notNb, notEn);
/** Past, planned, possible or general: the sentence does not tell it as happening now ("var", "i går", "kan", "if", "will"). */
const PAST = Lexicon.fromLists(pastNn, pastNb, pastEn);
const SHARE = Lexicon.fromLists(shareNn, shareNb, shareEn);
/** Pets and belongings: "the dog is missing", "keys missing since yesterday". */
const NOT_PEOPLE = Lexicon.fromLists(petNn, petNb, petEn, belongingNn, belongingNb, belongingEn);
/** Laughing emoji: a joking tone, not an emergency ("Dei er sakna sidan i går 😂"). */
const LAUGHING = ['\u{1F602}', '\u{1F923}', '\u{1F606}', '\u{1F605}', '\u{1F639}', '\u{1F604}', '\u{1F648}'];
/** Stems of the "missing" words: a missing pet is not a missing person. */
const MISSING_STEMS = ['sakna', 'savn', 'missing', 'borte', 'gone', 'seen', 'sett'];

/** Words of a missing person that stay current whatever the tense around them ("vart sakna i går"). */
const PERSON_MISSING = ['sakna', 'savn', 'went missing', 'gone missing', 'been missing', 'missing person', 'last seen'];

/** Token distance for context words that cancel an emergency word. */
const CANCEL_WINDOW = 15;
/** Sentences before and after the emergency word in which a sign of "now" counts. */
const NOW_SENTENCES = 2;
/** Reports per text, at most. */
const MAX_REPORTS = 3;
/** A negation right before the emergency word: "ingen ras å sjå", "not a fire". */
const NEGATED_BY = new Set(['ingen', 'inga', 'ikkje', 'ikke', 'not', 'aldri', 'never']);
/** Words between the negation and the emergency word: "ikkje noko straumbrot", "not a single fire". */
const NEGATED_DETERMINERS = new Set(['noko', 'noe', 'nokon', 'noen', 'nokre', 'a', 'any', 'an']);
/** Words before a sign of normality that put it in the future ("når det opnar att", "until it's back on"). */
const NOT_YET = new Set(['når', 'før', 'innan', 'inntil', 'when', 'until', 'before', 'once']);
const NOT_YET_REACH = 3;
/** The football club, not a fire. */
const CLUB = 'brann';


function isDash(gap: string): boolean {
  return gap === '-' || gap === '–' || gap === '—';
}

/** A sports score such as "3-1" or "2–0" in the token window. */
function hasScore(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let k = Math.max(0, from); k + 1 < Math.min(tokens.length, to); k += 1) {
    const a = tokens[k];
    const b = tokens[k + 1];
    if (!a.numeric || !b.numeric || a.text.length > 2 || b.text.length > 2) continue;
    if (isDash(doc.norm.folded.slice(a.end, b.start).trim())) return true;
  }
  return false;
}

/** A four-digit year (1900–2099) in the same sentence: a past event ("flaumen i 2014"). */
function hasYear(doc: Doc, sentence: number, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k += 1) {
    const t = tokens[k];
    if (t.sentence !== sentence || !t.numeric || t.text.length !== 4) continue;
    const year = Number(t.text);
    if (year >= 1900 && year <= 2099) return true;
  }
  return false;
}

/** Words before a sharing phrase that deny it ("ingen frå kommunen har kome"). */
const SHARE_DENIED_BY = new Set(['ingen', 'ikkje', 'ikke', 'no', 'not', 'nobody', 'never', 'aldri']);

function sharesOfficialInfo(doc: Doc, config: EngineConfig): boolean {
  for (const m of SHARE.match(doc.tokens)) if (!wordBefore(doc.tokens, m.first, SHARE_DENIED_BY, 2)) return true;
  const text = doc.norm.lower;
  return config.officialDomains.some((d) => d.length > 3 && text.includes(d.toLowerCase()));
}

interface Signals {
  /** Sentences with a sign of "now" (a one-word sign must lie outside the emergency phrase). */
  nowSentences: Set<number>;
  /** Token indices where a cancelling context match starts, ascending (few per text). */
  cancels: number[];
  /** Token indices where a pet or belonging word starts, ascending. */
  pets: number[];

  /** Sentences with a laughing emoji. */
  laughing: Set<number>;
  /** Sentences with a sign of the past, a plan, a possibility or a generality (a one-word sign outside the emergency phrase). */
  pastSentences: Set<number>;
}

/** True when some index in the ascending list lies in [from, to). */
function anyIn(list: readonly number[], from: number, to: number): boolean {
  for (const i of list) {
    if (i >= to) return false;
    if (i >= from) return true;
  }
  return false;
}

/** What a "found" phrase may have found in water: "det er funne bakteriar" is contamination, not a person found. */
const CONTAMINANT_STEMS = ['bakter', 'bacter', 'legionell', 'koli', 'coli', 'e-coli', 'parasitt', 'parasite'];

function foundContamination(tokens: readonly Token[], c: TermMatch): boolean {
  const sentence = tokens[c.first].sentence;
  // "funne bakteriar", or "E. coli has been found": the word right after, or up to two before.
  for (const k of [c.last, c.first - 1, c.first - 2]) {
    const t = tokens[k];
    if (t !== undefined && t.sentence === sentence && CONTAMINANT_STEMS.some((stem) => t.text.startsWith(stem))) return true;
  }
  return false;
}

/** False for a one-word sign inside an emergency phrase ("no" in "no power"): it says nothing more; "is out" in "power is out" does. */
function outside(n: TermMatch, events: readonly TermMatch[]): boolean {
  if (n.last - n.first !== 1) return true;
  for (const e of events) if (e.first <= n.first && n.last <= e.last) return false;
  return true;
}

function signals(doc: Doc, events: readonly TermMatch[]): Signals {
  const { tokens } = doc;
  const nowSentences = new Set<number>();
  for (const n of NOW.match(tokens)) if (outside(n, events)) nowSentences.add(tokens[n.first].sentence);
  const pastSentences = new Set<number>();
  for (const p of PAST.match(tokens)) if (outside(p, events)) pastSentences.add(tokens[p.first].sentence);
  const cancels: number[] = [];
  // "Veit ikkje når det opnar att": a return to normal still to come cancels nothing.
  for (const c of NOT.match(tokens)) {
    if (wordBefore(tokens, c.first, NOT_YET, NOT_YET_REACH) || foundContamination(tokens, c)) continue;
    cancels.push(c.first);
  }
  const pets: number[] = [];
  // Pets and belongings matter only for "missing" words: match them only then.
  if (events.some((e) => MISSING_STEMS.some((stem) => e.term.includes(stem)))) {
    for (const p of NOT_PEOPLE.match(tokens)) pets.push(p.first);
  }
  return {
    nowSentences,
    cancels,
    pets,
    laughing: laughingSentences(doc),
    pastSentences,
  };
}

/** Sentences that hold a laughing emoji (an emoji after a sentence's last word belongs to it). One pass per emoji kind. */
function laughingSentences(doc: Doc): Set<number> {
  const { tokens } = doc;
  const text = doc.norm.lower;
  const out = new Set<number>();
  // The laughing emoji start with one of two high surrogates (U+1F6xx, U+1F9xx): two searches rule them all out.
  if (!text.includes('\uD83D') && !text.includes('\uD83E')) return out;
  const positions: number[] = [];
  for (const e of LAUGHING) for (let at = text.indexOf(e); at >= 0; at = text.indexOf(e, at + e.length)) positions.push(at);
  if (positions.length === 0 || tokens.length === 0) return out;
  positions.sort((a, b) => a - b);
  let k = 0;
  for (const at of positions) {
    while (k + 1 < tokens.length && tokens[k + 1].start < at) k += 1;
    out.add(tokens[k].sentence);
  }
  return out;
}

function isAllCaps(doc: Doc, first: number): boolean {
  const t = doc.tokens[first];
  const span = toOriginal(doc.norm, t.start, t.end);
  const original = doc.norm.original.slice(span.start, span.end);
  return original.length > 1 && original === original.toUpperCase();
}

function isOngoing(doc: Doc, event: TermMatch, s: Signals): boolean {
  const { tokens } = doc;
  const head = tokens[event.first];
  const sentence = head.sentence;
  // Figurative, planned, past or sport context near the word.
  const from = Math.max(0, event.first - CANCEL_WINDOW);
  const to = Math.min(tokens.length, event.last + CANCEL_WINDOW);
  if (anyIn(s.cancels, from, to)) return false;
  let b = event.first - 1;
  if (b >= 0 && NEGATED_DETERMINERS.has(tokens[b].text)) b -= 1;
  if (b >= 0 && tokens[b].sentence === sentence && NEGATED_BY.has(tokens[b].text)) return false;
  if (MISSING_STEMS.some((stem) => event.term.includes(stem)) && anyIn(s.pets, from, to)) return false;
  if (head.text === CLUB) {
    // "Brann" capitalised inside a sentence is the football club; "BRANN!" is a fire.
    if (head.capitalized && !head.sentenceStart && !isAllCaps(doc, event.first)) return false;
    // "Brann – Viking", "Brann-Molde": a fixture.
    const next = doc.tokens[event.first + 1];
    if (head.capitalized && !isAllCaps(doc, event.first) && next?.capitalized && isDash(doc.norm.folded.slice(head.end, next.start).trim())) return false;
    if (hasScore(doc, from, to)) return false;
  }
  if (hasYear(doc, sentence, from, to)) return false;
  // A missing person stays missing: "meld sakna, han gjekk ut i går kveld" is still ongoing.
  const missing = PERSON_MISSING.some((stem) => event.term.includes(stem));
  if (s.laughing.has(sentence) || s.laughing.has(sentence + 1)) return false;
  // Happening now: a time word or present-tense sign nearby, or an exclamation mark.
  for (let d = -NOW_SENTENCES; d <= NOW_SENTENCES; d += 1) if (s.nowSentences.has(sentence + d)) return true;
  // Sentence-end punctuation is looked up only when no sign of "now" decides (a shared, memoised pass).
  if (sentencesEndingWith(doc, '!')[sentence] === true) return true;
  // Told plainly, as a statement in the present or perfect ("Straumbrot i heile sentrum.", "Vi har evakuert avdeling B."):
  // ongoing unless the sentence places it in the past, the future, a condition or a generality, or asks.
  return (missing || !s.pastSentences.has(sentence)) && sentencesEndingWith(doc, '?')[sentence] !== true;
}

/** Nouns after a bare "emergency" that make it the name of a place or a service ("the emergency room"), not an event. */
const PLACE_AFTER = new Set(['room', 'rooms', 'department', 'departments', 'ward', 'wards', 'unit', 'vet', 'dentist', 'contact', 'number', 'kit', 'exit', 'exits', 'brake']);

/** True when the event word is the bare "emergency" naming a place or a service ("the nurses at the emergency room"). */
function namesPlace(doc: Doc, event: TermMatch): boolean {
  if (event.term !== 'emergency' || event.last >= doc.tokens.length) return false;
  return PLACE_AFTER.has(doc.tokens[event.last].text);
}

export default defineRule({
  meta: {
    id: 'g3-emergency',
    guideline: 3,
    severity: 'warning',
    contexts: ['private'],
    description: 'First-hand information about an ongoing emergency (fire, flood, landslide, evacuation, missing person, outage).',
    messages: {
      emergency: {
        nn: 'Teksten fortel om ei pågåande hending («{term}»). I beredskap og krise er det leiinga som orienterer ålmenta.',
        nb: 'Teksten forteller om en pågående hendelse («{term}»). I beredskap og krise er det ledelsen som informerer allmennheten.',
        en: 'The text reports an ongoing incident (“{term}”). In emergencies and crises, management informs the public.',
      },
      shared: {
        nn: 'Teksten fortel om ei hending («{term}»). Del gjerne heradet si offisielle informasjon, men ikkje eigne opplysningar om krisa.',
        nb: 'Teksten forteller om en hendelse («{term}»). Del gjerne kommunens offisielle informasjon, men ikke egne opplysninger om krisen.',
        en: 'The text mentions an incident (“{term}”). Sharing the municipality’s official information is fine; add no details of your own.',
      },
    },
    suggestions: {
      emergency: {
        nn: 'Del heller det heradet sjølv har publisert, eller vent på offisiell informasjon.',
        nb: 'Del heller det kommunen selv har publisert, eller vent på offisiell informasjon.',
        en: 'Share what the municipality has published instead, or wait for official information.',
      },
      shared: {
        nn: 'Del den offisielle meldinga slik ho er.',
        nb: 'Del den offisielle meldingen slik den er.',
        en: 'Share the official notice as it is.',
      },
    },
  },
  check({ doc, config, report }) {
    const events = EVENTS.match(doc.tokens);
    if (events.length === 0) return;
    const sig = signals(doc, events);
    let shared: boolean | null = null;
    let reported = 0;
    for (const event of events) {
      if (reported >= MAX_REPORTS) break;
      if (namesPlace(doc, event) || !isOngoing(doc, event, sig)) continue;
      reported += 1;
      const term = doc.norm.lower.slice(event.start, event.end);
      if (shared === null) shared = sharesOfficialInfo(doc, config);
      if (shared) report({ messageId: 'shared', start: event.start, end: event.end, severity: 'info', data: { term } });
      else report({ messageId: 'emergency', start: event.start, end: event.end, severity: config.crisisActive ? 'high' : 'warning', data: { term } });
    }
  },
});
