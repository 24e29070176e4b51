/**
 * Health terms beyond the plain word lists, for the G2 health rule:
 * - injuries: a verb of injury and a body part within two words ("braut
 *   lårhalsen", "brekte ho armen", "broke her hip"), from
 *   health-injury-verb.*.json and health-body-part.*.json;
 * - failing organs: an organ or faculty and a verb of failing within two
 *   words, in either order ("hjartet hennar sviktar", "dårleg hjarte", "his
 *   kidneys are failing"), from health-organ.*.json and health-failing.*.json;
 * - compounds: a word that ends in a health head after a first part of at
 *   least three letters ("hjarteoperasjon", "blærebetennelsen",
 *   "kreftdiagnosen"), from health-compound.*.json. The heads are stored
 *   backwards in a trie, so a word is read from its last letter and most
 *   words stop after one or two steps; no slicing.
 * Results are term matches like the word lists give, sorted by position.
 */
import { Lexicon, nearPairs, type TermMatch, type WordList } from '../../engine/lexicon';
import type { Doc } from '../../engine/rule';
import type { Token } from '../../engine/tokens';
import compoundNb from '../data/health-compound.nb.json';
import compoundNn from '../data/health-compound.nn.json';
import partEn from '../data/health-body-part.en.json';
import partNb from '../data/health-body-part.nb.json';
import partNn from '../data/health-body-part.nn.json';
import verbEn from '../data/health-injury-verb.en.json';
import verbNb from '../data/health-injury-verb.nb.json';
import verbNn from '../data/health-injury-verb.nn.json';
import organEn from '../data/health-organ.en.json';
import organNb from '../data/health-organ.nb.json';
import organNn from '../data/health-organ.nn.json';
import failingEn from '../data/health-failing.en.json';
import failingNb from '../data/health-failing.nb.json';
import failingNn from '../data/health-failing.nn.json';

const VERBS = Lexicon.fromLists(verbNn, verbNb, verbEn);
const PARTS = Lexicon.fromLists(partNn, partNb, partEn);
const ORGANS = Lexicon.fromLists(organNn, organNb, organEn);
const FAILING = Lexicon.fromLists(failingNn, failingNb, failingEn);
/** Words between the organ and the verb of failing, either way round ("hjartet hennar sviktar", "dårleg hjarte"). */
const FAILING_GAP = 2;
/** Words between the verb and the body part ("braut ho armen", "broke her left wrist"). */
const INJURY_GAP = 2;
/** Letters before the head: "hjarte-", "blære-"; shorter is a word of its own ("kreft" is in the plain list). */
const MIN_STEM = 3;

/**
 * The heads, stored backwards as a table of states (state × letter class →
 * next state), so a word is read from its last letter with one array look-up
 * per letter; most words stop after one or two steps; no slicing.
 */
const CLASS = new Uint8Array(0x250);
let classes = 1; // class 0: a letter no head has
const heads = [...compoundNn.terms, ...compoundNb.terms];
for (const head of heads) {
  for (let i = 0; i < head.length; i += 1) {
    const c = head.charCodeAt(i);
    if (c < CLASS.length && CLASS[c] === 0) CLASS[c] = classes++;
  }
}
const rows: Int32Array[] = [new Int32Array(classes)];
const ends: boolean[] = [false];
let shortestHead = Infinity;
for (const head of heads) {
  shortestHead = Math.min(shortestHead, head.length);
  let state = 0;
  for (let i = head.length - 1; i >= 0; i -= 1) {
    const k = CLASS[head.charCodeAt(i)];
    if (rows[state][k] === 0) {
      rows[state][k] = rows.length;
      rows.push(new Int32Array(classes));
      ends.push(false);
    }
    state = rows[state][k];
  }
  ends[state] = true;
}
const NEXT = new Int32Array(rows.length * classes);
rows.forEach((row, state) => NEXT.set(row, state * classes));
const END = Uint8Array.from(ends, (e) => (e ? 1 : 0));
/** The shortest word that can be a compound: a head and a first part. */
const MIN_WORD = shortestHead + MIN_STEM;
const EXCLUDED = new Lexicon([...(compoundNn.exclude ?? []), ...(compoundNb.exclude ?? [])].map((w) => `${w}*`), [], false);

/** True when the word is a compound that ends in a health head ("hjarteoperasjonen"). */
export function isHealthCompound(word: string): boolean {
  if (word.length < MIN_WORD) return false;
  let state = 0;
  for (let i = word.length - 1; i >= MIN_STEM; i -= 1) {
    const c = word.charCodeAt(i);
    const k = c < CLASS.length ? CLASS[c] : 0;
    if (k === 0) return false;
    state = NEXT[state * classes + k];
    if (state === 0) return false;
    if (END[state] === 1) return !EXCLUDED.has(word);
  }
  return false;
}

/**
 * The word-list matches merged with injuries and compound health words, sorted
 * by position; where two start at one token the longer wins. One caller (the health rule), so not memoised.
 */
/** The lists that start an injury or a failing organ (their verbs), for a rule's one-list trigger test. */
export const TRIGGER_LISTS: readonly WordList[] = [verbNn, verbNb, verbEn, failingNn, failingNb, failingEn];

/** Compound health words ("hjarteoperasjonen") among the tokens, in order. */
export function healthCompounds(t: readonly Token[]): TermMatch[] {
  const out: TermMatch[] = [];
  for (let i = 0; i < t.length; i += 1) {
    const tok = t[i];
    if (tok.text.length >= MIN_WORD && !tok.numeric && isHealthCompound(tok.text)) out.push({ term: tok.text, first: i, last: i + 1, start: tok.start, end: tok.end });
  }
  return out;
}

export function healthTerms(doc: Doc, listed: readonly TermMatch[], compounds: readonly TermMatch[]): TermMatch[] {
  const t = doc.tokens;
  const out: TermMatch[] = [...compounds];
  const verbs = VERBS.match(t);
  if (verbs.length > 0) {
    const parts = PARTS.match(t);
    for (const { a: v, b: p } of nearPairs(verbs, parts, INJURY_GAP + 1)) {
      if (v.last > p.first || p.first - v.last > INJURY_GAP) continue;
      out.push({ term: `${v.term} ${p.term}`, first: v.first, last: p.last, start: v.start, end: p.end });
    }
  }
  const failing = FAILING.match(t);
  if (failing.length > 0) {
    for (const { a: o, b: f } of nearPairs(ORGANS.match(t), failing, FAILING_GAP + 1, (k) => t[k].sentence)) {
      const first = Math.min(o.first, f.first);
      const last = Math.max(o.last, f.last);
      if (o.first < f.last && f.first < o.last) continue;
      out.push({ term: `${t[first].text} ${t[last - 1].text}`, first, last, start: t[first].start, end: t[last - 1].end });
    }
  }
  if (out.length === 0) return listed as TermMatch[];
  const merged = [...listed, ...out].sort((a, b) => a.first - b.first || b.last - a.last);
  return merged.filter((m, k) => k === 0 || merged[k - 1].first !== m.first);
}
