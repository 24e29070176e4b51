/**
 * G2: health details about an identifiable person.
 *
 * A health term (diagnoses, treatment, admission, medication, mental health,
 * substance abuse, pregnancy, child welfare, sick leave; src/rules/data/health.*.json)
 * near a reference to one person (src/rules/shared/person.ts): in the same
 * sentence within 12 words before or 8 after, or within 6 words across a
 * sentence break.
 * - high: the person is named, addressed by title ("herr Skjelbreid") or by
 *   room ("han på rom 12");
 * - warning: a weaker reference (a pronoun, "pasienten", "sjefen vår",
 *   "dottera til …", "ein av elevane").
 * A care institution or ward (sjukeheim, omsorgssenter, legevakt, care home;
 * health-place.*.json) counts only right after the person (3 words; 8 when an
 * age follows the name: "Olga (92) som feirar bursdag på sjukeheimen"), and
 * not when the sentence says the person works there: warning.
 * Not reported: a health word as a topic ("foredrag om demens") or a
 * workplace ("jobbar i barnevernet"), a health word with no person ("Influensavaksinen er her",
 * "open dag på sjukeheimen"), a group ("bebuarane", "our residents"),
 * associations ("Kreftforeininga"), and one's own health: when "eg / jeg / I"
 * is nearer the health word than any other person ("eg er sjukmeld, takk til
 * sjefen"), or a sentence opens with the health word and names the person
 * only after it ("Operert i kneet i går, takk til Kari"), the writer speaks
 * of themself, which G2 does not cover.
 */
import { Lexicon, type TermMatch } from '../../engine/lexicon';
import { defineRule, type Doc, type Report } from '../../engine/rule';
import type { Token } from '../../engine/tokens';
import healthEn from '../data/health.en.json';
import healthNb from '../data/health.nb.json';
import healthNn from '../data/health.nn.json';
import placeEn from '../data/health-place.en.json';
import placeNb from '../data/health-place.nb.json';
import placeNn from '../data/health-place.nn.json';
import topicEn from '../data/health-topic.en.json';
import topicNb from '../data/health-topic.nb.json';
import topicNn from '../data/health-topic.nn.json';
import workEn from '../data/health-place-work.en.json';
import workNb from '../data/health-place-work.nb.json';
import workNn from '../data/health-place-work.nn.json';
import hearsayEn from '../data/health-hearsay.en.json';
import hearsayNb from '../data/health-hearsay.nb.json';
import hearsayNn from '../data/health-hearsay.nn.json';
import sensitiveEn from '../data/person-sensitive.en.json';
import sensitiveNb from '../data/person-sensitive.nb.json';
import sensitiveNn from '../data/person-sensitive.nn.json';
import agencyEn from '../data/health-agency.en.json';
import agencyNb from '../data/health-agency.nb.json';
import agencyNn from '../data/health-agency.nn.json';
import slangEn from '../data/health-slang.en.json';
import slangNb from '../data/health-slang.nb.json';
import slangNn from '../data/health-slang.nn.json';
import readerEn from '../data/person-reader.en.json';
import readerNb from '../data/person-reader.nb.json';
import readerNn from '../data/person-reader.nn.json';
import greetingEn from '../data/person-greeting.en.json';
import greetingNb from '../data/person-greeting.nb.json';
import greetingNn from '../data/person-greeting.nn.json';
import { clauseIds, firstPersonAt, mayReferToPerson, ownRelatives, personRefs, type PersonKind, type PersonRef } from '../shared/person';
import { healthCompounds, healthTerms, TRIGGER_LISTS } from './health-terms';

const HEALTH = Lexicon.fromLists(healthNn, healthNb, healthEn);
/** Confidential circumstances that are not health (prison, expulsion, bullying, eviction): reported like health details, with their own message. */
const SENSITIVE = Lexicon.fromLists(sensitiveNn, sensitiveNb, sensitiveEn);
const PLACES = Lexicon.fromLists(placeNn, placeNb, placeEn);
/** Every word that can start a report, in one list: one look-up decides for most texts that there is nothing to do. */
const TRIGGERS = Lexicon.fromLists(healthNn, healthNb, healthEn, sensitiveNn, sensitiveNb, sensitiveEn, placeNn, placeNb, placeEn, ...TRIGGER_LISTS);
const WORK = Lexicon.fromLists(workNn, workNb, workEn);
const TOPIC = Lexicon.fromLists(topicNn, topicNb, topicEn);
/** Services that act on someone ("Barnevernet henta …"): a sentence opening with one is not the writer's own health. */
const AGENCY = Lexicon.fromLists(agencyNn, agencyNb, agencyEn);
/** "Hei Randi, søknaden din om …": a reply to a named person; their possessions ("din", "your") point at them. */
const GREETINGS = Lexicon.fromLists(greetingNn, greetingNb, greetingEn);
const READER = Lexicon.fromLists(readerNn, readerNb, readerEn);
/** "syk god", "sick goal": a sick-word as praise, no health detail. */
const SLANG = Lexicon.fromLists(slangNn, slangNb, slangEn);
/** "har brystkreft, har eg høyrt", "I heard she has cancer": the writer passes on news, it is not their own health. */
const HEARSAY = Lexicon.fromLists(hearsayNn, hearsayNb, hearsayEn);
/** How near a verb of hearing stands to the writer's "eg" ("eg har høyrt"). */
const HEARSAY_REACH = 2;

/** "heimesjukepleie for mor di", "treatment for her son": the person a service or treatment is for. */
const FOR_WORDS = new Set(['for', 'til', 'åt', 'of']);
/** "brukaren som eg var hos", "the client that I visited". */
const RELATIVE_PRONOUNS = new Set(['som', 'that', 'who', 'whom']);
/** "application for", "søkt for": what follows is the thing applied for. */
const APPLIED = new Set(['application', 'applications', 'applied', 'apply', 'søknad', 'søknaden', 'søkt', 'søkte', 'søkjer', 'søker']);
/** Case words after a term: "… case", "… saka". */
const CASE_WORDS = new Set(['case', 'application', 'claim', 'sak', 'saka', 'saken', 'søknad', 'søknaden', 'vedtak', 'vedtaket']);
/** Copies of documents: "kopi av legeerklæringa", "a copy of your …". */
const COPY_WORDS = new Set(['kopi', 'kopien', 'kopiar', 'kopier', 'copy', 'copies', 'scan', 'skann', 'skanna', 'skannet']);
/** Words that join a list of topics ("om rus og psykisk helse", "about grief and depression"). */
const LIST_WORDS = new Set(['og', 'eller', 'and', 'or', '&']);
/** The writer or the writer's team between a person and a place: the place is where they are, not the person's. */
const WRITER_WORDS = new Set(['eg', 'jeg', 'me', 'vi', 'we']);
/** Prepositions between a work word and a workplace ("jobbar i barnevernet", "works in psychiatry"). */
const AT_WORDS = new Set(['i', 'på', 'ved', 'hjå', 'hos', 'for', 'in', 'at', 'on', 'for', 'with']);
/** "sjølv om", "selv om", "som om": "om" as a conjunction ("even if", "as if"), not "about". */
const CONJUNCTION_BEFORE_OM = new Set(['sjølv', 'sjøl', 'selv', 'som', 'enn']);
/** Opening quotation marks: « " “ ' ‘. */
const QUOTES = new Set([0xab, 0x22, 0x201c, 0x27, 0x2018]);
/** Indefinite articles: "ein mann", "a man" is nobody in particular. */
const ARTICLES = new Set(['ein', 'en', 'ei', 'eit', 'et', 'a', 'an']);
const BEFORE = 16;
const AFTER = 8;
const ACROSS = 6;
const PLACE_GAP = 3;
/** "Anna (95) … på sjukeheimen": an age right after a name marks an elderly resident; the place may be further on. */
const PLACE_GAP_WITH_AGE = 8;

function ageAfter(tokens: readonly { text: string; numeric: boolean }[], last: number): boolean {
  for (let k = last; k < tokens.length && k < last + 2; k += 1) {
    if (!tokens[k].numeric) continue;
    const n = Number(tokens[k].text);
    return n >= 60 && n <= 110;
  }
  return false;
}

/** A comma, semicolon, colon or dash between two tokens (the text between them is a few characters). */
function clauseMarkBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const c = text.charCodeAt(k);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

/** Tokens strictly between two spans; 0 when adjacent, -1 when they overlap. */
function gap(a: { first: number; last: number }, b: { first: number; last: number }): number {
  if (a.last <= b.first) return b.first - a.last;
  if (b.last <= a.first) return a.first - b.last;
  return -1;
}

/** Index of the first element whose `first` is at least `from` (elements sorted by first). */
function lowerBound<T extends { first: number }>(list: readonly T[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].first < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An own relative ("min kjære søster") within the window of a health word, in its sentence or the next/previous one. */
function ownFamilyNear(mine: readonly { first: number; last: number }[], h: { first: number; last: number }, clause: Int32Array): boolean {
  for (let k = lowerBound(mine, h.first - BEFORE - 4); k < mine.length && mine[k].first <= h.last + BEFORE; k += 1) {
    const o = mine[k];
    const g = gap(o, h);
    if (g >= 0 && g <= BEFORE && Math.abs(clause[o.first] - clause[h.first]) <= 1) return true;
  }
  return false;
}

/**
 * The second-person possessives of a text that opens by greeting a named
 * person ("Hei Randi. Søknaden din …", "Hi Tom, your sick note …"): in a
 * public reply they point at that person. None otherwise.
 */
function addressedReader(tokens: readonly Token[], clause: Int32Array): PersonRef[] {
  if (tokens.length < 3 || !GREETINGS.has(tokens[0].text) || !tokens[1].capitalized || tokens[1].numeric) return [];
  const out: PersonRef[] = [];
  for (const m of READER.match(tokens)) if (clause[m.first] <= clause[1] + 2) out.push({ first: m.first, last: m.last, kind: 'pronoun', strong: false });
  return out;
}

/**
 * "Besøkte Kari på omsorgssenteret": a care institution right after a person
 * (3 words; 8 when an age follows the name), unless someone works there or
 * the writer is there ("me på legevakta").
 */
function reportPlaces(doc: Doc, places: readonly TermMatch[], refs: readonly PersonRef[], clause: Int32Array, work: Uint8Array, report: (r: Report) => void): void {
  const tokens = doc.tokens;
  for (const p of places) {
    for (let k = lowerBound(refs, p.first - PLACE_GAP_WITH_AGE - 6); k < refs.length && refs[k].first < p.first; k += 1) {
      const r = refs[k];
      const g = gap(r, p);
      const limit = ageAfter(tokens, r.last) ? PLACE_GAP_WITH_AGE : PLACE_GAP;
      if (g < 0 || r.last > p.first || g > limit || clause[r.first] !== clause[p.first]) continue;
      let works = false;
      // "… jobbar på sjukeheimen", "Osafjorden, me på legevakta": a work word or the writer ("me", "we") between them
      for (let i = r.first; i < p.first && !works; i += 1) if (work[i] || WRITER_WORDS.has(tokens[i].text)) works = true;
      if (works) continue;
      report({ messageId: 'institution', suggestionId: 'health', severity: 'warning', start: p.start, end: p.end, data: { term: doc.norm.lower.slice(p.start, p.end) } });
      break;
    }
  }
}

/** Work words at their token positions ("jobbar", "sjukepleiar"). */
function workAt(tokens: readonly Token[]): Uint8Array {
  const work = new Uint8Array(tokens.length);
  for (const m of WORK.match(tokens)) work[m.first] = 1;
  return work;
}

export default defineRule({
  meta: {
    id: 'g2-health-person',
    guideline: 2,
    severity: 'high',
    description: 'Health details (diagnoses, admission, medication, mental health, substance abuse, pregnancy, child welfare) near a reference to one identifiable person.',
    messages: {
      healthNamed: {
        nn: 'Teksten knyter helseopplysningar («{term}») til ein namngjeven eller kjenneleg person. Helseopplysningar skal aldri publiserast.',
        nb: 'Teksten knytter helseopplysninger («{term}») til en navngitt eller gjenkjennelig person. Helseopplysninger skal aldri publiseres.',
        en: 'The text links health details (“{term}”) to a named or recognisable person. Health details must never be published.',
      },
      healthPerson: {
        nn: 'Teksten ser ut til å fortelja om helsa til ein annan person («{term}»). Helseopplysningar om brukarar og kollegaer skal ikkje publiserast.',
        nb: 'Teksten ser ut til å fortelle om helsen til en annen person («{term}»). Helseopplysninger om brukere og kolleger skal ikke publiseres.',
        en: 'The text seems to tell about another person’s health (“{term}”). Health details about clients and colleagues must not be published.',
      },
      circumstance: {
        nn: 'Teksten fortel om personlege forhold («{term}») til ein kjenneleg person. Slikt er omfatta av teieplikta og skal ikkje publiserast.',
        nb: 'Teksten forteller om personlige forhold («{term}») til en gjenkjennelig person. Slikt er omfattet av taushetsplikten og skal ikke publiseres.',
        en: 'The text tells about personal circumstances (“{term}”) of a recognisable person. These are covered by the duty of confidentiality and must not be published.',
      },
      institution: {
        nn: 'Teksten knyter ein person til ein helse- eller omsorgsinstitusjon («{term}»). Kven som bur eller er innlagd der, er helseopplysningar.',
        nb: 'Teksten knytter en person til en helse- eller omsorgsinstitusjon («{term}»). Hvem som bor eller er innlagt der, er helseopplysninger.',
        en: 'The text links a person to a care or health institution (“{term}”). Who lives or is treated there is health information.',
      },
    },
    suggestions: {
      health: {
        nn: 'Ta bort helseopplysningane eller alt som kan peika ut personen (namn, rom, avdeling).',
        nb: 'Fjern helseopplysningene eller alt som kan peke ut personen (navn, rom, avdeling).',
        en: 'Remove the health details or anything that points to the person (name, room, ward).',
      },
    },
  },
  check({ doc, config, report }) {
    const tokens = doc.tokens;
    if (tokens.length === 0) return;
    // One word list of every trigger and a scan for compounds first; most texts stop here.
    const compounds = healthCompounds(tokens);
    if (compounds.length === 0 && TRIGGERS.match(tokens).length === 0) return;
    // No word that could point at a person: nothing to report, whatever health words there are.
    if (!mayReferToPerson(doc)) return;
    const sensitive = SENSITIVE.match(tokens);
    const listed = sensitive.length === 0 ? HEALTH.match(tokens) : [...HEALTH.match(tokens), ...sensitive].sort((a, b) => a.first - b.first);
    const places = PLACES.match(tokens);
    const health = healthTerms(doc, listed, compounds);
    if (health.length === 0 && places.length === 0) return;
    const sensitiveAt = new Set<number>();
    for (const m of sensitive) sensitiveAt.add(m.first);
    const clause = clauseIds(doc);
    const covered = new Uint8Array(tokens.length);
    for (const m of health) for (let k = m.first; k < m.last; k += 1) covered[k] = 1;
    for (const m of places) for (let k = m.first; k < m.last; k += 1) covered[k] = 1;
    const refs = personRefs(doc, config).filter((r) => {
      for (let k = r.first; k < r.last; k += 1) if (covered[k]) return false;
      return true;
    });
    if (health.length === 0) {
      // Places only: nothing else to weigh.
      if (refs.length > 0) reportPlaces(doc, places, refs, clause, workAt(tokens), report);
      return;
    }
    const reader = addressedReader(doc.tokens, clause);
    if (refs.length === 0 && reader.length === 0) return;
    const refAt = new Uint8Array(tokens.length);
    for (const r of refs) for (let k = r.first; k < r.last; k += 1) refAt[k] = 1;
    // The reader's possessives join the window search but not the topic and workplace checks ("spørsmålet ditt om demens").
    const near = reader.length === 0 ? refs : [...refs, ...reader].sort((a, b) => a.first - b.first);
    const readerAt = new Set<number>();
    for (const r of reader) readerAt.add(r.first);
    const hearsay = HEARSAY.match(tokens);
    const heard = new Uint8Array(hearsay.length > 0 ? tokens.length : 0);
    for (const m of hearsay) heard[m.first] = 1;
    const reporting = (i: number) => {
      for (let k = Math.max(0, i - HEARSAY_REACH + 1); k <= i + HEARSAY_REACH && k < tokens.length; k += 1) if (k !== i && heard[k] && clause[k] === clause[i]) return true;
      return false;
    };
    // "the client I visited today", "brukaren som eg var hos": the writer in a clause about the person, not the subject
    const inRelative = (i: number) => (i > 0 && refAt[i - 1] === 1) || (i > 1 && RELATIVE_PRONOUNS.has(tokens[i - 1].text) && refAt[i - 2] === 1);
    const firsts = firstPersonAt(doc)
      .filter((i) => (hearsay.length === 0 || !reporting(i)) && !inRelative(i))
      .map((i) => ({ first: i, last: i + 1 }));
    const mine = ownRelatives(doc);
    const term = (m: TermMatch) => doc.norm.lower.slice(m.start, m.end);

    const work = workAt(tokens);
    const opensWithHealth = new Set<number>();
    for (const h of health) {
      if ((h.first === 0 || clause[h.first - 1] !== clause[h.first]) && !AGENCY.has(tokens[h.first].text)) opensWithHealth.add(clause[h.first]);
    }
    const slang = SLANG.match(tokens);
    // tokens inside a slang phrase ("heilt sjuk innsats", "sick of")
    const slangAt = new Set<number>();
    for (const m of slang) for (let k = m.first; k < m.last; k += 1) slangAt.add(k);
    /** End of the last health word read as a topic: "om rus og psykisk helse" is a topic throughout. */
    let topicEnd = -1;
    let reportedTo = -1; // last token of the previous report: overlapping terms ("vart lagd inn", "lagd inn på") report once
    for (const h of health) {
      if (h.first < reportedTo || (slang.length > 0 && slangAt.has(h.last - 1))) continue;
      // «vondt i hodet», "sick": a health word in scare quotes is irony, not a detail
      if (h.start > 0 && QUOTES.has(doc.norm.lower.charCodeAt(h.start - 1))) continue;
      // "foredrag om demens" (a topic); "jobbar i barnevernet", "works in psychiatry" (a workplace)
      // … but "søkjaren om sosialhjelp", "pasienten med kreft": a person right before the topic word is the one it is about
      // … and "vedtaket om heimesjukepleie for mor di": a person right after it, tied by for/til
      const forPerson = h.last + 1 < tokens.length && FOR_WORDS.has(tokens[h.last].text) && refAt[h.last + 1] === 1;
      // ("sjølv om hjartet skrantar", "even if": a conjunction, not a topic)
      if (h.first > 0 && TOPIC.has(tokens[h.first - 1].text) && !(h.first > 1 && (refAt[h.first - 2] || CONJUNCTION_BEFORE_OM.has(tokens[h.first - 2].text))) && !forPerson) {
        topicEnd = h.last;
        continue;
      }
      if (topicEnd >= 0 && h.first === topicEnd + 1 && LIST_WORDS.has(tokens[topicEnd].text) && !forPerson) {
        topicEnd = h.last;
        continue;
      }
      // ("legen meiner alzheimeren …": a work word two back counts only across a preposition)
      // ("Avdelingsleiar i barnevernet": a job title across a preposition is a workplace even though it names a person)
      if ((h.first > 0 && work[h.first - 1] && !refAt[h.first - 1]) || (h.first > 1 && work[h.first - 2] && AT_WORDS.has(tokens[h.first - 1].text))) continue;
      const isCircumstance = sensitiveAt.has(h.first);
      // "send meg kopi av …", "a copy of your residence permit": a document asked for is case handling (G8), not a detail told
      if ((h.first > 0 && COPY_WORDS.has(tokens[h.first - 1].text)) || (h.first > 1 && COPY_WORDS.has(tokens[h.first - 2].text)) || (h.first > 2 && COPY_WORDS.has(tokens[h.first - 3].text))) continue;
      let onlyReader = true;
      let bestGap = Infinity;
      /** Nearest reference in the health word's own sentence: a first-person subject there competes only with these. */
      let bestSameGap = Infinity;
      let strong = false;
      let before = false;
      let bestKind: PersonKind | null = null;
      for (let k = lowerBound(near, h.first - BEFORE - 4); k < near.length && near[k].first <= h.last + AFTER; k += 1) {
        const r = near[k];
        const g = gap(r, h);
        if (g < 0) continue;
        // "ein mann vart arrestert", "a man was arrested": news of someone unknown, not a confidential detail
        if (isCircumstance && (r.kind === 'relative' || r.kind === 'role') && r.first > 0 && ARTICLES.has(tokens[r.first - 1].text)) continue;
        const sameClause = clause[r.first] === clause[h.first] || clause[r.last - 1] === clause[h.first];
        const ok = sameClause ? (r.last <= h.first ? g <= BEFORE : g <= AFTER) : g <= ACROSS && Math.abs(clause[r.first] - clause[h.first]) === 1;
        if (!ok) continue;
        if (!readerAt.has(r.first)) onlyReader = false;
        if (g < bestGap) bestKind = r.kind;
        bestGap = Math.min(bestGap, g);
        if (sameClause) bestSameGap = Math.min(bestSameGap, g);
        if (r.last <= h.first) before = true;
        // A name anywhere in the window makes the person identifiable.
        if (r.strong) strong = true;
      }
      if (bestGap === Infinity) continue;
      // "your application for social assistance": what the reader applied for is their case (G8), not a health detail
      if (onlyReader && h.first > 1 && (TOPIC.has(tokens[h.first - 1].text) || (tokens[h.first - 1].text === 'for' && APPLIED.has(tokens[h.first - 2].text)))) continue;
      // "your family reunification case", "BPA-saka di": the reader's case (G8)
      if (onlyReader && h.first > 0 && readerAt.has(h.first - 1) && h.last < tokens.length && CASE_WORDS.has(tokens[h.last].text)) continue;
      // One's own health: a first-person subject nearer the health word, in its sentence.
      let own = false;
      // "Eg har det bra, berre litt kvalm om morgonen. Mannen …": the writer in the sentence outweighs a person in the next one.
      const ownReach = Math.min(bestSameGap, BEFORE);
      for (let k = lowerBound(firsts, h.first - ownReach - 1); k < firsts.length && firsts[k].first <= h.last + ownReach; k += 1) {
        const f = firsts[k];
        const fg = gap(f, h);
        if (clause[f.first] !== clause[h.first] || fg < 0) continue;
        // "eg har fått diabetes": the subject before the health word; after it, only when strictly nearer
        // and in the same clause ("Eleven min har prøvd å ta livet sitt, eg er heilt knust": a new clause after the comma).
        if (f.last <= h.first ? fg <= ownReach : fg < ownReach && !clauseMarkBetween(doc.norm.lower, tokens[h.last - 1].end, tokens[f.first].start)) own = true;
      }
      // "Sjukmeld med influensa, takk til sjefen": a sentence that opens with the health word is about the writer.
      if (own || (opensWithHealth.has(clause[h.first]) && !before)) continue;
      // "Hun er gravid! Gratulerer til min kjære søster": a pronoun for the writer's own family.
      if (!strong && bestKind === 'pronoun' && ownFamilyNear(mine, h, clause)) continue;
      reportedTo = h.last;
      report({
        messageId: sensitiveAt.has(h.first) ? 'circumstance' : strong ? 'healthNamed' : 'healthPerson',
        suggestionId: 'health',
        severity: strong ? 'high' : 'warning',
        start: h.start,
        end: h.end,
        data: { term: term(h) },
      });
    }

    reportPlaces(doc, places, refs, clause, work, report);
  },
});
