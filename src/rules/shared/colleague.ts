/**
 * References to colleagues (G4): colleague and boss words ("kollegaene mine",
 * "sjefen vår", "my manager"), a name or pronoun with a workplace unit ("Randi
 * på økonomi", "ho i resepsjonen", "Lars in accounting"), a name near a
 * workplace phrase ("på jobb", "office gossip", "oss andre"), a job title
 * before a workplace phrase, a unit or a name ("helsesøster på jobben",
 * "kokken på skulekjøkenet", "Vaktmeister Jostein"), a short unit hyphened to
 * a name ("IT-Kenneth"), role and colleague
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
import type { Doc } from '../../engine/rule';
import type { Token } from '../../engine/tokens';
import type { EngineConfig } from '../../engine/types';
import { memoizeWord } from '../../engine/word-memo';
import { WordFlags } from '../g4/word-flags';
import colleagueEn from '../data/colleague.en.json';
import colleagueNb from '../data/colleague.nb.json';
import colleagueNn from '../data/colleague.nn.json';
import complaintEn from '../data/colleague-complaint.en.json';
import complaintNb from '../data/colleague-complaint.nb.json';
import complaintNn from '../data/colleague-complaint.nn.json';
import moreUnitEn from '../data/colleague-unit.en.json';
import moreUnitNb from '../data/colleague-unit.nb.json';
import moreUnitNn from '../data/colleague-unit.nn.json';
import moreWorkplaceEn from '../data/colleague-workplace.en.json';
import moreWorkplaceNb from '../data/colleague-workplace.nb.json';
import moreWorkplaceNn from '../data/colleague-workplace.nn.json';
import firstnames from '../data/person-firstname.any.json';
import relativeEn from '../data/person-relative.en.json';
import relativeNb from '../data/person-relative.nb.json';
import relativeNn from '../data/person-relative.nn.json';
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
const UNITS = Lexicon.fromLists(unitNn, unitNb, unitEn, moreUnitNn, moreUnitNb, moreUnitEn);
/** Job titles: a co-worker when a workplace phrase follows ("helsesøster på jobben", "the nurse on the ward"). */
const ROLES = Lexicon.fromLists(roleNn, roleNb, roleEn);
/** Pronoun heads before "nye" and a job title ("han nye læraren"). */
const NEW_COWORKER_HEADS = new Set(['han', 'ho', 'hun']);
/** Courtesy titles before a surname, and "gamle" before a first name ("Gamle Torvald på avdelinga"): a client or a stranger. */
const TITLES = new Set(['herr', 'fru', 'frøken', 'mr', 'mrs', 'ms', 'miss', 'dr', 'gamle']);
/** "ny kokk", "nye læraren", "the new nurse". */
const NEW_WORDS = new Set(['ny', 'nye', 'new']);
/** Head nouns after a unit ("the night shift guy", "IT-folka"): a co-worker named by the unit. */
const UNIT_HEAD_NOUNS = new Set(['guy', 'guys', 'girl', 'lady', 'woman', 'man', 'people', 'folks', 'crew', 'lot', 'fyren', 'dama', 'folka', 'folket', 'gjengen', 'damene', 'gutta']);
/** Owner words between a job title and the workplace phrase ("sjukepleiaren vår på avdelinga"). */
const ROLE_OWNERS = new Set(['vår', 'våre', 'vårt', 'our', 'min', 'mi', 'mine']);
const WORKPLACE = Lexicon.fromLists(workplaceNn, workplaceNb, workplaceEn, moreWorkplaceNn, moreWorkplaceNb, moreWorkplaceEn);
const REMARKS = Lexicon.fromLists(remarkNn, remarkNb, remarkEn);
/** Weariness and irritation ("lei av", "sick of"): about their object even after a first-person subject ("eg er så lei av at …"). */
const COMPLAINTS = Lexicon.fromLists(complaintNn, complaintNb, complaintEn);
/** Common given names: a capitalised word at a sentence start before a unit is a name only when it is one ("Word from the town hall" is not). */
const FIRST_NAMES = Lexicon.fromLists(firstnames);
/** Relatives: "far min døydde", "my dad was ill" is about the writer's own family. */
const RELATIVES = Lexicon.fromLists(relativeNn, relativeNb, relativeEn);
/** Photo words ("Bilete frå nattevakta: …"): capitalised at a sentence start, never a name. */
const PHOTO_WORDS = Lexicon.fromLists(photoNn, photoNb, photoEn);
/** Health details (G2's lists): about a colleague they are a personal statement too. */
const HEALTH = Lexicon.fromLists(healthNn, healthNb, healthEn);
/** Remarks from the health lists: they count only after the reference ("Back at work after surgery, my colleagues …" is the writer's). */
const HEALTH_REMARKS = new WeakSet<TermMatch>();
/** Remarks from the complaint lists: they stand even after a first-person subject. */
const COMPLAINT_REMARKS = new WeakSet<TermMatch>();

/** True for a remark about health (from the health lists, or a listed remark that is a health word: "kreft", "sjukmeld"). */
export function isHealthRemark(doc: Doc, m: TermMatch): boolean {
  return HEALTH_REMARKS.has(m) || HEALTH.has(doc.tokens[m.first].text);
}

/** True for a complaint ("lei av", "sick of"): about a colleague only when the reference follows it ("lei av at kollegaen …"). */
export function isComplaintRemark(m: TermMatch): boolean {
  return COMPLAINT_REMARKS.has(m);
}

/** True for a remark that counts only when it follows the colleague reference. */
export function isAfterOnlyRemark(m: TermMatch): boolean {
  return HEALTH_REMARKS.has(m);
}

/** Prepositions between a person and a workplace unit ("på", "i", "from"). */
const UNIT_PREPOSITIONS = new Set(['på', 'i', 'frå', 'fra', 'ved', 'hjå', 'hos', 'from', 'in', 'at', 'on']);
/** Heads that, before a preposition and a unit, point at a co-worker ("ho i resepsjonen", "the guy in IT"). */
const PERSON_HEADS_LIST = [
  'han', 'ho', 'hun', 'henne', 'ham', 'dei', 'dem', 'fyren', 'karen', 'kara', 'dama', 'jenta', 'damene', 'gutane', 'gutta',
  'mannen', 'kvinna', 'kvinnen', 'damen',
  'he', 'she', 'guy', 'girl', 'woman', 'lady', 'dude', 'people', 'folks', 'folk', 'folka', 'gjengen', 'gjengi',
  // Indefinite references that still point at a recognisable co-worker ("nokon på lønningskontoret", "whoever is on the late shift").
  'nokon', 'noen', 'person', 'personen', 'someone', 'somebody', 'whoever', 'anyone',
  // Hints at some co-workers without naming them ("somme på jobben", "enkelte på kontoret", "visse personar på …").
  'somme', 'enkelte', 'personar', 'personer',
];
const PERSON_HEADS = new Set(PERSON_HEADS_LIST);
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
  'torget', 'bordet', 'støtta', 'støtten', 'seksjonen', 'eininga', 'enheten', 'shift', 'kjøkkenet', 'kjøkenet',
];
/**
 * Endings of role compounds that name a superior ("kommunalsjefen",
 * "økonomisjefen vår", "Enhetslederen", "kjøkensjefen").
 */
const ROLE_SUFFIXES = ['sjef', 'sjefen', 'sjefar', 'sjefer', 'sjefane', 'sjefene', 'leiar', 'leder', 'leiaren', 'lederen', 'leiarane', 'lederne'];
/** Owner words between a preposition and a unit ("in my office", "på vårt kontor"). */
const UNIT_OWNERS = new Set(['my', 'our', 'the', 'mitt', 'vårt', 'min', 'vår', 'mi', 'this', 'dette', 'denne']);
/** Endings of colleague compounds ("sjukepleiarkollegaen", "lærarkollegaene", "jobbkollegaen"). */
const COLLEAGUE_SUFFIXES = ['kollega', 'kollegaen', 'kollegaer', 'kollegar', 'kollegane', 'kollegaane', 'kollegaene', 'kolleger', 'kollegene'];
/** Role compounds outside the workplace ("brannsjefen", "politisjefen", "partileiaren"). */
const ROLE_OUTSIDE = ['brann', 'politi', 'forsvar', 'landslag', 'parti', 'fylkes', 'stortings', 'regjerings', 'lensmann', 'nav-'];
/** English role nouns after "our"/"my" and up to two words ("our lovely manager", "our new head of HR"). */
const EN_ROLES = new Set(['manager', 'boss', 'head', 'leader', 'supervisor', 'director', 'principal', 'coordinator', 'chief', 'lead']);
const EN_OWNERS = new Set(['our', 'my']);

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
const FIRST_PERSON = new Set(['eg', 'jeg', 'æ', 'je', "i'm", 'im', 'me', 'vi', 'we', "we're", "i've", "i'd"]);
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
  // All capitals ("BRANN", "NAV") is shouting or an acronym, not a name: the second letter tells.
  const second = doc.norm.original.charCodeAt(doc.norm.origStart(t.start) + 1);
  if ((second >= 0x41 && second <= 0x5a) || (second >= 0xc0 && second <= 0xde && second !== 0xd7)) return false;
  return !organization.has(t.text) && !PHOTO_WORDS.has(t.text);
}

/**
 * True at a sentence start, and after an emoji, a colon, a dash or a line break
 * ("… 💪 Feeling good"): there a capitalised word need not be a name.
 */
function startsClause(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (t.sentenceStart || i === 0) return true;
  const text = doc.norm.folded;
  for (let k = doc.tokens[i - 1].end; k < t.start; k += 1) {
    const c = text.charCodeAt(k);
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

/** Bits of what a word can be in a colleague reference; computed once per distinct word. */
const F_HEAD = 1;
const F_INDEF = 1 << 1;
const F_UPREP = 1 << 2;
const F_HADJ = 1 << 3;
const F_AND = 1 << 4;
const F_REL = 1 << 5;
const F_REQ = 1 << 6;
const F_ROLEC = 1 << 7;
const F_COLLC = 1 << 8;
const F_USUF = 1 << 9;
const F_UOWN = 1 << 10;
const F_ENOWN = 1 << 11;
const F_ENROLE = 1 << 12;
const F_POSS = 1 << 13;
const F_THE = 1 << 14;
const F_NOTNAME = 1 << 15;
const F_PLACEP = 1 << 16;
const F_LOOK = 1 << 17;
const F_CLIENT = 1 << 18;
const F_ROLEOWN = 1 << 19;
const F_NEWHEAD = 1 << 20;
const F_HOST = 1 << 21;
const F_US = 1 << 22;
const F_HERE = 1 << 23;
/** Any bit that can start a reference in the token scan (a head or a compound); names are tested separately. */
const F_SCAN = F_HEAD | F_INDEF | F_ROLEC | F_COLLC | F_THE | F_ENOWN;
/** Words after a head or a name that can continue a reference. */
const F_FOLLOW = F_UPREP | F_HADJ | F_AND | F_REL | F_HOST | F_HERE;

/** "Arve hjå oss i vaktmeistertenesta", "Berit hos oss": a name placed at the writer's own workplace. */
const HOST_PREPOSITIONS = new Set(['hjå', 'hos', 'with']);
const US = new Set(['oss', 'us']);
const HERE = new Set(['her']);

const F_OUTSIDE = 1 << 24;
const F_ROLEEND = 1 << 25;

/** Every word the reference scan asks about, with its flags; built on first use (the sets are defined further down). */
let flagTrie: WordFlags | null = null;

function buildFlagTrie(): WordFlags {
  const trie = new WordFlags()
    .words(PERSON_HEADS, F_HEAD)
    .words(INDEFINITE_HEADS, F_INDEF)
    .words(UNIT_PREPOSITIONS, F_UPREP)
    .words(HEAD_ADJECTIVES, F_HADJ)
    .words(AND, F_AND)
    .words(RELATIVE, F_REL)
    .words(REQUEST_OPENERS, F_REQ)
    .words(UNIT_OWNERS, F_UOWN)
    .words(EN_OWNERS, F_ENOWN)
    .words(EN_ROLES, F_ENROLE)
    .words([...EN_ROLES].flatMap((r) => [`${r}'s`, `${r}\u2019s`]), F_ENROLE | F_POSS)
    .word('the', F_THE)
    .words(NOT_NAMES, F_NOTNAME)
    .words(PLACE_PREPOSITIONS, F_PLACEP)
    .words(LOOK_VERBS, F_LOOK)
    .words(CLIENT_PREFIXES, F_CLIENT, true)
    .words(ROLE_OWNERS, F_ROLEOWN)
    .words(NEW_COWORKER_HEADS, F_NEWHEAD)
    .words(HOST_PREPOSITIONS, F_HOST)
    .words(US, F_US)
    .words(HERE, F_HERE)
    .words(ROLE_OUTSIDE, F_OUTSIDE, true);
  // Compounds need at least three letters before the ending ("økonomi|sjefen").
  // Group compounds are heads too ("vaskeri-gjengen på andre skift", "kjøkkengjengen").
  trie.endingList(['gjengen', 'gjengi'], F_HEAD, 3);
  // A carer is no leader: "sjukepleiar" ends in "leiar".
  trie.endingList(['pleiar', 'pleiaren', 'pleiarar', 'pleiarane'], F_OUTSIDE, 0);
  trie.endingList(ROLE_SUFFIXES, F_ROLEEND, 3).endingList(COLLEAGUE_SUFFIXES, F_COLLC, 3).endingList(UNIT_SUFFIXES, F_USUF, 3);
  return trie;
}

/** A word's flags, remembered across texts (the lexicon index has hashed the token's text already, so the look-up is cheap). */
const flagsOfWord = memoizeWord((text: string): number => {
  let f = (flagTrie ??= buildFlagTrie()).of(text);
  // A role compound names a superior at work ("økonomisjefen"), not the fire chief ("brannsjefen").
  if ((f & (F_ROLEEND | F_OUTSIDE)) === F_ROLEEND) f |= F_ROLEC;
  return f;
});

/** A token's flags, worked out only when the scan asks (most tokens are skipped on length and case alone). */
function fl(scan: Scan, i: number): number {
  let f = scan.flags[i];
  if (f < 0) scan.flags[i] = f = flagsOfWord(scan.doc.tokens[i].text);
  return f;
}

/** Words that can open a reference without a capital letter: person heads, "the", "our"/"my". */
const OPENERS = new Lexicon([...PERSON_HEADS_LIST, 'the', 'our', 'my']);
/** Role, colleague and group compounds are at least this long ("etatssjef": three letters or more before "sjef"). */
const MIN_COMPOUND = 7;

const organizationSets = new Map<string, ReadonlySet<string>>();

function organizationSet(names: readonly string[], key: string): ReadonlySet<string> {
  let set = organizationSets.get(key);
  if (!set) {
    set = new Set(names.map((n) => n.toLowerCase()));
    if (organizationSets.size > 32) organizationSets.clear();
    organizationSets.set(key, set);
  }
  return set;
}

/** What the reference scan of one text keeps (plain functions, no closures per call). */
interface Scan {
  doc: Doc;
  /** Flags per token, -1 until asked. */
  flags: Int32Array;
  organization: ReadonlySet<string>;
  /** Name-likeness per token, once asked: 1 yes, 2 no. */
  names: Uint8Array;
  units: Map<number, TermMatch> | null;
}

function nameLike(scan: Scan, i: number): boolean {
  if (!scan.doc.tokens[i].capitalized || (fl(scan, i) & F_NOTNAME) !== 0) return false;
  if (scan.names[i] === 0) scan.names[i] = isNameLike(scan.doc, i, scan.organization) ? 1 : 2;
  return scan.names[i] === 1;
}

/** Longest unit before the hyphen of a unit-name token ("IT-Kenneth", "NAV-Siri"). */
const UNIT_NAME_PREFIX = 4;
/** True for a capitalised token of a short unit, a hyphen and a capitalised name ("IT-Kenneth"). */
function unitNamed(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const h = t.text.indexOf('-');
  if (h <= 0 || h > UNIT_NAME_PREFIX || h + 2 >= t.text.length) return false;
  const c = doc.norm.original.charCodeAt(doc.norm.origStart(t.start + h + 1));
  if (!((c >= 0x41 && c <= 0x5a) || c === 0xc6 || c === 0xd8 || c === 0xc5)) return false;
  return UNITS.has(t.text.slice(0, h));
}

/** The end of a unit starting at token k (a listed unit or a unit compound), or -1. */
function unitAt(scan: Scan, k: number): number {
  const { doc } = scan;
  const units = (scan.units ??= unitMatchesByFirst(doc));
  const listed = units.get(k);
  if (listed) return listed.last;
  if ((fl(scan, k) & F_USUF) !== 0) return k + 1;
  // "someone in my office", "han på vårt kontor": an owner word before the unit.
  const tokens = doc.tokens;
  if ((fl(scan, k) & F_UOWN) !== 0 && k + 1 < tokens.length && tokens[k + 1].sentence === tokens[k].sentence) {
    const owned = units.get(k + 1);
    if (owned) return owned.last;
    if ((fl(scan, k + 1) & F_USUF) !== 0) return k + 2;
  }
  return -1;
}

/** English role nouns, for the quick test (a Lexicon: matched with every other list at no extra walk). */
const EN_ROLE_WORDS = new Lexicon([...EN_ROLES].flatMap((r) => [r, `${r}'s`, `${r}\u2019s`]));

/**
 * A quick necessary test for colleagueMentions: every kind of reference needs a
 * listed colleague, role, unit or workplace word, an English role noun, a
 * configured name, or a compound by its ending ("økonomisjefen",
 * "skulekontoret"). Word-list matches (shared with every other list) and an
 * ending walk over long words only.
 */
export function mayMentionColleague(doc: Doc, config: EngineConfig): boolean {
  return doc.memo('colleague-possible', () => {
    const { tokens } = doc;
    if (config.colleagueNames.length > 0) return true;
    if (COLLEAGUES.match(tokens).length > 0 || ROLES.match(tokens).length > 0 || EN_ROLE_WORDS.match(tokens).length > 0) return true;
    // A unit counts after a preposition or an owner word ("på økonomi", "in our office") or before a head noun ("IT guy"): "it" and "work" alone are no unit.
    for (const u of UNITS.match(tokens)) {
      const before = u.first > 0 ? tokens[u.first - 1].text : '';
      if (UNIT_PREPOSITIONS.has(before) || UNIT_OWNERS.has(before) || (u.last < tokens.length && UNIT_HEAD_NOUNS.has(tokens[u.last].text))) return true;
    }
    // A workplace phrase counts near a name: a capital inside a sentence, or a sentence-initial word before a comma ("Helge, …").
    if (WORKPLACE.match(tokens).length > 0) {
      const text = doc.norm.folded;
      for (const t of tokens) if (t.capitalized && (!t.sentenceStart || text.charCodeAt(t.end) === 0x2c)) return true;
    }
    const trie = (flagTrie ??= buildFlagTrie());
    for (let i = 0; i < tokens.length; i += 1) {
      if (tokens[i].end - tokens[i].start < MIN_COMPOUND) continue;
      if ((trie.endingFlags(tokens[i].text) & (F_ROLEEND | F_COLLC | F_HEAD | F_USUF)) !== 0) return true;
    }
    // "IT-Kenneth": only texts with a hyphen are walked.
    if (doc.norm.folded.indexOf('-') >= 0) for (let i = 0; i < tokens.length; i += 1) if (tokens[i].capitalized && unitNamed(doc, i)) return true;
    return false;
  });
}

/** Every reference to a colleague, sorted by position. */
export function colleagueMentions(doc: Doc, config: EngineConfig): ColleagueMention[] {
  // A constant key without names (the usual case): a fresh string would be hashed again at every call.
  const plain = config.colleagueNames.length === 0 && config.organizationNames.length === 0;
  const orgKey = plain ? '' : config.organizationNames.join('|');
  return doc.memo(plain ? 'colleague:' : `colleague:${config.colleagueNames.join('|')}:${orgKey}`, () => {
    const { tokens } = doc;
    const n = tokens.length;
    const scan: Scan = { doc, flags: new Int32Array(n).fill(-1), organization: organizationSet(config.organizationNames, orgKey), names: new Uint8Array(n), units: null };
    const out: ColleagueMention[] = [];
    for (const m of COLLEAGUES.match(tokens)) {
      const next = m.last;
      if (next < n && tokens[next].sentence === tokens[m.first].sentence && (fl(scan, next) & F_CLIENT) !== 0) continue;
      out.push(mention(tokens, m.first, m.last, 'word'));
    }
    const roles = ROLES.match(tokens);
    if (roles.length > 0) {
      const places = new Map<number, TermMatch>();
      for (const p of WORKPLACE.match(tokens)) places.set(p.first, p);
      for (const r of roles) {
        // "han nye læraren", "ho nye sjukepleiaren": a new co-worker.
        if (r.first >= 2 && (fl(scan, r.first - 1) & F_HADJ) !== 0 && (fl(scan, r.first - 2) & F_NEWHEAD) !== 0 && tokens[r.first - 2].sentence === tokens[r.first].sentence) {
          out.push(mention(tokens, r.first - 2, r.last, 'unit'));
          continue;
        }
        // "ny kokk", "den nye læraren", "the new nurse": a recognisable new co-worker.
        if (r.first >= 1 && NEW_WORDS.has(tokens[r.first - 1].text) && tokens[r.first - 1].sentence === tokens[r.first].sentence) {
          out.push(mention(tokens, r.first - 1, r.last, 'unit'));
          continue;
        }
        // "Vaktmeister Jostein", "kokk Hanne": a job title before a name is a co-worker by name.
        if (r.last < n && tokens[r.last].sentence === tokens[r.first].sentence && nameLike(scan, r.last)) {
          out.push(mention(tokens, r.first, r.last + 1, 'unit'));
          continue;
        }
        const k = r.last < n && (fl(scan, r.last) & F_ROLEOWN) !== 0 ? r.last + 1 : r.last;
        const place = places.get(k);
        if (place && tokens[place.first].sentence === tokens[r.first].sentence) {
          out.push(mention(tokens, r.first, place.last, 'role'));
          continue;
        }
        // "kokken på sjukeheimskjøkenet", "the nurses at the emergency room": a job title, a preposition and a unit.
        if (k + 1 < n && (fl(scan, k) & F_UPREP) !== 0 && tokens[k + 1].sentence === tokens[r.first].sentence) {
          const last = unitAt(scan, k + 1);
          if (last > 0 && !GENERAL_UNITS.has(tokens[k + 1].text)) out.push(mention(tokens, r.first, last, 'role'));
        }
      }
    }
    const names = colleagueNameLexicon(config.colleagueNames);
    if (names) for (const m of names.match(tokens)) out.push(mention(tokens, m.first, m.last, 'config'));

    const openers = new Uint8Array(n);
    for (const m of OPENERS.match(tokens)) openers[m.first] = 1;
    for (let i = 0; i < n; i += 1) {
      const capitalized = tokens[i].capitalized;
      // A long lower-case word matters only as a compound ("økonomisjefen", "kjøkkengjengen"): its ending decides, without a look-up.
      if (openers[i] === 0 && !capitalized && (tokens[i].end - tokens[i].start < MIN_COMPOUND || ((flagTrie ??= buildFlagTrie()).endingFlags(tokens[i].text) & (F_ROLEEND | F_COLLC | F_HEAD)) === 0)) continue;
      const f = fl(scan, i);
      if ((f & F_SCAN) === 0 && !capitalized) continue;
      // "IT-Kenneth", "VA-Geir": a unit joined to a name by a hyphen.
      if (capitalized && (f & F_SCAN) === 0 && unitNamed(doc, i)) {
        out.push(mention(tokens, i, i + 1, 'unit'));
        continue;
      }
      // Role compounds ("kommunalsjefen vår") and colleague compounds ("lærarkollegaen").
      if ((f & (F_ROLEC | F_COLLC)) !== 0) {
        out.push(mention(tokens, i, i + 1, 'word'));
        continue;
      }
      if ((f & F_THE) !== 0) {
        // "the director's nephew", "the manager’s niece": the boss named through a relation.
        if (i + 1 < n && tokens[i + 1].sentence === tokens[i].sentence && (fl(scan, i + 1) & (F_ENROLE | F_POSS)) === (F_ENROLE | F_POSS)) out.push(mention(tokens, i, i + 2, 'word'));
        continue;
      }
      if ((f & F_ENOWN) !== 0) {
        // "our lovely manager", "my new team leader".
        for (let k = i + 1; k < n && k <= i + 3 && tokens[k].sentence === tokens[i].sentence; k += 1) {
          if ((fl(scan, k) & F_ENROLE) !== 0) {
            out.push(mention(tokens, i, k + 1, 'word'));
            break;
          }
        }
        continue;
      }
      // A name or a person head, optionally "X og Y", then a preposition and a unit.
      if (i + 2 >= n) continue;
      const head = tokens[i];
      const indefinite = (f & F_INDEF) !== 0;
      if (!indefinite && (fl(scan, i + 1) & F_FOLLOW) === 0) continue;
      if (indefinite && i > 0 && tokens[i - 1].sentence === head.sentence && (fl(scan, i - 1) & F_REQ) !== 0) continue;
      const isHead = (f & F_HEAD) !== 0;
      // "Herr Skjelbreid", "Mrs Olsen": colleagues go by first name; a title marks a client or a stranger.
      const isName = !isHead && nameLike(scan, i) && !(i > 0 && TITLES.has(tokens[i - 1].text));
      if (!isHead && !isName) continue;
      let j = i + 1;
      if (isHead && (fl(scan, j) & F_HADJ) !== 0) j += 1;
      if (isName && j + 1 < n && (fl(scan, j) & F_AND) !== 0 && nameLike(scan, j + 1)) j += 2;
      if (isName && j + 1 < n && tokens[j].sentence === head.sentence) {
        // "Arve hjå oss (i vaktmeistertenesta)", "Berit her på avdelinga": at the writer's workplace.
        if ((fl(scan, j) & F_HOST) !== 0 && (fl(scan, j + 1) & F_US) !== 0) {
          if (!startsClause(doc, i) || (j + 2 < n && (fl(scan, j + 2) & F_UPREP) !== 0)) out.push(mention(tokens, i, j + 2, 'unit'));
          continue;
        }
        if ((fl(scan, j) & F_HERE) !== 0 && (fl(scan, j + 1) & F_UPREP) !== 0) j += 1;
      }
      if (isHead && ((fl(scan, j) & F_REL) !== 0 || (indefinite && (fl(scan, j) & F_UPREP) === 0))) {
        // "ho som sit i glasburet på teknisk": the first preposition and specific unit in the clause.
        for (let k = j + 1; k + 1 < n && k <= j + RELATIVE_WINDOW && tokens[k + 1].sentence === head.sentence; k += 1) {
          if ((fl(scan, k) & F_UPREP) === 0) continue;
          const last = unitAt(scan, k + 1);
          if (last > 0 && !GENERAL_UNITS.has(tokens[k + 1].text)) {
            out.push(mention(tokens, i, last, 'unit'));
            break;
          }
        }
        continue;
      }
      if (j + 1 >= n || (fl(scan, j) & F_UPREP) === 0 || tokens[j].sentence !== head.sentence) continue;
      const last = unitAt(scan, j + 1);
      if (last < 0 || tokens[j + 1].sentence !== head.sentence) continue;
      // At a sentence start a capitalised word is a name only when it is a common given name, and then not before a general unit ("Sovna på jobb", "Word from the town hall").
      if (isName && startsClause(doc, i) && (!FIRST_NAMES.has(head.text) || GENERAL_UNITS.has(scan.units!.get(j + 1)?.term ?? ''))) continue;
      out.push(mention(tokens, i, last, 'unit'));
    }

    // A unit right before a head noun ("the night shift guy", "IT folka").
    // Often a plain pointer ("our IT guy is on holiday"): innuendo emoji alone do not make it a remark ('word').
    for (const u of UNITS.match(tokens)) {
      if (u.last < n && UNIT_HEAD_NOUNS.has(tokens[u.last].text) && tokens[u.last].sentence === tokens[u.first].sentence && !GENERAL_UNITS.has(u.term)) out.push(mention(tokens, u.first, u.last + 1, 'word'));
    }

    // A name close to a workplace phrase ("Helge, … på jobb", "Office gossip: apparently Lars …").
    const places = WORKPLACE.match(tokens);
    if (places.length > 0) {
      let p = 0;
      for (let i = 0; i < n; i += 1) {
        if (!nameLike(scan, i) || (i > 0 && TITLES.has(tokens[i - 1].text))) continue;
        const t = tokens[i];
        // A sentence-initial common given name without a comma ("Kjetil har …") needs the workplace phrase in its own sentence.
        let sameSentence = false;
        if (startsClause(doc, i)) {
          const next = tokens[i + 1];
          const comma = next !== undefined && doc.norm.folded.slice(t.end, next.start).includes(',');
          if (NOT_VOCATIVE.has(t.text)) continue;
          if (!comma) {
            if (!FIRST_NAMES.has(t.text)) continue;
            sameSentence = true;
          }
        } else if (i > 0 && (fl(scan, i - 1) & F_PLACEP) !== 0 && !(i > 1 && ((fl(scan, i - 2) & F_LOOK) !== 0 || TO_PERSON.has(tokens[i - 2].text)))) continue;
        while (p < places.length && places[p].first < i - WORKPLACE_WINDOW) p += 1;
        let near = false;
        for (let q = p; q < places.length && places[q].first <= i + WORKPLACE_WINDOW && !near; q += 1) {
          const ds = Math.abs(tokens[places[q].first].sentence - t.sentence);
          near = sameSentence ? ds === 0 : ds <= 1;
        }
        if (near) out.push(mention(tokens, i, i + 1, 'workplace'));
      }
    }
    return out.sort((a, b) => a.first - b.first || b.last - a.last);
  });
}

/** Emoji that mark contempt or exasperation next to a colleague reference (eye-roll, facepalm, huff, unamused). */
const STRONG_EMOJI = new Set([0x1f644, 0x1f643, 0x1f921, 0x1f922, 0x1f92e, 0x1f621, 0x1f620, 0x1f92c, 0x1f926, 0x1f624, 0x1f612, 0x1f611]);
/** Emoji of innuendo, boredom or doubt (turtle, shrug, smirk, eyes, shush, popcorn, yawn): a remark only about a named or placed co-worker ("Arild på julebordet 😏"), not "kollegaen min bakte 😏". */
const WEAK_EMOJI = new Set([0x1f422, 0x1f937, 0x1f60f, 0x1f440, 0x1f609, 0x1f62c, 0x1f914, 0x1f92b, 0x1f37f, 0x1f971, 0x1f92d]);

function emojiOf(m: TermMatch): number {
  return m.term.length === 2 ? m.term.codePointAt(0) ?? 0 : 0;
}

/** True for an emoji of contempt (eye-roll, upside-down face, clown): it overrides praise ("our lovely manager 🙃"). */
export function isStrongEmojiRemark(m: TermMatch): boolean {
  return STRONG_EMOJI.has(emojiOf(m));
}

/** True for a remark that counts only next to a specific person (a name, a name with a unit, a configured name). */
export function isWeakRemark(m: TermMatch): boolean {
  return WEAK_EMOJI.has(emojiOf(m));
}

/** High surrogates of the emoji planes the remark emoji live in. */
const EMOJI_HIGH = ['\uD83D', '\uD83E', '\uD83C'];

/** The emoji as remarks, each attached to the token just before it. A native search per surrogate kind, no per-character loop. */
function emojiRemarks(doc: Doc): TermMatch[] {
  const { tokens } = doc;
  const text = doc.norm.lower;
  if (tokens.length === 0) return [];
  let positions: number[] | null = null;
  for (const high of EMOJI_HIGH) {
    for (let at = text.indexOf(high); at >= 0 && at + 1 < text.length; at = text.indexOf(high, at + 2)) {
      const cp = 0x10000 + ((text.charCodeAt(at) - 0xd800) << 10) + (text.charCodeAt(at + 1) - 0xdc00);
      if (STRONG_EMOJI.has(cp) || WEAK_EMOJI.has(cp)) (positions ??= []).push(at);
    }
  }
  if (positions === null) return [];
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

/** Words before "til"/"to" that make the next capitalised word a person ("gratulerer til Liv", "congrats to Ola"), not a place. */
const TO_PERSON = new Set(['gratulerer', 'gratulere', 'grattis', 'takk', 'congrats', 'congratulations', 'thanks']);
/** Verbs before "på" that make the next capitalised word a person looked at, not a place ("sjå på Terje"). */
const LOOK_VERBS = new Set(['sjå', 'se', 'sjekk']);
/** Phrases that point the reader at someone ("sjå på Terje", "look at Trond", "check out"). */
const LOOKS = new Lexicon(['sjå på', 'sjå kor', 'se på', 'se hvor', 'sjekk ut', 'sjekk på', 'look at', 'look how', 'check out']);
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

/** "far min", "mor mi", "my dad" ending at token k: the writer's own relative. */
function isOwnRelative(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (tokens[k - 1].sentence !== t.sentence) return false;
  if (NO_POSSESSIVES.has(t.text)) return RELATIVES.has(tokens[k - 1].text);
  return tokens[k - 1].text === 'my' && RELATIVES.has(t.text);
}

/** "… av å vaske opp", "… å jobbe helg": an infinitive right after a complaint makes it about an activity. */
function isActivityNext(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j <= k + 1; j += 1) if (tokens[j].text === 'å') return true;
  return false;
}

/** Remarks (criticism, gossip, health, private life), without those the writer makes about themselves. */
export function colleagueRemarks(doc: Doc): TermMatch[] {
  return doc.memo('colleague-remark', () => {
    const { tokens } = doc;
    const health = HEALTH.match(tokens);
    const listed = REMARKS.match(tokens);
    const complaints = COMPLAINTS.match(tokens);
    for (const m of health) HEALTH_REMARKS.add(m);
    let all = listed;
    if (health.length > 0 || complaints.length > 0) {
      all = [...listed, ...health, ...complaints].sort((a, b) => a.first - b.first);
      for (const m of complaints) COMPLAINT_REMARKS.add(m);
    }
    const words = all.filter((m) => {
      // "Eg er så lei av at …", "I'm sick of …": irritation at someone, whoever feels it.
      // "Lei av å vaske opp": tired of an activity, not of someone.
      if (COMPLAINT_REMARKS.has(m)) return !isActivityNext(tokens, m.last);
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
      if (k >= 1 && isOwnRelative(tokens, k)) return false;
      return !(k >= 0 && tokens[k].sentence === tokens[m.first].sentence && isFirstPerson(tokens[k], tokens[k + 1]));
    });
    const emoji = emojiRemarks(doc);
    const looks = mockingLooks(doc);
    if (emoji.length === 0 && looks.length === 0) return words;
    return [...words, ...emoji, ...looks].sort((a, b) => a.first - b.first || a.start - b.start);
  });
}
