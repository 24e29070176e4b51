/**
 * References to the municipality as an organisation (heradet, kommunen,
 * kommunestyret, "the council", "Ulvik herad" from config organizationNames)
 * and to the professional and political matters that touch it (skulestruktur,
 * eigedomsskatt, nedlegging; budsjett and kutt when the municipality is named). Shared by G3, G11 and the
 * reminders. Results are memoised per analysis on the Doc.
 */
import { Lexicon, type TermMatch } from '../../engine/lexicon';
import type { Doc } from '../../engine/rule';
import type { EngineConfig } from '../../engine/types';
import municipalityEn from '../data/municipality.en.json';
import municipalityNb from '../data/municipality.nb.json';
import municipalityNn from '../data/municipality.nn.json';
import policyEn from '../data/policy-word.en.json';
import policyNb from '../data/policy-word.nb.json';
import policyNn from '../data/policy-word.nn.json';
import serviceEn from '../data/municipal-service.en.json';
import serviceNb from '../data/municipal-service.nb.json';
import serviceNn from '../data/municipal-service.nn.json';
import topicEn from '../data/municipal-topic.en.json';
import topicNb from '../data/municipal-topic.nb.json';
import topicNn from '../data/municipal-topic.nn.json';

const MUNICIPALITY = Lexicon.fromLists(municipalityNn, municipalityNb, municipalityEn);
const TOPICS = Lexicon.fromLists(topicNn, topicNb, topicEn);
const POLICY = Lexicon.fromLists(policyNn, policyNb, policyEn);
const SERVICES = Lexicon.fromLists(serviceNn, serviceNb, serviceEn);

/** Words that, after a one-word organisation name, make it the organisation ("Ulvik herad"), not the place ("Ulvik"). */
const ORG_SUFFIXES = [
  'herad',
  'heradet',
  'heradsstyre*',
  'herred',
  'kommune',
  'kommunes',
  'kommunestyre*',
  'municipality',
  "municipality's",
  'council',
  "council's",
];

const orgLexicons = new Map<string, Lexicon>();

/** A lexicon of the organisation's own names from configuration (cached per name list). */
export function organizationLexicon(names: readonly string[]): Lexicon | null {
  if (names.length === 0) return null;
  const key = names.join('\u0000');
  let lexicon = orgLexicons.get(key);
  if (!lexicon) {
    const terms: string[] = [];
    for (const raw of names) {
      const name = raw.trim().toLowerCase();
      if (!name || name.includes('*')) continue;
      if (name.includes(' ')) terms.push(name);
      else for (const suffix of ORG_SUFFIXES) terms.push(`${name} ${suffix}`);
    }
    lexicon = new Lexicon(terms);
    if (orgLexicons.size > 32) orgLexicons.clear();
    orgLexicons.set(key, lexicon);
  }
  return lexicon;
}

/** Merges match lists into one, sorted by position, without overlaps (the longer match wins). */
export function mergeMatches(...lists: readonly TermMatch[][]): TermMatch[] {
  const all = lists.flat().sort((a, b) => a.first - b.first || b.last - a.last);
  const out: TermMatch[] = [];
  for (const m of all) {
    const prev = out[out.length - 1];
    if (prev && m.first < prev.last) continue;
    out.push(m);
  }
  return out;
}

/**
 * English names of the town hall: the organisation when it acts, a place after a preposition ("a party at the town
 * hall"). Norwegian "på rådhuset" usually means the administration ("kva som går føre seg på rådhuset").
 */
const BUILDINGS: ReadonlySet<string> = new Set(['town hall', 'the town hall']);
/** English prepositions before "the town hall" ("at" alone could be Norwegian "that"). */
const PLACE_PREPOSITIONS_EN: ReadonlySet<string> = new Set(['at', 'in', 'inside', 'outside', 'near', 'by', 'from', 'to']);

/** Matches of the municipality as an organisation, sorted by position ("at the town hall" is a place, not the organisation). */
export function municipalityRefs(doc: Doc, config: EngineConfig): TermMatch[] {
  return doc.memo(`municipality:${config.organizationNames.join('|')}`, () => {
    const own = organizationLexicon(config.organizationNames);
    const { tokens } = doc;
    const found = MUNICIPALITY.match(tokens).filter((m) => {
      if (!BUILDINGS.has(m.term)) return true;
      const k = m.term === 'town hall' && tokens[m.first - 1]?.text === 'the' ? m.first - 2 : m.first - 1;
      const before = tokens[k];
      if (!before || before.sentence !== tokens[m.first].sentence) return true;
      return !PLACE_PREPOSITIONS_EN.has(before.text);
    });
    return mergeMatches(found, own ? own.match(tokens) : []);
  });
}

/**
 * Matches of municipal professional or political matters, sorted by position:
 * municipal by nature ("skulestruktur", "eigedomsskatt"), or general policy
 * words ("budsjett", "kutt", "the decision") when the text names the municipality
 * or one of its services ("bemanninga på sjukeheimen").
 */
export function municipalTopics(doc: Doc, config: EngineConfig): TermMatch[] {
  return doc.memo(`municipal-topic:${config.organizationNames.join('|')}`, () => {
    const topics = TOPICS.match(doc.tokens);
    if (municipalityRefs(doc, config).length === 0 && municipalServices(doc).length === 0) return topics;
    return mergeMatches(topics, POLICY.match(doc.tokens));
  });
}

/** Matches of the municipality's services (sjukeheimen, heimetenesta, skulen, "the care home"). */
export function municipalServices(doc: Doc): TermMatch[] {
  return doc.memo('municipal-service', () => SERVICES.match(doc.tokens));
}
