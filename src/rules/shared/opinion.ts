/**
 * Opinions and own-behalf disclaimers (G3): a strong evaluation ("skandale",
 * "må stoppast", "a disgrace"), a first-person stance ("eg meiner", "I think"), and
 * the disclaimer that makes clear the writer speaks for themselves ("på eigne
 * vegne", "mitt personlege syn", "speaking for myself"). The word lists cache their matches per text,
 * so asking again is free (and makes no closure per call).
 */
import { Lexicon, type TermMatch } from '../../engine/lexicon';
import type { Doc } from '../../engine/rule';
import opinionEn from '../data/opinion.en.json';
import opinionNb from '../data/opinion.nb.json';
import opinionNn from '../data/opinion.nn.json';
import stanceEn from '../data/opinion-stance.en.json';
import stanceNb from '../data/opinion-stance.nb.json';
import stanceNn from '../data/opinion-stance.nn.json';
import matterEn from '../data/opinion-matter.en.json';
import matterNb from '../data/opinion-matter.nb.json';
import matterNn from '../data/opinion-matter.nn.json';
import ownEn from '../data/own-behalf.en.json';
import questionEn from '../data/opinion-question.en.json';
import questionNb from '../data/opinion-question.nb.json';
import questionNn from '../data/opinion-question.nn.json';
import ownNb from '../data/own-behalf.nb.json';
import ownNn from '../data/own-behalf.nn.json';

const OPINION = Lexicon.fromLists(opinionNn, opinionNb, opinionEn);
const STANCE = Lexicon.fromLists(stanceNn, stanceNb, stanceEn);
const OWN_BEHALF = Lexicon.fromLists(ownNn, ownNb, ownEn);
const MATTERS = Lexicon.fromLists(matterNn, matterNb, matterEn);
const QUESTIONS = Lexicon.fromLists(questionNn, questionNb, questionEn);

/** Negations: with a stance verb they make a critical view ("eg trur ikkje heradet har råd"). */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'ikkje',
  'ikkj',
  'ikke',
  'itte',
  'aldri',
  'not',
  'never',
  "don't",
  "doesn't",
  "isn't",
  "won't",
  "can't",
  "aren't",
  "haven't",
  "hasn't",
  "didn't",
  "couldn't",
  "wouldn't",
  "shouldn't",
  'don’t',
  'doesn’t',
  'isn’t',
  'won’t',
  'can’t',
]);

/** Modal verbs that, right after the municipality, make a normative claim ("kommunen må", "the council should"). */
export const NORMATIVE_MODALS: ReadonlySet<string> = new Set([
  'må',
  'bør',
  'burde',
  'skulle',
  'must',
  'should',
  'needs',
  'ought',
]);

const MODALS = new Lexicon([...NORMATIVE_MODALS]);

/** Normative modal verbs anywhere in the text (a cheap trigger: "kommunen må" needs one). */
export function modalMatches(doc: Doc): TermMatch[] {
  return MODALS.match(doc.tokens);
}

/** First-person opinion verbs ("eg meiner", "I think"). */
export function stanceMatches(doc: Doc): TermMatch[] {
  return STANCE.match(doc.tokens);
}

/** Question words that open a critical question with a modal or a negation ("kvifor klarer ikkje kommunen …"). */
export function questionMatches(doc: Doc): TermMatch[] {
  return QUESTIONS.match(doc.tokens);
}

/** Evaluative words and phrases ("skandale", "heilt feil", "a disgrace"). */
export function opinionMatches(doc: Doc): TermMatch[] {
  return OPINION.match(doc.tokens);
}

/**
 * Municipal matters beyond the shared topic list (rotas, parking fees, bus routes, refugee settlement): an opinion
 * only when an evaluation judges them in their sentence.
 */
export function matterMatches(doc: Doc): TermMatch[] {
  return MATTERS.match(doc.tokens);
}

export function ownBehalfMatches(doc: Doc): TermMatch[] {
  return OWN_BEHALF.match(doc.tokens);
}

/** True when the text says anywhere that the writer speaks on their own behalf. */
export function hasOwnBehalfDisclaimer(doc: Doc): boolean {
  return ownBehalfMatches(doc).length > 0;
}
