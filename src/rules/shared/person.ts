/**
 * Person references: where a text points at one identifiable person, and whose
 * a number or address is. Shared by the G2 rules and open to other rules.
 *
 * API (all results memoised per analysis on the Doc):
 * - `clauseIds(doc)`: a sentence number per token, with false sentence breaks
 *   merged ("9. klasse", "pga. dysleksi": a break followed by a lower-case word).
 * - `tokenIndexAt(doc, offset)`: the token that contains or follows an offset.
 * - `personRefs(doc, config)`: references to one person, sorted by position:
 *   a capitalised name not at the start of a clause (nor after a greeting:
 *   "Hei Kari!" addresses Kari), a title and name ("herr
 *   Skjelbreid", "Mrs. Berge"), a room ("rom 12"), a third-person pronoun, a
 *   singular client or colleague word ("pasienten", "sjefen"), a relative or
 *   other private person ("dottera til", "guten"; not "mannen min": the
 *   writer's own), one of a group ("ein av elevane", "one of our residents"), or a
 *   child by age ("ein 9-åring", "a 6-year-old").
 *   `strong` is true for names, titles and rooms.
 * - `mayReferToPerson(doc)`: a cheap test before `personRefs` (false: no reference can be found).
 * - `firstPersonAt(doc)`: token indices of first-person subject pronouns (eg, jeg, I).
 * - `ownRelatives(doc)`: the writer's own relatives ("mora mi", "my mum").
 * - `readsAsEnglish(doc)`: more English than Norwegian function words.
 * - `ownerOf(doc, first, last, config)`: whose is the item at tokens
 *   [first, last): 'self' (ring meg, mitt nummer), 'office' (sentralbordet,
 *   servicetorget), 'third' (his, dottera til X, a name) or 'unknown'; the
 *   nearest cue before the item in its clause wins, then one just after it.
 *   A name in a sentence that opens with "Ring / Kontakt / Call …" is a
 *   public contact point ('office').
 *
 * Word lists: src/rules/data/person-*.json and owner-*.json, in nn, nb and en.
 */
import { Lexicon } from '../../engine/lexicon';
import type { Doc } from '../../engine/rule';
import { memoizeWord } from '../../engine/word-memo';
import type { Token } from '../../engine/tokens';
import type { EngineConfig } from '../../engine/types';
import firstnames from '../data/person-firstname.any.json';
import greetingEn from '../data/person-greeting.en.json';
import greetingNb from '../data/person-greeting.nb.json';
import greetingNn from '../data/person-greeting.nn.json';
import groupEn from '../data/person-group.en.json';
import groupNb from '../data/person-group.nb.json';
import groupNn from '../data/person-group.nn.json';
import nonnameEn from '../data/person-nonname.en.json';
import nonnameNb from '../data/person-nonname.nb.json';
import nonnameNn from '../data/person-nonname.nn.json';
import headNb from '../data/person-compound-head.nb.json';
import headNn from '../data/person-compound-head.nn.json';
import nonkinEn from '../data/person-nonkin.en.json';
import nonkinNb from '../data/person-nonkin.nb.json';
import nonkinNn from '../data/person-nonkin.nn.json';
import pronounEn from '../data/person-pronoun.en.json';
import pronounNb from '../data/person-pronoun.nb.json';
import pronounNn from '../data/person-pronoun.nn.json';
import relativeEn from '../data/person-relative.en.json';
import relativeNb from '../data/person-relative.nb.json';
import relativeNn from '../data/person-relative.nn.json';
import roleEn from '../data/person-role.en.json';
import roleNb from '../data/person-role.nb.json';
import roleNn from '../data/person-role.nn.json';
import titleEn from '../data/person-title.en.json';
import titleNb from '../data/person-title.nb.json';
import titleNn from '../data/person-title.nn.json';
import contactEn from '../data/contact-imperative.en.json';
import contactNb from '../data/contact-imperative.nb.json';
import contactNn from '../data/contact-imperative.nn.json';
import itemEn from '../data/owner-item.en.json';
import itemNb from '../data/owner-item.nb.json';
import itemNn from '../data/owner-item.nn.json';
import officeEn from '../data/owner-office.en.json';
import officeNb from '../data/owner-office.nb.json';
import officeNn from '../data/owner-office.nn.json';
import selfEn from '../data/owner-self.en.json';
import selfNb from '../data/owner-self.nb.json';
import selfNn from '../data/owner-self.nn.json';

export type PersonKind = 'name' | 'title' | 'room' | 'pronoun' | 'role' | 'relative' | 'member';

export interface PersonRef {
  /** Token indices, half-open. */
  first: number;
  last: number;
  kind: PersonKind;
  /** A name, a title with a name, or a room number: the person is identifiable. */
  strong: boolean;
}

export type Owner = 'self' | 'office' | 'third' | 'unknown';

const PRONOUNS = Lexicon.fromLists(pronounNn, pronounNb, pronounEn);
const ROLES = Lexicon.fromLists(roleNn, roleNb, roleEn);
const GROUPS = Lexicon.fromLists(groupNn, groupNb, groupEn);
const RELATIVES = Lexicon.fromLists(relativeNn, relativeNb, relativeEn);
const TITLES = Lexicon.fromLists(titleNn, titleNb, titleEn);
const NON_NAMES = Lexicon.fromLists(nonnameNn, nonnameNb, nonnameEn);
/** Compound heads for one private person ("veslejenta", "bondekona"). */
const COMPOUND_HEADS: readonly string[] = [...new Set([...headNn.terms, ...headNb.terms])];
/** Last two letters of the heads: a quick test before any endsWith. */
const HEAD_ENDS: ReadonlySet<number> = new Set(COMPOUND_HEADS.map((h) => (h.charCodeAt(h.length - 2) << 16) | h.charCodeAt(h.length - 1)));
/** Nouns for a person of a given age after a number and a hyphen ("9-åring", "14-åringen", "6-year-old"). */
const AGE_NOUNS: readonly string[] = ['-åring', '-åringen', '-åringa', '-year-old', '-yr-old'];
/** A compound needs a first part of at least this many letters ("vesle-", "nabo-"). */
const COMPOUND_STEM = 3;
/** Neighbours, friends, strangers: a possessive does not make them the writer's family ("naboen min", "my neighbour"). */
const NON_KIN = Lexicon.fromLists(nonkinNn, nonkinNb, nonkinEn);
const FIRST_NAMES = new Set(firstnames.terms);
const GREETINGS = Lexicon.fromLists(greetingNn, greetingNb, greetingEn);
const SELF = Lexicon.fromLists(selfNn, selfNb, selfEn);
const OFFICE = Lexicon.fromLists(officeNn, officeNb, officeEn);
const CONTACT = Lexicon.fromLists(contactNn, contactNb, contactEn);
const ITEMS = Lexicon.fromLists(itemNn, itemNb, itemEn);
/** Possessives: they say whose the item is only next to the item's noun or the item itself ("nummeret mitt", not "sykkelen min"). */
const POSSESSIVES = new Set(['min', 'mi', 'mitt', 'mine', 'my', 'vår', 'vårt', 'våre', 'our', 'ours']);

/** Reflexive possessives: the item is the subject's, never the writer's. */
const REFLEXIVES = new Set(['sin', 'si', 'sitt', 'sine']);
/** Object pronouns for the writer: after a third-person subject ("ho gav meg", "he sent me") the writer only received the item. */
const SELF_OBJECTS = new Set(['meg', 'me', 'oss', 'us']);
/** How far back a giver may stand before "meg" ("Hun ga meg det"). */
const GIVER_REACH = 3;

/** Room words: followed by a number they point at one resident. */
const ROOM_WORDS = new Set(['rom', 'room', 'romnummer', 'bed', 'room no']);
/** Possessives that make a relative the writer's own ("mora mi", "my mum"). */
const OWN_AFTER = new Set(['mi', 'min', 'mitt', 'mine']);
const OWN_BEFORE = new Set(['my', 'min', 'mi', 'mitt', 'mine', 'our', 'vår', 'vårt', 'våre']);
/** A capitalised word after these is a place ("på Voss", "til Haukeland"), not a person. */
const PLACE_PREPOSITIONS = new Set(['på', 'i', 'frå', 'fra', 'ved', 'til', 'mot', 'over', 'via', 'in', 'at', 'from', 'to', 'near', 'into', 'nach', 'mellom', 'bak', 'under']);
/** "ein av", "one of" before a plural: one member of a group. */
const ONE_WORDS = new Set(['ein', 'en', 'ei', 'eitt', 'ett', 'one']);
const OF_WORDS = new Set(['av', 'of']);
/**
 * English "her" is Norwegian for "here": it counts as a pronoun only in a text
 * that reads as English (more English than Norwegian function words).
 */
const HER_WORD = new Lexicon(['her']);
/** Function words: +1 for English, -1 for Norwegian. */
const LANGUAGE_MARKERS = new Map<string, number>([
  ...['the', 'and', 'is', 'was', 'she', 'he', 'with', 'of', 'to', 'has', 'this', 'that', 'my', 'our', 'who', 'in'].map((w): [string, number] => [w, 1]),
  ...['og', 'er', 'det', 'som', 'på', 'til', 'med', 'ein', 'en', 'ei', 'eit', 'ikkje', 'ikke', 'har', 'eg', 'jeg', 'ho', 'hun', 'av', 'frå', 'fra'].map((w): [string, number] => [w, -1]),
]);
/** The longest marker: longer tokens are not looked up. */
const MARKER_MAX = 5;

/** True when the text reads as English rather than Norwegian. */
export function readsAsEnglish(doc: Doc): boolean {
  return doc.memo('person:english', () => {
    let balance = 0;
    for (const tok of doc.tokens) if (tok.text.length <= MARKER_MAX) balance += LANGUAGE_MARKERS.get(tok.text) ?? 0;
    return balance > 0;
  });
}

/** First-person subject pronouns: the writer speaks of themself. */
const FIRST_PERSON = new Set(['eg', 'jeg', 'i', "i'm", 'i’m', "i've", 'i’ve', "i'd", 'i’d', "i'll", 'i’ll']);
const FIRST_PERSON_WORDS = new Lexicon([...FIRST_PERSON]);

/** Emoji and pictographs end a sentence in posts as often as a full stop does ("… i dag 💔 Gudrun …"). */
function isPictograph(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdbff) || (code >= 0x2190 && code <= 0x21ff) || (code >= 0x2300 && code <= 0x23ff) || (code >= 0x2600 && code <= 0x27bf) || (code >= 0x2b00 && code <= 0x2bff);
}

function pictographBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (isPictograph(text.charCodeAt(k))) return true;
  return false;
}

/** Sentence numbers per token: false breaks merged ("9. klasse"), emoji breaks added. */
export function clauseIds(doc: Doc): Int32Array {
  return doc.memo('person:clauses', () => {
    const t = doc.tokens;
    const text = doc.norm.lower;
    const ids = new Int32Array(t.length);
    let id = 0;
    for (let i = 1; i < t.length; i += 1) {
      if (t[i].sentence !== t[i - 1].sentence) {
        const falseBreak = !t[i].capitalized && !t[i].numeric;
        const afterTitle = TITLES.has(t[i - 1].text) && t[i].capitalized;
        if (!falseBreak && !afterTitle) id += 1;
      } else if (t[i].capitalized && pictographBetween(text, t[i - 1].end, t[i].start)) id += 1;
      ids[i] = id;
    }
    return ids;
  });
}

/** Index of the first token whose end is after `offset` (tokens.length when none). */
export function tokenIndexAt(doc: Doc, offset: number): number {
  const t = doc.tokens;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when a word of two or more letters, s[from, to), has no lower-case letter ("BUP", "IGJEN"). */
function isAllUpper(s: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  for (let i = from; i < to; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 0x80) {
      const ch = s.charAt(i);
      if (ch !== ch.toUpperCase()) return false;
    }
  }
  return true;
}

/** "NRK-dokumentaren", "NAV-kontoret": an acronym before a hyphen names a thing, not a person. */
function acronymFirst(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    if (s.charCodeAt(i) === 0x2d) return i - from >= 2 && isAllUpper(s, from, i);
  }
  return false;
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * What the name test needs, once per analysis: organisation names and
 * colleagues' first names from the configuration (lower-cased), and per token
 * whether it is a known non-name, a greeting or a pronoun (from the word
 * lists' cached matches, so no look-up per token).
 */
interface NameCues {
  organizations: Set<string>;
  colleagues: Set<string>;
  /** Bits per token: 1 non-name, 2 greeting, 4 pronoun. */
  flags: Uint8Array;
}
const NON_NAME = 1;
const GREETING = 2;
const PRONOUN = 4;

function nameCues(doc: Doc, config: EngineConfig): NameCues {
  return doc.memo('person:nameCues', () => {
    const t = doc.tokens;
    const flags = new Uint8Array(t.length);
    for (const m of NON_NAMES.match(t)) flags[m.first] |= NON_NAME;
    for (const m of GREETINGS.match(t)) flags[m.first] |= GREETING;
    for (const m of PRONOUNS.match(t)) flags[m.first] |= PRONOUN;
    return {
      organizations: new Set(config.organizationNames.map((o) => o.toLowerCase())),
      colleagues: new Set(config.colleagueNames.map((n) => n.toLowerCase().split(' ')[0])),
      flags,
    };
  });
}

/** True when token i reads as a person's name. */
function looksLikeName(doc: Doc, i: number, clause: Int32Array, cues: NameCues, afterTitle: boolean): boolean {
  const tok = doc.tokens[i];
  if (!tok.capitalized || tok.numeric || tok.text.length < 2 || (cues.flags[i] & NON_NAME) !== 0 || hasDigit(tok.text)) return false;
  const from = doc.norm.origStart(tok.start);
  const to = doc.norm.origEnd(tok.end - 1);
  if (isAllUpper(doc.norm.original, from, to) || acronymFirst(doc.norm.original, from, to)) return false;
  const before = from > 0 ? doc.norm.original.charCodeAt(from - 1) : 0;
  if (before === 0x23 || before === 0x40) return false; // # @
  if (cues.organizations.size > 0 && cues.organizations.has(tok.text)) return false;
  if (afterTitle) return true;
  if (cues.colleagues.size > 0 && cues.colleagues.has(tok.text)) return true;
  const clauseStart = i === 0 || clause[i - 1] !== clause[i];
  // At the start of a sentence any word is capitalised: only a known first name counts,
  // and not one that addresses the reader ("Kari, ring …", "Arne, søknadene går …").
  if (clauseStart) return FIRST_NAMES.has(tok.text) && !isVocative(doc, i);
  const prev = doc.tokens[i - 1];
  if (PLACE_PREPOSITIONS.has(prev.text) && !FIRST_NAMES.has(tok.text)) return false;
  // "Hei Kari!", "Hi Tom,": the person addressed, not a third person
  if ((cues.flags[i - 1] & GREETING) !== 0) return false;
  // Function words and pronouns are capitalised only at a start we missed ("I", quotes).
  if ((cues.flags[i] & PRONOUN) !== 0 || FIRST_PERSON.has(tok.text) || SELF.has(tok.text)) return false;
  return true;
}

/**
 * "Kari, ta kontakt med …", "Arne, søknadene går gjennom NAV": a name that
 * opens the sentence, followed by a comma and a lower-case word, addresses the
 * reader. "Kari, Ola og Per …" (a list of names) does not.
 */
function isVocative(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const tok = t[i];
  if (!tok.sentenceStart || doc.norm.lower.charCodeAt(tok.end) !== 0x2c) return false;
  const next = t[i + 1];
  return next !== undefined && next.sentence === tok.sentence && !next.capitalized;
}

/**
 * A quick test before `personRefs`: false when the text has no word that could
 * point at a person (no pronoun, role, relative, title or group word, no
 * capitalised word inside a sentence or known first name, no "mum's", no
 * compound like "nabokona"). True does not mean there is a reference.
 */
export function mayReferToPerson(doc: Doc): boolean {
  const t = doc.tokens;
  for (let i = 0; i < t.length; i += 1) {
    const tok = t[i];
    if (tok.capitalized && !tok.numeric && (!tok.sentenceStart || FIRST_NAMES.has(tok.text))) return true;
    const w = tok.text;
    if (w.length < 4) continue;
    const last = w.charCodeAt(w.length - 1);
    if (last === 0x73 && (w.charCodeAt(w.length - 2) === 0x27 || w.charCodeAt(w.length - 2) === 0x2019)) return true;
    if (w.length >= 7 && HEAD_ENDS.has((w.charCodeAt(w.length - 2) << 16) | last)) return true;
    if (w.charCodeAt(0) >= 0x30 && w.charCodeAt(0) <= 0x39 && w.indexOf('-') > 0) return true; // "9-åring", "6-year-old"
  }
  return PRONOUNS.match(t).length > 0 || ROLES.match(t).length > 0 || RELATIVES.match(t).length > 0 || TITLES.match(t).length > 0 || GROUPS.match(t).length > 0 || HER_WORD.match(t).length > 0;
}

/** All references to one person, sorted by token position. */
export function personRefs(doc: Doc, config: EngineConfig): PersonRef[] {
  return doc.memo('person:refs', () => {
    const t = doc.tokens;
    const clause = clauseIds(doc);
    const cues = nameCues(doc, config);
    const refs: PersonRef[] = [];
    // 1 where a token belongs to a reference already (a typed array: no holes to look up)
    const at = new Uint8Array(t.length);
    const add = (r: PersonRef) => {
      if (at[r.first]) return;
      refs.push(r);
      for (let k = r.first; k < r.last; k += 1) at[k] = 1;
    };
    for (const m of TITLES.match(t)) {
      const next = m.last < t.length ? t[m.last] : undefined;
      if (!next) continue;
      if (ROOM_WORDS.has(m.term)) {
        const num = next.numeric ? m.last : next.text === 'nr' && m.last + 1 < t.length && t[m.last + 1].numeric ? m.last + 1 : -1;
        if (num >= 0) add({ first: m.first, last: num + 1, kind: 'room', strong: true });
      } else if (looksLikeName(doc, m.last, clause, cues, true)) {
        let last = m.last + 1;
        while (last < t.length && clause[last] === clause[m.first] && looksLikeName(doc, last, clause, cues, true) && t[last].start - t[last - 1].end <= 1) last += 1;
        add({ first: m.first, last, kind: 'title', strong: true });
      }
    }
    for (const m of PRONOUNS.match(t)) add({ first: m.first, last: m.last, kind: 'pronoun', strong: false });
    if (HER_WORD.match(t).length > 0 && readsAsEnglish(doc)) for (const m of HER_WORD.match(t)) add({ first: m.first, last: m.last, kind: 'pronoun', strong: false });
    for (const m of ROLES.match(t)) add({ first: m.first, last: m.last, kind: 'role', strong: false });
    for (const m of RELATIVES.match(t)) {
      if (ownRelative(t, m)) continue;
      add({ first: m.first, last: m.last, kind: 'relative', strong: false });
    }
    // One pass for two kinds of single-word reference:
    // "veslejenta i 2A", "bondekona": a compound that ends in a word for one private person;
    // "Mum's new mobile", "the patient's daughter": an English possessive of a relative or role.
    for (let i = 0; i < t.length; i += 1) {
      const w = t[i].text;
      if (w.length < 4 || at[i] || t[i].numeric) continue;
      const last = w.charCodeAt(w.length - 1);
      const q = w.charCodeAt(w.length - 2);
      if (last === 0x73 && (q === 0x27 || q === 0x2019)) {
        const stem = w.slice(0, -2);
        if (RELATIVES.has(stem) && !ownRelative(t, { first: i, last: i + 1 })) add({ first: i, last: i + 1, kind: 'relative', strong: false });
        else if (ROLES.has(stem)) add({ first: i, last: i + 1, kind: 'role', strong: false });
      } else if (w.charCodeAt(0) >= 0x30 && w.charCodeAt(0) <= 0x39) {
        // "ein 9-åring frå Åsvegen", "a 6-year-old": a child by age
        for (const age of AGE_NOUNS) {
          if (w.length > age.length && w.endsWith(age)) {
            add({ first: i, last: i + 1, kind: 'role', strong: false });
            break;
          }
        }
      } else if (w.length >= 7 && HEAD_ENDS.has((q << 16) | last)) {
        for (const head of COMPOUND_HEADS) {
          if (w.length - head.length >= COMPOUND_STEM && w.endsWith(head)) {
            if (!ownRelative(t, { first: i, last: i + 1 })) add({ first: i, last: i + 1, kind: 'relative', strong: false });
            break;
          }
        }
      }
    }
    for (const m of GROUPS.match(t)) {
      // "ein av (dei nye) elevane", "one of my 5th graders"
      for (let k = m.first - 1; k >= Math.max(1, m.first - 4); k -= 1) {
        if (OF_WORDS.has(t[k].text)) {
          if (ONE_WORDS.has(t[k - 1].text)) add({ first: k - 1, last: m.last, kind: 'member', strong: false });
          break;
        }
      }
    }
    // "K. som starta på cellegift", "A. (87) på avdeling B": an initial with a full stop points at one person.
    const lower = doc.norm.lower;
    for (let i = 0; i + 1 < t.length; i += 1) {
      const tok = t[i];
      if (at[i] || !tok.capitalized || tok.numeric || tok.end - tok.start !== 1 || lower.charCodeAt(tok.end) !== 0x2e) continue;
      if (clause[i + 1] !== clause[i] || (tok.text === 'i' && readsAsEnglish(doc))) continue;
      let last = i + 1;
      while (last < t.length && !at[last] && clause[last] === clause[i] && looksLikeName(doc, last, clause, cues, true) && t[last].start - t[last - 1].end <= 2) last += 1;
      add({ first: i, last, kind: 'name', strong: last > i + 1 });
    }
    for (let i = 0; i < t.length; i += 1) {
      if (at[i] || !t[i].capitalized) continue;
      if (looksLikeName(doc, i, clause, cues, false)) {
        let last = i + 1;
        while (last < t.length && !at[last] && clause[last] === clause[i] && looksLikeName(doc, last, clause, cues, true) && t[last].start - t[last - 1].end <= 1) last += 1;
        add({ first: i, last, kind: 'name', strong: true });
        i = last - 1;
      }
    }
    return refs.sort((a, b) => a.first - b.first);
  });
}

/**
 * True when the relative at [first, last) is the writer's own family: a
 * possessive right after ("mora mi") or up to two words before ("min (kjære)
 * søster", "my (lovely) mum"). Neighbours and friends stay third persons
 * ("naboen min", "my neighbour").
 */
function ownRelative(t: readonly Token[], m: { first: number; last: number }): boolean {
  // multi-word relatives ("next-door neighbour") start with a word that is itself non-kin or is a modifier of one
  if (NON_KIN.has(t[m.first].text) || NON_KIN.has(t[m.last - 1].text)) return false;
  if (m.last < t.length && OWN_AFTER.has(t[m.last].text)) return true;
  if (m.first > 0 && OWN_BEFORE.has(t[m.first - 1].text)) return true;
  // "min kjære søster", but not "my colleague's husband" or "mi venninne sin mann": a possessor in between owns the relative
  if (m.first > 1 && OWN_BEFORE.has(t[m.first - 2].text)) {
    const between = t[m.first - 1].text;
    return !(between.endsWith("'s") || between.endsWith('’s') || REFLEXIVES.has(between) || RELATIVES.has(between) || ROLES.has(between));
  }
  return false;
}

/** The writer's own relatives ("mora mi", "min kjære søster", "my mum"): token ranges, sorted. */
export function ownRelatives(doc: Doc): { first: number; last: number }[] {
  return doc.memo('person:ownRelatives', () => {
    const t = doc.tokens;
    const out: { first: number; last: number }[] = [];
    for (const m of RELATIVES.match(t)) if (ownRelative(t, m)) out.push({ first: m.first, last: m.last });
    return out;
  });
}

/** Token indices of first-person subject pronouns ("eg", "jeg", English "I"). */
export function firstPersonAt(doc: Doc): number[] {
  return doc.memo('person:first', () => {
    const out: number[] = [];
    const found = FIRST_PERSON_WORDS.match(doc.tokens);
    if (found.length === 0) return out;
    const english = readsAsEnglish(doc);
    for (const m of found) {
      if (doc.tokens[m.first].text === 'i') {
        // English "I" is upper-case, in an English text; Norwegian "I går", "I fjor" is a preposition.
        if (!english || doc.norm.original.charAt(doc.norm.origStart(doc.tokens[m.first].start)) !== 'I') continue;
      }
      out.push(m.first);
    }
    return out;
  });
}

type Cue = 'self' | 'office' | 'third' | 'name' | 'role';

function cues(doc: Doc, config: EngineConfig): (Cue | undefined)[] {
  return doc.memo('person:cues', () => {
    const out: (Cue | undefined)[] = new Array(doc.tokens.length);
    for (const r of personRefs(doc, config)) for (let k = r.first; k < r.last; k += 1) out[k] = r.kind === 'name' ? 'name' : r.kind === 'role' || r.kind === 'title' ? 'role' : 'third';
    for (const m of OFFICE.match(doc.tokens)) for (let k = m.first; k < m.last; k += 1) out[k] = 'office';
    // Compounds of an office word ("tildelingskontoret", "heimetenesta", "servicesenteret"): the office's own contact.
    for (let k = 0; k < doc.tokens.length; k += 1) if (out[k] === undefined && isOfficeCompound(doc.tokens[k].text)) out[k] = 'office';
    const t = doc.tokens;
    for (const m of SELF.match(t)) {
      if (m.last - m.first === 1 && POSSESSIVES.has(t[m.first].text)) {
        const before = m.first > 0 && ITEMS.has(t[m.first - 1].text);
        const after = m.last < t.length && (ITEMS.has(t[m.last].text) || t[m.last].numeric);
        if (!before && !after) continue;
      }
      for (let k = m.first; k < m.last; k += 1) out[k] = 'self';
    }
    // "e-posten sin", "nummeret sitt": a reflexive possessive beside the item's noun gives it to the sentence's (third-person) subject
    for (let k = 1; k < t.length; k += 1) if (REFLEXIVES.has(t[k].text) && ITEMS.has(t[k - 1].text)) out[k] = 'third';
    return out;
  });
}

/** Heads of office compounds: a word that ends in one after a first part of three letters or more is an office. */
const OFFICE_HEADS: readonly string[] = [
  'kontor', 'kontoret', 'kontora', 'kontorer', 'kontorene', 'office', 'tenesta', 'tenestene', 'tjenesten', 'tjenestene',
  'senteret', 'senter', 'sentralen', 'etaten', 'service', 'servicen', 'desk',
];
const OFFICE_MODIFIER = 3;
const isOfficeCompound = memoizeWord((w: string): boolean => {
  if (w.length < 7) return false;
  for (const head of OFFICE_HEADS) if (w.length >= head.length + OFFICE_MODIFIER && w.endsWith(head)) return true;
  return false;
});

/**
 * "Ring Anne på …", "Meld deg på hjå Ola …", "Call Tom on …": a sentence that
 * opens with a call to contact a named person makes that person a public
 * contact point (an organiser), not someone whose private number is leaked.
 */
function contactPoint(doc: Doc, nameAt: number, clause: Int32Array, c: (Cue | undefined)[]): boolean {
  let start = nameAt;
  while (start > 0 && clause[start - 1] === clause[nameAt] && nameAt - start < CONTACT_REACH) start -= 1;
  if (start > 0 && clause[start - 1] === clause[nameAt]) return false; // the opener must start the sentence
  if (!CONTACT.has(doc.tokens[start].text)) return false;
  // nothing that points at somebody else in between ("Ring faren til Emil"); a job title may ("Kontakt avdelingsleiar Kari")
  for (let k = start + 1; k < nameAt; k += 1) if (c[k] && c[k] !== 'role' && c[k] !== 'name') return false;
  return true;
}

/** How far a contact verb at the start of a sentence reaches ("Meld deg på hjå Ola"). */
const CONTACT_REACH = 5;

/** How far (in tokens) to look for whose an item is. */
const OWNER_BACK = 12;
const OWNER_AHEAD = 5;

/** Whose is the item at tokens [first, last)? See the module comment. */
export function ownerOf(doc: Doc, first: number, last: number, config: EngineConfig): Owner {
  const t = doc.tokens;
  if (t.length === 0) return 'unknown';
  const clause = clauseIds(doc);
  const c = cues(doc, config);
  const anchor = Math.min(Math.max(first, 0), t.length - 1);
  const own = clause[anchor];
  for (let k = first - 1; k >= 0 && k >= first - OWNER_BACK && clause[k] === own; k -= 1) {
    const cue = c[k];
    if (cue === 'name') return contactPoint(doc, k, clause, c) ? 'office' : 'third';
    if (cue === 'role') {
      // a job title right before a name ("avdelingsleiar Kari Olsen"): the name decides
      if (k + 1 < first && c[k + 1] === 'name') continue;
      return 'third';
    }
    if (cue === 'self' && SELF_OBJECTS.has(t[k].text)) {
      // "Hun ga meg det: …", "Mora sende meg e-posten": the giver owns it
      let giver = false;
      for (let j = k - 1; j >= 0 && j >= k - GIVER_REACH && clause[j] === own; j -= 1) if (c[j] === 'third' || c[j] === 'name' || c[j] === 'role') giver = true;
      if (giver) return 'third';
    }
    if (cue) return cue;
  }
  let k = last;
  for (; k < t.length && k < last + OWNER_AHEAD && clause[k] === own; k += 1) {
    const cue = c[k];
    if (cue) return cue === 'name' || cue === 'role' ? 'third' : cue;
  }
  // The next sentence may say whose it is: "… kontonr 1234.56.78903? Det er kontoen til ho eg er verge for", "It's my neighbour's".
  while (k < t.length && clause[k] === own) k += 1;
  if (k < t.length && t[k].sentence === t[last - 1].sentence + 1 && REFERRING_OPENERS.has(t[k].text)) {
    for (let j = k + 1; j < t.length && j <= k + NEXT_SENTENCE_REACH && t[j].sentence === t[k].sentence; j += 1) {
      const cue = c[j];
      if (cue) return cue === 'name' || cue === 'role' ? 'third' : cue;
    }
  }
  // A sentence that opens with the item ("Adressa er …", "The number is …") goes on from the sentence before:
  // "Kontoret vårt har sentralbord … Adressa er Rådhusvegen 2" is the office's.
  let open = anchor;
  while (open > 0 && t[open - 1].sentence === t[anchor].sentence) open -= 1;
  const lead = t[open].text === 'the' || t[open].text === 'our' || t[open].text === 'vår' ? open + 1 : open;
  if (open > 0 && lead < first && ITEMS.has(t[lead].text)) {
    const previous = t[open - 1].sentence;
    let cue: Cue | undefined;
    for (let j = open - 1; j >= 0 && t[j].sentence === previous && cue === undefined; j -= 1) cue = c[j];
    if (cue) return cue === 'name' || cue === 'role' ? 'third' : cue;
  }
  return 'unknown';
}

/** Words that open a sentence about the thing just named ("Det er …", "It's …"). */
const REFERRING_OPENERS = new Set(['det', 'dette', 'den', 'denne', 'it', "it's", 'it’s', 'this', 'that', "that's", 'that’s']);
/** How far into that sentence the owner may be named. */
const NEXT_SENTENCE_REACH = 6;
