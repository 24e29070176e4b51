/**
 * References to colleagues (G4): colleague and boss words ("kollegaene mine",
 * "sjefen vår", "my manager"), a name or pronoun with a workplace unit ("Randi
 * på økonomi", "ho i resepsjonen", "Lars in accounting"), a name near a
 * workplace phrase ("på jobb", "office gossip", "oss andre"), a job title
 * before a workplace phrase ("helsesøster på jobben"), role and colleague
 * compounds ("økonomisjefen", "sjukepleiarkollegaen"), hints at unnamed
 * co-workers ("somme på jobben", "some people in this office"), and names
 * from configuration (colleagueNames). Also the remarks that make a statement
 * about a colleague a breach: criticism, irony, hints, gossip, health and
 * private life (word lists), and pointing at someone while laughing ("sjå på
 * Terje … 😂"); a remark that is a topic ("eit innlegg om mobbing") or the
 * writer's own ("eg er gravid") does not count, hearsay does ("eg har høyrt at").
 * Plain token scanning over the Lexicon matches: linear in the text.
 */
import { Lexicon, type TermMatch } from '../../engine/lexicon';
import { toOriginal } from '../../engine/normalize';
import type { Doc } from '../../engine/rule';
import type { Token } from '../../engine/tokens';
import type { EngineConfig } from '../../engine/types';
import colleagueEn from '../data/colleague.en.json';
import colleagueNb from '../data/colleague.nb.json';
import colleagueNn from '../data/colleague.nn.json';
import remarkEn from '../data/colleague-remark.en.json';
import remarkNb from '../data/colleague-remark.nb.json';
import remarkNn from '../data/colleague-remark.nn.json';
import healthEn from '../data/health.en.json';
import healthNb from '../data/health.nb.json';
import healthNn from '../data/health.nn.json';
import photoEn from '../data/photo-words.en.json';
import photoNb from '../data/photo-words.nb.json';
import photoNn from '../data/photo-words.nn.json';
import roleEn from '../data/colleague-role.en.json';
import roleNb from '../data/colleague-role.nb.json';
import roleNn from '../data/colleague-role.nn.json';
import unitEn from '../data/workplace-unit.en.json';
import unitNb from '../data/workplace-unit.nb.json';
import unitNn from '../data/workplace-unit.nn.json';
import workplaceEn from '../data/workplace.en.json';
import workplaceNb from '../data/workplace.nb.json';
import workplaceNn from '../data/workplace.nn.json';

const COLLEAGUES = Lexicon.fromLists(colleagueNn, colleagueNb, colleagueEn);
const UNITS = Lexicon.fromLists(unitNn, unitNb, unitEn);
/** Job titles: a co-worker when a workplace phrase follows ("helsesøster på jobben", "the nurse on the ward"). */
const ROLES = Lexicon.fromLists(roleNn, roleNb, roleEn);
/** Pronoun heads before "nye" and a job title ("han nye læraren"). */
const NEW_COWORKER_HEADS = new Set(['han', 'ho', 'hun']);
/** Owner words between a job title and the workplace phrase ("sjukepleiaren vår på avdelinga"). */
const ROLE_OWNERS = new Set(['vår', 'våre', 'vårt', 'our', 'min', 'mi', 'mine']);
const WORKPLACE = Lexicon.fromLists(workplaceNn, workplaceNb, workplaceEn);
const REMARKS = Lexicon.fromLists(remarkNn, remarkNb, remarkEn);
/** Photo words ("Bilete frå nattevakta: …"): capitalised at a sentence start, never a name. */
const PHOTO_WORDS = Lexicon.fromLists(photoNn, photoNb, photoEn);
/** Health details (G2's lists): about a colleague they are a personal statement too. */
const HEALTH = Lexicon.fromLists(healthNn, healthNb, healthEn);
/** Remarks from the health lists: they count only after the reference ("Back at work after surgery, my colleagues …" is the writer's). */
const HEALTH_REMARKS = new WeakSet<TermMatch>();

/** True for a remark about health (from the health lists, or a listed remark that is a health word: "kreft", "sjukmeld"). */
export function isHealthRemark(doc: Doc, m: TermMatch): boolean {
  return HEALTH_REMARKS.has(m) || HEALTH.has(doc.tokens[m.first].text);
}

/** True for a remark that counts only when it follows the colleague reference. */
export function isAfterOnlyRemark(m: TermMatch): boolean {
  return HEALTH_REMARKS.has(m);
}

/** Prepositions between a person and a workplace unit ("på", "i", "from"). */
const UNIT_PREPOSITIONS = new Set(['på', 'i', 'frå', 'fra', 'ved', 'hjå', 'hos', 'from', 'in', 'at', 'on']);
/** Heads that, before a preposition and a unit, point at a co-worker ("ho i resepsjonen", "the guy in IT"). */
const PERSON_HEADS = new Set([
  'han', 'ho', 'hun', 'henne', 'ham', 'dei', 'dem', 'fyren', 'karen', 'kara', 'dama', 'jenta', 'damene', 'gutane', 'gutta',
  'he', 'she', 'guy', 'girl', 'woman', 'lady', 'dude', 'people', 'folks', 'folk', 'folka',
  // Indefinite references that still point at a recognisable co-worker ("nokon på lønningskontoret", "whoever is on the late shift").
  'nokon', 'noen', 'person', 'personen', 'someone', 'somebody', 'whoever', 'anyone',
  // Hints at some co-workers without naming them ("somme på jobben", "enkelte på kontoret", "visse personar på …").
  'somme', 'enkelte', 'personar', 'personer',
]);
/** Words that open a relative clause after a person head ("ho som sit i skranken på servicetorget"). */
const RELATIVE = new Set(['som', 'who', 'that', 'is', 'was', 'er', 'var']);
/** Indefinite heads: the unit may come a few words later ("nokon idiotar i teknisk drift"). */
const INDEFINITE_HEADS = new Set(['nokon', 'noen', 'someone', 'somebody', 'whoever', 'anyone', 'person', 'personen']);
/** Before an indefinite head these make a request, not a statement ("Kan nokon på kveldsvakta …?"). */
const REQUEST_OPENERS = new Set(['kan', 'kunne', 'vil', 'gidd', 'gidder', 'can', 'could', 'will', 'would', 'does', 'is', 'har', 'has']);
/** A client noun after "ho eine", "han ene": a client, not a co-worker ("ho eine bebuaren"). */
const CLIENT_PREFIXES = ['bebuar', 'beboer', 'pasient', 'elev', 'brukar', 'bruker', 'klient', 'resident', 'patient', 'pupil', 'client', 'ungdom'];
/** Tokens a relative clause may run before the preposition and unit. */
const RELATIVE_WINDOW = 8;
/**
 * Endings of compound unit words ("skulekontoret", "personalavdelinga",
 * "IT-støtta", "ettermiddagsvakta"): a unit without listing every compound.
 */
const UNIT_SUFFIXES = [
  'kontoret', 'kontora', 'kontorene', 'avdelinga', 'avdelingen', 'avdelingane', 'etaten', 'vakta', 'vakten', 'vaktene', 'skiftet',
  'torget', 'bordet', 'støtta', 'støtten', 'seksjonen', 'eininga', 'enheten', 'shift',
];
/**
 * Endings of role compounds that name a superior ("kommunalsjefen",
 * "økonomisjefen vår", "Enhetslederen", "kjøkensjefen").
 */
const ROLE_SUFFIXES = ['sjefen', 'sjefar', 'sjefer', 'sjefane', 'sjefene', 'leiaren', 'lederen', 'leiarane', 'lederne'];
/** Owner words between a preposition and a unit ("in my office", "på vårt kontor"). */
const UNIT_OWNERS = new Set(['my', 'our', 'mitt', 'vårt', 'min', 'vår', 'mi', 'this', 'dette', 'denne']);
/** Endings of colleague compounds ("sjukepleiarkollegaen", "lærarkollegaene", "jobbkollegaen"). */
const COLLEAGUE_SUFFIXES = ['kollega', 'kollegaen', 'kollegaer', 'kollegar', 'kollegane', 'kollegaane', 'kollegaene', 'kolleger', 'kollegene'];
/** Role compounds outside the workplace ("brannsjefen", "politisjefen", "partileiaren"). */
const ROLE_OUTSIDE = ['brann', 'politi', 'forsvar', 'landslag', 'parti', 'fylkes', 'stortings', 'regjerings', 'lensmann', 'nav-'];
/** English role nouns after "our"/"my" and up to two words ("our lovely manager", "our new head of HR"). */
const EN_ROLES = new Set(['manager', 'boss', 'head', 'leader', 'supervisor', 'director', 'principal', 'coordinator', 'chief', 'lead']);
const EN_OWNERS = new Set(['our', 'my']);

/** "manager's" or "manager’s" → "manager". */
function withoutPossessive(text: string): string {
  return text.endsWith("'s") || text.endsWith('\u2019s') ? text.slice(0, -2) : text;
}

function endsWithAny(text: string, suffixes: readonly string[]): boolean {
  for (const s of suffixes) if (text.length > s.length + 2 && text.endsWith(s)) return true;
  return false;
}

function startsWithAny(text: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (text.startsWith(p)) return true;
  return false;
}

/** A role compound that names a superior at work ("økonomisjefen"), not the fire chief. */
function isRoleCompound(text: string): boolean {
  return endsWithAny(text, ROLE_SUFFIXES) && !startsWithAny(text, ROLE_OUTSIDE);
}
/** Adjectives allowed between a person head and the preposition ("ho nye på kontoret", "the new girl in IT"). */
const HEAD_ADJECTIVES = new Set(['nye', 'gamle', 'new', 'old']);
/** Units too general to make a sentence-initial capitalised word a name ("Sovna på jobb"). */
const GENERAL_UNITS = new Set(['jobb', 'jobben', 'arbeid', 'arbeidet', 'work', 'office', 'the office', 'kontor', 'kontoret']);
/** A capitalised word after these is a place ("på Voss"), not a person. */
const PLACE_PREPOSITIONS = new Set(['på', 'i', 'frå', 'fra', 'ved', 'til', 'mot', 'over', 'via', 'mellom', 'in', 'from', 'to', 'near', 'into']);
/** Capitalised words that open a sentence with a comma but are not names ("Hei, …"). */
const NOT_VOCATIVE = new Set([
  'hei', 'hallo', 'heisann', 'takk', 'ja', 'nei', 'jo', 'ok', 'okei', 'vel', 'jaja', 'haha', 'uff', 'huff', 'oi', 'åh', 'wow', 'orsak',
  'beklager', 'unnskyld', 'kjære', 'god', 'ha', 'hi', 'hello', 'hey', 'thanks', 'yes', 'no', 'well', 'so', 'sorry', 'dear', 'oh', 'lol',
]);
/** Token distance between a name and a workplace phrase. */
const WORKPLACE_WINDOW = 15;
/** Conjunctions that chain names ("Line og Morten på skolen"). */
const AND = new Set(['og', 'and', '&']);

/** First-person subject pronouns: a remark right after one is about the writer ("eg er gravid"). */
const FIRST_PERSON = new Set(['eg', 'jeg', "i'm", 'im', 'me', 'vi', 'we', "we're", "i've", "i'd"]);
/** Norwegian possessives before a noun ("etter mi sjukmelding"); after a noun they belong to it ("kollegaen min drikk"). */
const NO_POSSESSIVES = new Set(['mi', 'min', 'mitt', 'mine']);
/** Prepositions before a Norwegian prenominal possessive. */
const POSSESSIVE_PREPOSITIONS = new Set(['etter', 'før', 'under', 'med', 'av', 'om', 'på', 'i', 'frå', 'fra', 'til', 'for']);

/** "my surgery", "etter mi sjukmelding": the remark is the writer's own. */
function isOwnPossessive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.text === 'my') return true;
  if (!NO_POSSESSIVES.has(t.text)) return false;
  const before = tokens[k - 1];
  return !before || before.sentence !== t.sentence || POSSESSIVE_PREPOSITIONS.has(before.text);
}
/** "om mobbing", "about burnout" after a talk or course: the remark is a topic. */
const TOPIC_PREPOSITIONS = new Set(['om', 'about', 'on', 'for']);
const TOPIC_NOUNS = new Set([
  'innlegg', 'innlegget', 'foredrag', 'foredraget', 'kurs', 'kurset', 'tema', 'temaet', 'temadag', 'møte', 'møtet', 'presentasjon', 'undervisning', 'fagdag',
  'seminar', 'webinar', 'informasjon', 'info', 'kampanje', 'brosjyre', 'dokumentar', 'artikkel', 'bok', 'boka', 'boken', 'prosjekt', 'prosjektet',
  'talk', 'course', 'training', 'workshop', 'lesson', 'session', 'campaign', 'documentary', 'article', 'book', 'podcast', 'project', 'presentation',
  // An application is a matter too ("søkte om permisjon for sønnen", "applied for leave").
  'søkte', 'søkt', 'søker', 'søkjer', 'søknad', 'søknaden', 'spør', 'spurte', 'applied', 'application', 'asked',
]);
/** Words that are irony after a failure but praise when exclaimed or intensified. */
const SINCERE_WHEN_EXCLAIMED = new Set(['imponerande', 'imponerende', 'impressive']);
const INTENSIFIERS = new Set(['så', 'so', 'veldig', 'very', 'really', 'utruleg', 'utrolig', 'super', 'kjempe', 'heilt', 'helt', 'skikkeleg', 'skikkelig']);
/** "så imponerande", "imponerande!": praise, not irony. */
function isSincere(doc: Doc, m: TermMatch): boolean {
  const before = m.first > 0 ? doc.tokens[m.first - 1] : undefined;
  if (before && before.sentence === doc.tokens[m.first].sentence && INTENSIFIERS.has(before.text)) return true;
  const next = doc.norm.folded.charCodeAt(m.end);
  return next === 0x21;
}
/** Remarks that report hearsay: after a first-person subject they are still about someone else. */
const HEARSAY_PREFIXES = ['høyrt', 'høyrde', 'hørt', 'hørte', 'heard'];
function isHearsay(term: string): boolean {
  for (const p of HEARSAY_PREFIXES) if (term.startsWith(p)) return true;
  return false;
}
/** Auxiliaries and adverbs that may stand between the pronoun and the remark ("eg har vore sjukmeld"). */
const BETWEEN = new Set([
  'er', 'har', 'var', 'vart', 'vert', 'blei', 'ble', 'blir', 'vore', 'vært', 'fått', 'fekk', 'fikk', 'heilt', 'helt', 'litt', 'så', 'ikkje', 'ikke', 'hadde',
  'am', 'was', 'have', 'has', 'been', 'got', 'is', 'so', 'really', 'very', 'not', 'just', 'had',
]);

/** English words right after a sentence-initial "I" ("I had no idea"); Norwegian "I" (in) is followed by a noun or time word. */
const ENGLISH_AFTER_I = new Set(['had', 'have', 'am', 'was', 'got', 'really', 'just', 'do', 'did', "don't", "didn't", 'can', 'could', "can't", 'feel', 'felt', 'think', 'thought', 'know', 'knew']);

function isFirstPerson(t: Token, next?: Token): boolean {
  // English "I" is capitalised anywhere; Norwegian "i" (in) is not, except at a sentence start.
  if (t.text === 'i') return t.capitalized && (!t.sentenceStart || (next !== undefined && ENGLISH_AFTER_I.has(next.text)));
  return FIRST_PERSON.has(t.text);
}

export interface ColleagueMention {
  first: number;
  last: number;
  start: number;
  end: number;
  /** 'role': a job title before a workplace phrase ("sjukepleiaren på jobben"), often a group: health words alone do not make it a remark. */
  kind: 'word' | 'unit' | 'workplace' | 'config' | 'role';
}

/** Capitalised words that are never a colleague's name: pronouns and determiners at a sentence start. */
const NOT_NAMES = new Set([
  'eg', 'jeg', 'me', 'vi', 'du', 'de', 'dei', 'dere', 'dykk', 'oss', 'han', 'ho', 'hun', 'den', 'det', 'dette', 'denne', 'alle', 'ingen', 'nokon', 'noen',
  'we', 'you', 'they', 'he', 'she', 'it', 'this', 'that', 'everyone', 'nobody', 'someone',
]);

function isNameLike(doc: Doc, i: number, organization: ReadonlySet<string>): boolean {
  const t = doc.tokens[i];
  if (!t.capitalized || t.numeric || t.text.length < 2 || NOT_NAMES.has(t.text)) return false;
  if (organization.has(t.text) || PHOTO_WORDS.has(t.text)) return false;
  // All capitals ("BRANN", "NAV") is shouting or an acronym, not a name.
  const span = toOriginal(doc.norm, t.start, t.end);
  const original = doc.norm.original.slice(span.start, span.end);
  if (original.length > 1 && original === original.toUpperCase()) return false;
  return true;
}

/**
 * True at a sentence start, and after an emoji, a colon, a dash or a line break
 * ("… 💪 Feeling good"): there a capitalised word need not be a name.
 */
function startsClause(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (t.sentenceStart || i === 0) return true;
  const gap = doc.norm.folded.slice(doc.tokens[i - 1].end, t.start);
  for (let k = 0; k < gap.length; k += 1) {
    const c = gap.charCodeAt(k);
    if (c === 0x3a || c === 0x0a || c >= 0x2000) return true;
  }
  return false;
}

function unitMatchesByFirst(doc: Doc): Map<number, TermMatch> {
  return doc.memo('workplace-unit-by-first', () => {
    const map = new Map<number, TermMatch>();
    for (const m of UNITS.match(doc.tokens)) map.set(m.first, m);
    return map;
  });
}

const configLexicons = new Map<string, Lexicon>();

function colleagueNameLexicon(names: readonly string[]): Lexicon | null {
  if (names.length === 0) return null;
  const key = names.join('\u0000');
  let lexicon = configLexicons.get(key);
  if (!lexicon) {
    lexicon = new Lexicon(names.map((n) => n.toLowerCase().split('*').join('')));
    if (configLexicons.size > 32) configLexicons.clear();
    configLexicons.set(key, lexicon);
  }
  return lexicon;
}

function mention(tokens: readonly Token[], first: number, last: number, kind: ColleagueMention['kind']): ColleagueMention {
  return { first, last, start: tokens[first].start, end: tokens[last - 1].end, kind };
}

/** Every reference to a colleague, sorted by position. */
export function colleagueMentions(doc: Doc, config: EngineConfig): ColleagueMention[] {
  return doc.memo(`colleague:${config.colleagueNames.join('|')}:${config.organizationNames.join('|')}`, () => {
    const { tokens } = doc;
    const out: ColleagueMention[] = [];
    for (const m of COLLEAGUES.match(tokens)) {
      const next = tokens[m.last];
      if (next && next.sentence === tokens[m.first].sentence && startsWithAny(next.text, CLIENT_PREFIXES)) continue;
      out.push(mention(tokens, m.first, m.last, 'word'));
    }
    const roles = ROLES.match(tokens);
    if (roles.length > 0) {
      const places = new Map<number, TermMatch>();
      for (const p of WORKPLACE.match(tokens)) places.set(p.first, p);
      for (const r of roles) {
        // "han nye læraren", "ho nye sjukepleiaren": a new co-worker.
        if (r.first >= 2 && HEAD_ADJECTIVES.has(tokens[r.first - 1].text) && NEW_COWORKER_HEADS.has(tokens[r.first - 2].text) && tokens[r.first - 2].sentence === tokens[r.first].sentence) {
          out.push(mention(tokens, r.first - 2, r.last, 'unit'));
          continue;
        }
        const k = r.last < tokens.length && ROLE_OWNERS.has(tokens[r.last].text) ? r.last + 1 : r.last;
        const place = places.get(k);
        if (place && tokens[place.first].sentence === tokens[r.first].sentence) out.push(mention(tokens, r.first, place.last, 'role'));
      }
    }
    const names = colleagueNameLexicon(config.colleagueNames);
    if (names) for (const m of names.match(tokens)) out.push(mention(tokens, m.first, m.last, 'config'));

    const organization = new Set(config.organizationNames.map((n) => n.toLowerCase()));
    const units = unitMatchesByFirst(doc);
    /** The end of a unit starting at token k (a listed unit or a unit compound), or -1. */
    const unitAt = (k: number): number => {
      const listed = units.get(k);
      if (listed) return listed.last;
      if (endsWithAny(tokens[k].text, UNIT_SUFFIXES)) return k + 1;
      // "someone in my office", "han på vårt kontor": an owner word before the unit.
      if (UNIT_OWNERS.has(tokens[k].text) && k + 1 < tokens.length && tokens[k + 1].sentence === tokens[k].sentence) {
        const owned = units.get(k + 1);
        if (owned) return owned.last;
        if (endsWithAny(tokens[k + 1].text, UNIT_SUFFIXES)) return k + 2;
      }
      return -1;
    };
    // A name or a person head, optionally "X og Y", then a preposition and a unit.
    for (let i = 0; i + 2 < tokens.length; i += 1) {
      const head = tokens[i];
      const nextText = tokens[i + 1].text;
      // Cheap test first: a preposition, an adjective or "og" must follow.
      const indefinite = INDEFINITE_HEADS.has(head.text);
      if (!indefinite && !UNIT_PREPOSITIONS.has(nextText) && !HEAD_ADJECTIVES.has(nextText) && !AND.has(nextText) && !RELATIVE.has(nextText)) continue;
      if (indefinite && i > 0 && tokens[i - 1].sentence === head.sentence && REQUEST_OPENERS.has(tokens[i - 1].text)) continue;
      const isHead = PERSON_HEADS.has(head.text);
      const isName = !isHead && isNameLike(doc, i, organization);
      if (!isHead && !isName) continue;
      let j = i + 1;
      if (isHead && j < tokens.length && HEAD_ADJECTIVES.has(tokens[j].text)) j += 1;
      if (isName && j + 1 < tokens.length && AND.has(tokens[j].text) && isNameLike(doc, j + 1, organization)) j += 2;
      if (isHead && (RELATIVE.has(tokens[j].text) || (indefinite && !UNIT_PREPOSITIONS.has(tokens[j].text)))) {
        // "ho som sit i glasburet på teknisk": the first preposition and specific unit in the clause.
        for (let k = j + 1; k + 1 < tokens.length && k <= j + RELATIVE_WINDOW && tokens[k + 1].sentence === head.sentence; k += 1) {
          if (!UNIT_PREPOSITIONS.has(tokens[k].text)) continue;
          const last = unitAt(k + 1);
          if (last > 0 && !GENERAL_UNITS.has(tokens[k + 1].text)) {
            out.push(mention(tokens, i, last, 'unit'));
            break;
          }
        }
        continue;
      }
      if (j + 1 >= tokens.length || !UNIT_PREPOSITIONS.has(tokens[j].text) || tokens[j].sentence !== head.sentence) continue;
      const last = unitAt(j + 1);
      if (last < 0 || tokens[j + 1].sentence !== head.sentence) continue;
      if (isName && startsClause(doc, i) && GENERAL_UNITS.has(units.get(j + 1)?.term ?? '')) continue;
      out.push(mention(tokens, i, last, 'unit'));
    }

    // Role compounds ("kommunalsjefen vår") and English "our lovely manager", "my new team leader".
    for (let i = 0; i < tokens.length; i += 1) {
      const t = tokens[i].text;
      if (isRoleCompound(t) || endsWithAny(t, COLLEAGUE_SUFFIXES)) {
        out.push(mention(tokens, i, i + 1, 'word'));
        continue;
      }
      if (t === 'the') {
        // "the director's nephew", "the manager’s niece": the boss named through a relation.
        const next = tokens[i + 1];
        if (next && next.sentence === tokens[i].sentence && EN_ROLES.has(withoutPossessive(next.text)) && next.text !== withoutPossessive(next.text)) {
          out.push(mention(tokens, i, i + 2, 'word'));
        }
        continue;
      }
      if (!EN_OWNERS.has(t)) continue;
      for (let k = i + 1; k < tokens.length && k <= i + 3 && tokens[k].sentence === tokens[i].sentence; k += 1) {
        if (EN_ROLES.has(withoutPossessive(tokens[k].text))) {
          out.push(mention(tokens, i, k + 1, 'word'));
          break;
        }
      }
    }

    // A name close to a workplace phrase ("Helge, … på jobb", "Office gossip: apparently Lars …").
    const places = WORKPLACE.match(tokens);
    if (places.length > 0) {
      let p = 0;
      for (let i = 0; i < tokens.length; i += 1) {
        if (!isNameLike(doc, i, organization)) continue;
        const t = tokens[i];
        if (startsClause(doc, i)) {
          const next = tokens[i + 1];
          const comma = next !== undefined && doc.norm.folded.slice(t.end, next.start).includes(',');
          if (!comma || NOT_VOCATIVE.has(t.text)) continue;
        } else if (i > 0 && PLACE_PREPOSITIONS.has(tokens[i - 1].text) && !(i > 1 && LOOK_VERBS.has(tokens[i - 2].text))) continue;
        while (p < places.length && places[p].first < i - WORKPLACE_WINDOW) p += 1;
        let near = false;
        for (let q = p; q < places.length && places[q].first <= i + WORKPLACE_WINDOW && !near; q += 1) {
          near = Math.abs(tokens[places[q].first].sentence - t.sentence) <= 1;
        }
        if (near) out.push(mention(tokens, i, i + 1, 'workplace'));
      }
    }
    return out.sort((a, b) => a.first - b.first || b.last - a.last);
  });
}

/** Emoji that mark contempt next to a colleague reference (an eye-roll). */
const STRONG_EMOJI = ['\u{1F644}', '\u{1F643}', '\u{1F921}', '\u{1F922}', '\u{1F92E}', '\u{1F621}', '\u{1F620}', '\u{1F92C}'];
/** Emoji of innuendo (smirk, eyes): a remark only about a named or placed co-worker ("Arild på julebordet 😏"), not "kollegaen min bakte 😏". */
const WEAK_EMOJI = ['\u{1F60F}', '\u{1F440}', '\u{1F609}', '\u{1F62C}', '\u{1F914}'];
const REMARK_EMOJI = [...STRONG_EMOJI, ...WEAK_EMOJI];

/** True for an emoji of contempt (eye-roll, upside-down face, clown): it overrides praise ("our lovely manager 🙃"). */
export function isStrongEmojiRemark(m: TermMatch): boolean {
  return STRONG_EMOJI.includes(m.term);
}

/** True for a remark that counts only next to a specific person (a name, a name with a unit, a configured name). */
export function isWeakRemark(m: TermMatch): boolean {
  return WEAK_EMOJI.includes(m.term);
}

/** The emoji as remarks, each attached to the token just before it. Linear: one pass over the text per emoji kind. */
function emojiRemarks(doc: Doc): TermMatch[] {
  const { tokens } = doc;
  const text = doc.norm.lower;
  const positions: number[] = [];
  for (const e of REMARK_EMOJI) {
    for (let at = text.indexOf(e); at >= 0; at = text.indexOf(e, at + e.length)) positions.push(at);
  }
  if (positions.length === 0 || tokens.length === 0) return [];
  positions.sort((a, b) => a - b);
  const out: TermMatch[] = [];
  let k = 0;
  for (const at of positions) {
    while (k + 1 < tokens.length && tokens[k + 1].start < at) k += 1;
    if (tokens[k].start > at) continue;
    out.push({ term: text.slice(at, at + 2), first: k, last: k + 1, start: at, end: at + 2 });
  }
  return out;
}

/** Verbs before "på" that make the next capitalised word a person looked at, not a place ("sjå på Terje"). */
const LOOK_VERBS = new Set(['sjå', 'se', 'sjekk']);
/** Phrases that point the reader at someone ("sjå på Terje", "look at Trond", "check out"). */
const LOOKS = new Lexicon(['sjå på', 'se på', 'sjekk ut', 'sjekk på', 'look at', 'check out']);
/** Laughing words; with a laughing emoji they make a look phrase mocking. */
const LAUGHS = new Lexicon(['haha*', 'hehe*', 'lol']);
const LAUGH_EMOJI = ['\u{1F602}', '\u{1F923}'];
/** Praise in the sentence makes the laugh a friendly one ("sjå på kollegaane mine i nye uniformer 😂 så stilige!"). */
const LOOK_PRAISE = new Lexicon([
  'stilig', 'stilige', 'fin', 'fine', 'flott', 'flotte', 'flink', 'flinke', 'søt', 'søte', 'stolt', 'stolte', 'heldig', 'heldige', 'beste', 'proud', 'amazing',
  'lovely', 'great', 'best', 'beautiful', 'gorgeous', 'cute',
]);

/**
 * "Sjå på Terje som sovna 😂", "Haha look at Trond …": pointing the reader at
 * someone and laughing in the same sentence makes fun of them, unless the
 * sentence praises. The look phrase is the remark. Word-list matches and one
 * native search per laughing emoji: linear.
 */
function mockingLooks(doc: Doc): TermMatch[] {
  const { tokens } = doc;
  const looks = LOOKS.match(tokens);
  if (looks.length === 0) return [];
  const laughing = new Set<number>();
  for (const m of LAUGHS.match(tokens)) laughing.add(tokens[m.first].sentence);
  const text = doc.norm.lower;
  const positions: number[] = [];
  for (const e of LAUGH_EMOJI) for (let at = text.indexOf(e); at >= 0; at = text.indexOf(e, at + e.length)) positions.push(at);
  positions.sort((a, b) => a - b);
  let k = 0;
  for (const at of positions) {
    while (k + 1 < tokens.length && tokens[k + 1].start < at) k += 1;
    if (k < tokens.length && tokens[k].start < at) laughing.add(tokens[k].sentence);
  }
  if (laughing.size === 0) return [];
  for (const m of LOOK_PRAISE.match(tokens)) laughing.delete(tokens[m.first].sentence);
  return looks.filter((m) => laughing.has(tokens[m.first].sentence));
}

/** Remarks (criticism, gossip, health, private life), without those the writer makes about themselves. */
export function colleagueRemarks(doc: Doc): TermMatch[] {
  return doc.memo('colleague-remark', () => {
    const { tokens } = doc;
    const health = HEALTH.match(tokens);
    const listed = REMARKS.match(tokens);
    for (const m of health) HEALTH_REMARKS.add(m);
    const all = health.length === 0 ? listed : [...listed, ...health].sort((a, b) => a.first - b.first);
    const words = all.filter((m) => {
      // "my surgery", "mi sjukmelding": the writer's own.
      if (m.first > 0 && isOwnPossessive(tokens, m.first - 1)) return false;
      // "eit innlegg om mobbing", "a talk about burnout": a topic, not a statement about someone.
      if (m.first > 1 && TOPIC_PREPOSITIONS.has(tokens[m.first - 1].text) && TOPIC_NOUNS.has(tokens[m.first - 2].text)) return false;
      // "Imponerande." after a failure is irony; "så imponerande!" and "imponerande!" are praise.
      if (SINCERE_WHEN_EXCLAIMED.has(m.term) && isSincere(doc, m)) return false;
      // "Eg har høyrt at …", "I heard that …": hearsay about someone else, whoever heard it.
      if (isHearsay(m.term)) return true;
      let k = m.first - 1;
      while (k >= 0 && m.first - k <= 3 && BETWEEN.has(tokens[k].text)) k -= 1;
      return !(k >= 0 && tokens[k].sentence === tokens[m.first].sentence && isFirstPerson(tokens[k], tokens[k + 1]));
    });
    const emoji = emojiRemarks(doc);
    const looks = mockingLooks(doc);
    if (emoji.length === 0 && looks.length === 0) return words;
    return [...words, ...emoji, ...looks].sort((a, b) => a.first - b.first || a.start - b.start);
  });
}
