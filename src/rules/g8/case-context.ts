/**
 * Shared reading for the G8 (case handling) rules, not a rule itself: case
 * nouns matched at the end of a word ("byggesaka", "skjenkesøknaden"), whose
 * case it is (a possessive or a person), the proper channels (fine to point
 * to) and private channels (Messenger, DM, comments). Results are memoised on
 * the Doc so the four G8 rules read the text once.
 */
import { Lexicon, type TermMatch } from '../../engine/lexicon';
import type { Doc } from '../../engine/rule';
import type { EngineConfig } from '../../engine/types';
import { memoizeWord } from '../../engine/word-memo';
import documentsEn from '../data/case-documents.en.json';
import documentsNb from '../data/case-documents.nb.json';
import documentsNn from '../data/case-documents.nn.json';
import identityEn from '../data/case-identity.en.json';
import identityNb from '../data/case-identity.nb.json';
import identityNn from '../data/case-identity.nn.json';
import nonmunicipalEn from '../data/case-nonmunicipal.en.json';
import nonmunicipalNb from '../data/case-nonmunicipal.nb.json';
import nonmunicipalNn from '../data/case-nonmunicipal.nn.json';
import outcomeEn from '../data/case-outcome.en.json';
import outcomeNb from '../data/case-outcome.nb.json';
import outcomeNn from '../data/case-outcome.nn.json';
import nounsEn from '../data/case-nouns.en.json';
import nounsNb from '../data/case-nouns.nb.json';
import nounsNn from '../data/case-nouns.nn.json';
import privateEn from '../data/private-channel.en.json';
import privateNb from '../data/private-channel.nb.json';
import privateNn from '../data/private-channel.nn.json';
import properEn from '../data/proper-channel.en.json';
import properNb from '../data/proper-channel.nb.json';
import properNn from '../data/proper-channel.nn.json';
import { clauseIds, personRefs, type PersonRef } from '../shared/person';

/** Identity numbers and case documents (shared with G9, which leaves photos of documents alone). */
export const DOCUMENTS = Lexicon.fromLists(documentsNn, documentsNb, documentsEn, identityNn, identityNb, identityEn);
/** Identity data among the documents ("personnummeret", "your ID", "date of birth"). */
export const IDENTITY_TERMS: ReadonlySet<string> = new Set([...identityNn.terms, ...identityNb.terms, ...identityEn.terms]);
const OUTCOMES = Lexicon.fromLists(outcomeNn, outcomeNb, outcomeEn);
/** Jobs and studies: an application for one is no municipal case ("søknaden din til jobben"). */
const NON_MUNICIPAL = Lexicon.fromLists(nonmunicipalNn, nonmunicipalNb, nonmunicipalEn);
/** Words between a case noun and what it is for ("søknaden din til jobben", "your application for the job"). */
const NON_MUNICIPAL_REACH = 4;
/** Tokens back from a case noun in which a job or study named before makes it that application ("Ny jobb! Søknaden din …"). */
const NON_MUNICIPAL_BEFORE = 8;
/** Verb forms of "jobb*" ("jobbar med byggesøknaden"): working on a case, not a job applied for. */
const JOB_VERBS = new Set(['jobbar', 'jobber', 'jobba', 'jobbet', 'jobbe']);
/** "gjennom" is an outcome only after a verb of passing ("går heilt sikkert gjennom"). */
const THROUGH_VERBS: ReadonlySet<string> = new Set(['går', 'gå', 'gjekk', 'gikk', 'kjem', 'kommer', 'kome', 'komme']);
/** "plass", "a place" are an outcome only after a verb of getting ("du får nok plass", "you'll get a place"). */
const GET_VERBS: ReadonlySet<string> = new Set(['får', 'få', 'fått', 'fekk', 'fikk', 'get', 'gets', 'got', 'getting', 'given', 'offered']);
const NEEDS_VERB: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['gjennom', THROUGH_VERBS],
  ['plass', GET_VERBS],
  ['a place', GET_VERBS],
  ['a spot', GET_VERBS],
]);
/** How far back the verb of "gjennom" or "plass" may stand ("får heilt sikkert plass"). */
const VERB_REACH = 4;

/**
 * Outcome words ("fått plass", "innvilga", "approved"), memoised; "gjennom"
 * and "plass" count only after their verb ("går gjennom", "får nok plass").
 */
export function outcomeMatches(doc: Doc): TermMatch[] {
  return doc.memo('g8:outcomes', () => {
    const t = doc.tokens;
    return OUTCOMES.match(t).filter((m) => {
      const verbs = NEEDS_VERB.get(m.term);
      if (!verbs) return true;
      for (let k = m.first - 1; k >= Math.max(0, m.first - VERB_REACH); k -= 1) if (verbs.has(t[k].text)) return true;
      return false;
    });
  });
}
const PROPER = Lexicon.fromLists(properNn, properNb, properEn);
const PRIVATE = Lexicon.fromLists(privateNn, privateNb, privateEn);

/** Inflection endings after a case-noun head: -a, -en, -et, -ar, -er, -ane, -ene, -ne, -n, -r, -s. */
const ENDINGS = ['', 'a', 'en', 'et', 'ar', 'er', 'ane', 'ene', 'ne', 'n', 'r', 's', 'ar', 'ra'];
const EN_HEADS: readonly string[] = nounsEn.terms;
const HEADS: readonly string[] = [...new Set([...nounsNn.terms, ...nounsNb.terms, ...nounsEn.terms])];
const NOUN_EXCLUDE: ReadonlySet<string> = new Set([...(nounsNn.exclude ?? []), ...(nounsNb.exclude ?? []), ...(nounsEn.exclude ?? [])]);
interface SuffixNode {
  next: Map<number, SuffixNode>;
  /** A whole form ends here (read backwards from the end of the word). */
  form: boolean;
}

/** The inflected forms, stored backwards: a word is matched from its last letter, one step per letter. */
const SUFFIXES: SuffixNode = { next: new Map(), form: false };
for (const head of HEADS) {
  for (const ending of ENDINGS) {
    const form = head + ending;
    let node = SUFFIXES;
    for (let i = form.length - 1; i >= 0; i -= 1) {
      const c = form.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), form: false }));
      node = child;
    }
    node.form = true;
  }
}

/** Possessives after the noun ("søknaden din", "saka hans", "søknaden sin"). */
export const POSSESSIVE_AFTER: ReadonlySet<string> = new Set([
  'din', 'di', 'ditt', 'dine', 'dykkar', 'dykker', 'deres', 'hans', 'hennar', 'hennes', 'sin', 'si', 'sitt', 'sine', 'deira', 'demmas',
]);
/** Possessives before the noun ("din søknad", "your application", "his permit"). */
export const POSSESSIVE_BEFORE: ReadonlySet<string> = new Set([
  'din', 'di', 'ditt', 'dine', 'dykkar', 'deres', 'hans', 'hennar', 'hennes', 'your', 'his', 'her', 'their',
]);
/** "X's" that are not possessives. */
const NOT_POSSESSIVE: ReadonlySet<string> = new Set(["it's", "that's", "what's", "there's", "here's", "let's", "he's", "she's", "who's", "where's"]);
/** Prepositions that tie a case to a person after it ("byggesaka til han", "søknaden frå naboen"). */
const OF_PERSON: ReadonlySet<string> = new Set(['til', 'frå', 'fra', 'for', 'åt', 'of', 'from', 'by']);

/** "søknaden om X til …": the object phrase between a case noun and its owner. */
const ABOUT: ReadonlySet<string> = new Set(['om', 'about', 'for']);
/** A family named as a whole ("familien", "Hansen-familien", "the family") owns a case like a person. */
const FAMILY_ENDINGS = ['familien', 'familia', 'family', 'families', 'familiane', 'familiene'];

export function isFamilyWord(w: string): boolean {
  return FAMILY_ENDINGS.some((e) => w === e || (w.endsWith(e) && w[w.length - e.length - 1] === '-'));
}

export interface CaseNoun {
  /** Token index. */
  index: number;
  start: number;
  end: number;
}

/** True when the token is an inflected case noun or a compound ending in one. */
function caseNounTest(token: string): boolean {
  if (NOUN_EXCLUDE.has(token)) return false;
  // Walk the word backwards through the suffix tree: a handful of steps per word.
  let node: SuffixNode | undefined = SUFFIXES;
  for (let i = token.length - 1; i >= 0; i -= 1) {
    node = node.next.get(token.charCodeAt(i));
    if (!node) return false;
    if (node.form) {
      // A compound's first part is a word of its own ("bygge-", "eigedomsskatte-"); "årsak" is excluded above.
      const stem = i;
      if (stem === 0 || stem >= 3 || token[stem - 1] === '-') return true;
    }
  }
  return false;
}

/** `caseNounTest`, remembered per word. */
export const isCaseNoun = memoizeWord(caseNounTest);

export function caseNouns(doc: Doc): CaseNoun[] {
  return doc.memo('g8:case-nouns', () => {
    const out: CaseNoun[] = [];
    const t = doc.tokens;
    for (let index = 0; index < t.length; index += 1) {
      const tok = t[index];
      if (!tok.numeric && tok.text.length >= 3 && isCaseNoun(tok.text) && !forJobOrStudy(doc, index)) out.push({ index, start: tok.start, end: tok.end });
    }
    return out;
  });
}

/** "søknaden din til jobben", "application for the position": a job or a study place a few words after the noun. */
function forJobOrStudy(doc: Doc, index: number): boolean {
  const t = doc.tokens;
  const jobs = doc.memo('g8:non-municipal', () => NON_MUNICIPAL.match(t));
  if (jobs.length === 0) return false;
  const clause = clauseIds(doc);
  for (const m of jobs) {
    if (m.first > index && m.first - index <= NON_MUNICIPAL_REACH && clause[m.first] === clause[index]) return true;
    // "Gratulerer med ny jobb! Søknaden din var sikkert knallgod": the job named shortly before, in this or the last sentence.
    if (m.first < index && index - m.first <= NON_MUNICIPAL_BEFORE && t[index].sentence - t[m.first].sentence <= 1 && !JOB_VERBS.has(t[m.first].text)) return true;
  }
  return false;
}

/** The clause ids that hold at least one of the matches. */
function clausesWith(doc: Doc, key: string, matches: () => readonly TermMatch[]): ReadonlySet<number> {
  return doc.memo(key, () => {
    const clause = clauseIds(doc);
    return new Set(matches().map((m) => clause[m.first]));
  });
}

export function properChannels(doc: Doc): TermMatch[] {
  return doc.memo('g8:proper', () => {
    const t = doc.tokens;
    // "søknadsskjemaet til Helge", "hans skjema": a third person's own form is a document of their case, not a channel pointed to
    return PROPER.match(t).filter((m) => {
      const next = m.last < t.length ? t[m.last].text : '';
      const prev = m.first > 0 ? t[m.first - 1].text : '';
      const form = DOCUMENTS.has(t[m.first].text) || t[m.first].text.includes('skjema');
      if (!form) return true;
      if (THIRD_POSSESSIVES.has(next) || THIRD_POSSESSIVES.has(prev)) return false;
      return !(OF_PERSON.has(next) && m.last + 1 < t.length && t[m.last + 1].capitalized && !t[m.last + 1].numeric);
    });
  });
}

/** Third-person possessives: "skjemaet hans", "her form". */
const THIRD_POSSESSIVES: ReadonlySet<string> = new Set(['hans', 'hennar', 'hennes', 'deira', 'deres', 'his', 'their']);

export function privateChannels(doc: Doc): TermMatch[] {
  return doc.memo('g8:private', () => PRIVATE.match(doc.tokens));
}

/** True when the clause of token i points to a proper channel (eDialog, postmottak, the website's form). */
export function clauseHasProperChannel(doc: Doc, i: number): boolean {
  return clausesWith(doc, 'g8:proper-clauses', () => properChannels(doc)).has(clauseIds(doc)[i]);
}

/** True when the clause of token i or the one after it points to a proper channel ("Spørsmål om byggesaka di? Ring servicetorget."). */
export function nearProperChannel(doc: Doc, i: number): boolean {
  const clauses = clausesWith(doc, 'g8:proper-clauses', () => properChannels(doc));
  const c = clauseIds(doc)[i];
  return clauses.has(c) || clauses.has(c + 1);
}

export function clauseHasPrivateChannel(doc: Doc, i: number): boolean {
  return clausesWith(doc, 'g8:private-clauses', () => privateChannels(doc)).has(clauseIds(doc)[i]);
}

/** Index of the first person reference that ends after token j (binary search). */
export function firstPersonFrom(refs: readonly PersonRef[], j: number): number {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid].last <= j) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isPossessiveS(token: string): boolean {
  return (token.endsWith("'s") || token.endsWith('’s') || token.endsWith("s'")) && !NOT_POSSESSIVE.has(token.split('’').join("'"));
}

/**
 * Whose case the noun at token i is: a possessive next to it ("søknaden din",
 * "your building permit", "a neighbour's application"), or a person tied to
 * it by a preposition ("byggesaka til han", "søknaden frå naboen"). Null when
 * it belongs to nobody in particular.
 */
export function caseOwner(doc: Doc, i: number, config: EngineConfig): 'possessive' | 'person' | null {
  const t = doc.tokens;
  const clause = clauseIds(doc);
  const same = (j: number) => j >= 0 && j < t.length && clause[j] === clause[i];
  const next = same(i + 1) ? t[i + 1].text : '';
  const prev = same(i - 1) ? t[i - 1].text : '';
  const prev2 = same(i - 2) ? t[i - 2].text : '';
  // "det er di sak", "in your case", "it's your decision": idioms, not someone's case.
  if (prev === 'er' || prev === 'is' || prev2 === 'in' || prev2 === 'er') {
    if (POSSESSIVE_BEFORE.has(prev) || POSSESSIVE_BEFORE.has(prev2) || (prev === 'er' && POSSESSIVE_AFTER.has(next))) return null;
  }
  if (POSSESSIVE_AFTER.has(next) && t[i].text !== 'case') return 'possessive';
  if (POSSESSIVE_BEFORE.has(prev) || isPossessiveS(prev)) return 'possessive';
  // One word between: "your building permit", "a neighbour's building application"; Norwegian "her" is "here".
  if ((POSSESSIVE_BEFORE.has(prev2) || isPossessiveS(prev2)) && prev !== '' && !t[i - 1].numeric) {
    if (prev2 !== 'her' || EN_HEADS.some((h) => t[i].text.startsWith(h))) return 'possessive';
  }
  // "søknaden om sosialhjelp til familien Olsen": the person after a short "om …" phrase
  if (ABOUT.has(next) && same(i + 3) && OF_PERSON.has(t[i + 3].text) && same(i + 4) && (personAt(doc, config, i + 4) || isFamilyWord(t[i + 4].text))) return 'person';
  if (OF_PERSON.has(next) && same(i + 2)) {
    if (personAt(doc, config, i + 2) || isFamilyWord(t[i + 2].text)) return 'person';
    // "byggesøknaden til Hansen": a capitalised word after the preposition names the party.
    if (next === 'til' && t[i + 2].capitalized && !t[i + 2].numeric) {
      const o = doc.norm.original.slice(doc.norm.origStart(t[i + 2].start), doc.norm.origEnd(t[i + 2].end - 1));
      if (o !== o.toUpperCase()) return 'person'; // not an acronym ("NAV", "NRK")
    }
  }
  return null;
}

/** The person reference that starts at token j, if any. */
export function personAt(doc: Doc, config: EngineConfig, j: number): PersonRef | null {
  const refs = persons(doc, config);
  const k = firstPersonFrom(refs, j);
  return k < refs.length && refs[k].first <= j ? refs[k] : null;
}

/** Person references, memoised (sorted by position). */
export function persons(doc: Doc, config: EngineConfig): PersonRef[] {
  return doc.memo('g8:person-refs', () => personRefs(doc, config));
}
