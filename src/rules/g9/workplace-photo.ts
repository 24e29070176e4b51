/**
 * G9: a photo or video from the workplace that shows clients, pupils,
 * patients, residents or colleagues, shared without stated consent: text that
 * says so ("bilete frå sjukeheimen i dag", "video of my 2nd graders"), or an
 * attached image or video (`attachments`) with text about work. Workplaces
 * include school classes ("4B", "year 3"), staff rooms and staff parties with a
 * work word; a caption of a group ("Her er gjengen …"), a named person of a
 * resident's age ("Olav på 96") and "har ikkje spurt dei" count too, as does a
 * photo the writer took of someone's case papers. Stated consent ("samtykke",
 * "har fått lov", "with permission") clears it; a negated one ("utan
 * samtykke") does not. Negated photo words ("ikkje fleire bilete") and
 * pictures of buildings are no shared photo of people.
 */
import { Lexicon, type TermMatch } from '../../engine/lexicon';
import { defineRule } from '../../engine/rule';
import { memoizeWord } from '../../engine/word-memo';
import consentEn from '../data/photo-consent.en.json';
import consentNb from '../data/photo-consent.nb.json';
import consentNn from '../data/photo-consent.nn.json';
import buildingsEn from '../data/photo-buildings.en.json';
import buildingsNb from '../data/photo-buildings.nb.json';
import buildingsNn from '../data/photo-buildings.nn.json';
import eventsEn from '../data/photo-work-events.en.json';
import eventsNb from '../data/photo-work-events.nb.json';
import eventsNn from '../data/photo-work-events.nn.json';
import shareEn from '../data/official-share.en.json';
import shareNb from '../data/official-share.nb.json';
import shareNn from '../data/official-share.nn.json';
import noConsentEn from '../data/photo-noconsent.en.json';
import noConsentNb from '../data/photo-noconsent.nb.json';
import noConsentNn from '../data/photo-noconsent.nn.json';
import thingsEn from '../data/g9-things.en.json';
import thingsNb from '../data/g9-things.nb.json';
import thingsNn from '../data/g9-things.nn.json';
import peopleEn from '../data/g9-people.en.json';
import peopleNb from '../data/g9-people.nb.json';
import peopleNn from '../data/g9-people.nn.json';
import mediaEn from '../data/g9-media.en.json';
import mediaNb from '../data/g9-media.nb.json';
import mediaNn from '../data/g9-media.nn.json';
import publishedEn from '../data/g9-published.en.json';
import publishedNb from '../data/g9-published.nb.json';
import publishedNn from '../data/g9-published.nn.json';
import photoEn from '../data/photo-words.en.json';
import photoNb from '../data/photo-words.nb.json';
import photoNn from '../data/photo-words.nn.json';
import photoHeadsNb from '../data/photo-heads.nb.json';
import photoHeadsNn from '../data/photo-heads.nn.json';
import workHeadsNb from '../data/workplace-heads.nb.json';
import workHeadsNn from '../data/workplace-heads.nn.json';
import workEn from '../data/workplace-words.en.json';
import workNb from '../data/workplace-words.nb.json';
import workNn from '../data/workplace-words.nn.json';
import talkEn from '../data/work-talk.en.json';
import talkNb from '../data/work-talk.nb.json';
import talkNn from '../data/work-talk.nn.json';
import { DOCUMENTS } from '../g8/case-context';
import { findLinks } from '../shared/links';
import type { Token } from '../../engine/tokens';
import { colleagueMentions, type ColleagueMention } from '../shared/colleague';
import { clauseIds, personRefs, tokenIndexAt, type PersonRef } from '../shared/person';
import { sentencesEndingWith } from '../shared/sentence-ends';
import { wordBefore } from '../shared/word-before';

const photos = Lexicon.fromLists(photoNn, photoNb, photoEn);
const workplace = Lexicon.fromLists(workNn, workNb, workEn);
/** Work in general ("jobben", "the office"): a photo needs a person too. */
const workTalk = Lexicon.fromLists(talkNn, talkNb, talkEn);
const consent = Lexicon.fromLists(consentNn, consentNb, consentEn);
/** The writer says the people shown were not asked ("har ikkje spurt dei", "they don't know I posted this"). */
const noConsent = Lexicon.fromLists(noConsentNn, noConsentNb, noConsentEn);
/** Staff parties and outings ("julebordet", "the leaving do"): with a work word, the people in the photo are colleagues. */
const workEvents = Lexicon.fromLists(eventsNn, eventsNb, eventsEn);
/** Buildings ("biletet av den nye barnehagen"): a picture of one shows no people. */
const buildings = Lexicon.fromLists(buildingsNn, buildingsNb, buildingsEn);
/** The municipality's own post shared on ("kommunen har lagt ut bilete frå …", "shared from the council"): official content (G6). */
const SHARE_TERMS: ReadonlySet<string> = new Set([shareNn, shareNb, shareEn, publishedNn, publishedNb, publishedEn].flatMap((l) => l.terms));
/** News media and platforms ("video frå NRK", "from the BBC"): the photo or video is theirs. */
const MEDIA_TERMS: ReadonlySet<string> = new Set([mediaNn, mediaNb, mediaEn].flatMap((l) => l.terms));
/**
 * Official shares, media and facilities in one list, so that a photo post pays for one look-up: a match's term
 * says which it is (SHARE_TERMS, MEDIA_TERMS, else a facility).
 */
const photoContext = Lexicon.fromLists(shareNn, shareNb, shareEn, publishedNn, publishedNb, publishedEn, mediaNn, mediaNb, mediaEn, thingsNn, thingsNb, thingsEn);
/** After a photo word, these make it a film about a topic ("video om eldreomsorga"), not a photo of people. */
const ABOUT = new Set(['om', 'about']);
const FROM = new Set(['frå', 'fra', 'from']);
/** The reader or anyone asked, in a question ("Har de bilder fra …?", "Does anyone have photos …?"): photos asked for, not shared. */
const ASKED = new Set(['du', 'de', 'dere', 'dykk', 'you', 'nokon', 'noen', 'anyone', 'anybody']);
/** People a photo may show ("ungane", "bebuarane", "the kids"): with them, a facility in the sentence is only the backdrop. */
const people = Lexicon.fromLists(peopleNn, peopleNb, peopleEn);
/** Words between "av"/"of" and a building ("av den nye skulen", "of the new school"). */
const BUILDING_MODIFIERS = new Set(['den', 'det', 'the', 'our', 'vår', 'nye', 'new', 'gamle', 'old', 'flotte', 'fine', 'lovely', 'kommande', 'kommende']);
const OF = new Set(['av', 'of']);
/** The writer after "av"/"of" ("bilete av meg", "a photo of me"). */
const SELF = new Set(['meg', 'me', 'myself']);

/** Endings of compound photo nouns ("klassebilete", "vaktvideoen") and the compounds that are no pictures ("førebilete"). */
const PHOTO_HEADS: readonly string[] = [...new Set([...photoHeadsNn.terms, ...photoHeadsNb.terms])];
const PHOTO_HEAD_EXCLUDE: ReadonlySet<string> = new Set([...photoHeadsNn.exclude, ...photoHeadsNb.exclude]);
/** Workplace nouns found inside compounds after a first part ("kongleavdelinga", "flyktningmottaket"). */
const WORK_HEADS: readonly string[] = [...new Set([...workHeadsNn.terms, ...workHeadsNb.terms])];
/** Letters a first part of a compound has at least. */
const MIN_MODIFIER = 3;
/** Shortest word that can be such a compound ("natt-foto", "gymvideo"). */
const MIN_COMPOUND = 7;

type Cue = { first: number; last: number; start: number; end: number };

/** A compound photo word: a hyphenated word with a photo part ("vakt-video"), or a word ending in a photo noun ("klassebilete"). */
function isPhotoCompound(word: string): boolean {
  if (word.includes('-')) return word.split('-').some((part, k) => k > 0 && photos.has(part));
  if (PHOTO_HEAD_EXCLUDE.has(word)) return false;
  for (const head of PHOTO_HEADS) if (word.length >= head.length + MIN_MODIFIER && word.endsWith(head)) return true;
  return false;
}

/** A compound that holds a workplace noun after a first part ("kongleavdelinga", "vaktrommet"). */
function isWorkCompound(word: string): boolean {
  for (const head of WORK_HEADS) if (word.indexOf(head, MIN_MODIFIER) >= MIN_MODIFIER) return true;
  return false;
}

/** Verbs of sending or showing right after a colleague: the colleague is the sender, not the one shown. */
const SENDING = new Set(['sende', 'sendte', 'sendt', 'sender', 'delte', 'viste', 'la', 'sent', 'sends', 'shared', 'showed', 'posted', 'forwarded']);
/** Words in a photo, video or camera emoji. */
const CAMERA_EMOJI = ['📸', '📷', '🎥', '📹', '🤳'];
/** Before a consent word, these deny it ("utan samtykke", "without consent", "ikkje fått lov"). */
const DENIALS = new Set(['utan', 'uten', 'without', 'no', 'ikkje', 'ikke', 'not', 'never', 'aldri', 'manglar', 'mangler', 'lacking', 'ingen', 'før']);
/** "Her sit …", "Her står …", "Her ligg …": a caption that places people in the picture. */
const POSTURE_STARTS: readonly string[][] = ['sit', 'sitt', 'sitter', 'står', 'ligg', 'ligger'].map((v) => ['her', v]);
/** A consent from these ("fekk lov av sjefen") is the employer's, not that of the people shown. */
const BOSSES = new Set(['sjefen', 'leiaren', 'lederen', 'leder', 'rektor', 'styraren', 'styreren', 'avdelingsleiaren', 'avdelingslederen', 'boss', 'manager', 'head']);
const BY = new Set(['av', 'frå', 'fra', 'from', 'by', 'the', 'my', 'our']);
/** A caption that presents a named person: "Her er Anna (95) …", "Here's Tom …", "Meet Kari". */
const CAPTION_STARTS: readonly string[][] = [['her', 'er'], ['her', 'ser'], ...POSTURE_STARTS, ['here', 'is'], ["here's"], ['here\u2019s'], ['meet'], ['this', 'is']];
/** A caption that presents a group: "Her er gjengen …", "Here's the team". */
const GROUP_CAPTION_STARTS: readonly string[][] = [['her', 'er'], ...POSTURE_STARTS, ['here', 'is'], ["here's"], ['here\u2019s'], ['here', 'are'], ['meet']];
const GROUP_CAPTION_HEADS = new Set([
  'gjengen', 'heile', 'hele', 'ungane', 'ungene', 'borna', 'barna', 'elevane', 'elevene', 'bebuarane', 'beboerne', 'kollegaane', 'kollegaene', 'kollegene',
  'jentene', 'gutane', 'gutta', 'the', 'our', 'my',
]);
const GROUP_CAPTION_FIRST = new Set(GROUP_CAPTION_STARTS.map((s) => s[0]));
const DETERMINER_HEADS = new Set(['the', 'our', 'my', 'heile', 'hele']);
const GROUP_CAPTION_NOUNS = new Set(['gang', 'crew', 'team', 'kids', 'residents', 'pupils', 'class', 'staff', 'gjengen', 'vakta', 'klassen', 'avdelinga', 'avdelingen']);
/** Before a photo word, these say no photo is shared ("ikkje fleire bilete", "no photos", "ingen bilder"). */
/** How far before a photo word a negation reaches. */
const NEGATION_REACH = 3;
const PHOTO_NEGATIONS = new Set(['ikkje', 'ikke', 'ingen', 'inga', 'no', 'not', 'never', 'aldri', 'without', 'utan', 'uten']);
/** Taking verbs: a photo the writer took of a document ("tok eit bilete av søknaden") shows a third person's papers. */
const TAKE_VERBS = new Set(['tok', 'tatt', 'teke', 'tekne', 'took', 'taken', 'snapped', 'knipsa', 'knipset']);
/** Determiners and possessives between "av"/"of" and a document ("bilete av søknaden hans", "a picture of the form"). */
const DOC_DETERMINERS = new Set(['the', 'my', 'his', 'her', 'their', 'a', 'an', 'this', 'that', 'dette', 'denne', 'den', 'det', 'ei', 'eit', 'en', 'et', 'mitt', 'mi', 'min']);
/** "3", "10", or a plural "5s" ("my Year 5s"). */
function isYearNumber(text: string): boolean {
  const n = text.endsWith('s') ? text.length - 1 : text.length;
  if (n < 1 || n > 2) return false;
  for (let k = 0; k < n; k += 1) {
    const c = text.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
/** True when some token is a number that could be a resident's age: only then are person references looked up for it. */
function hasAge(t: readonly Token[]): boolean {
  for (const token of t) if (token.numeric && token.text.length >= 2 && token.text.length <= 3 && Number(token.text) >= MIN_RESIDENT_AGE) return true;
  return false;
}
/** Words between a name and an age ("Olav på 96", "Erna aged 96"). */
const AGE_WORDS = new Set(['på', 'aged', 'age']);
/** An age from which a named person in a photo is most likely a resident of a care home. */
const MIN_RESIDENT_AGE = 75;
/** Token indices of names followed by a resident's age ("Olav på 96", "Erna (96)"), in sentences that name no relative. */
function elderlyNames(t: readonly Token[], refs: readonly PersonRef[]): number[] {
  let out: number[] | null = null;
  let relatives: Set<number> | null = null;
  for (const ref of refs) {
    if (ref.kind !== 'name') continue;
    let k = ref.last;
    if (k < t.length && AGE_WORDS.has(t[k].text)) k += 1;
    if (k >= t.length || !t[k].numeric || t[k].sentence !== t[ref.first].sentence) continue;
    const age = Number(t[k].text);
    if (age < MIN_RESIDENT_AGE || age > 110) continue;
    relatives ??= new Set(refs.filter((r) => r.kind === 'relative').map((r) => t[r.first].sentence));
    if (!relatives.has(t[k].sentence)) (out ??= []).push(ref.first);
  }
  return out ?? [];
}
/** Words before a school year number ("year 3", "grade 5"). */
const CLASS_YEAR_WORDS = new Set(['year', 'grade']);
/** Tokens after a document in which "som eg tok" makes it the writer's photo ("bilete av søknaden til Helge som eg tok på kontoret"). */
const TAKE_AFTER = 8;
/** True when a taking verb is in the text at all: a photo of a document may then count without a workplace word. */
function mayShowDocument(t: readonly { text: string }[]): boolean {
  for (const token of t) if (TAKE_VERBS.has(token.text)) return true;
  return false;
}
/** A school class written as year and letter ("4B", "10a", "3.b"): a class at school. */
function isClassCode(text: string): boolean {
  const n = text.length;
  if (n < 2 || n > 3) return false;
  const last = text.charCodeAt(n - 1);
  if (last < 0x61 || last > 0x68) return false;
  const digits = text.slice(0, n - 1);
  for (let k = 0; k < digits.length; k += 1) {
    const c = digits.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  const year = Number(digits);
  return year >= 1 && year <= 10;
}
const CLASS_CODE = 1;
const WORK_COMPOUND = 2;
const PHOTO_COMPOUND = 4;
/** What a word is for this rule (bits above), worked out once per word. */
const wordKind = memoizeWord((w: string): number => {
  let kind = isClassCode(w) ? CLASS_CODE : 0;
  if (w.length >= MIN_COMPOUND) {
    if (isWorkCompound(w) && !workplace.has(w)) kind |= WORK_COMPOUND;
    if (isPhotoCompound(w) && !photos.has(w)) kind |= PHOTO_COMPOUND;
  }
  return kind;
});
/** True when some word is a compound photo noun ("klassebilete", "vakt-video"). */
function hasPhotoCompound(t: readonly Token[]): boolean {
  for (const token of t) if (!token.numeric && (wordKind(token.text) & PHOTO_COMPOUND) !== 0) return true;
  return false;
}
/** First words of the captions above. */
const CAPTION_FIRST: ReadonlySet<string> = new Set([...CAPTION_STARTS, ...GROUP_CAPTION_STARTS].map((s) => s[0]));
const ALL_CAPTION_STARTS: readonly string[][] = [...CAPTION_STARTS, ...GROUP_CAPTION_STARTS];
/** True when a caption opening ("Her er", "Here's", "Meet") stands in the text: "her" alone is only "here". */
function hasCaptionStart(t: readonly Token[]): boolean {
  for (let i = 0; i < t.length; i += 1) {
    if (!CAPTION_FIRST.has(t[i].text)) continue;
    for (const start of ALL_CAPTION_STARTS) if (i + start.length <= t.length && start.every((w, n) => t[i + n].text === w)) return true;
  }
  return false;
}
function hasCameraEmoji(text: string): boolean {
  return CAMERA_EMOJI.some((e) => text.includes(e));
}
/** A photo word in a sentence this short ("Video kjem.", "Photos below!") captions the whole post. */
const SHORT_SENTENCE = 2;

function statedConsent(doc: { tokens: { text: string }[] }, matches: readonly TermMatch[]): boolean {
  const t = doc.tokens;
  return matches.some((m) => {
    for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k -= 1) if (DENIALS.has(t[k].text)) return false;
    // "fekk lov av sjefen", "permission from the boss": the employer's leave, not the consent of the people shown.
    for (let k = m.last; k < Math.min(t.length, m.last + 3) && BY.has(t[k].text); k += 1) if (k + 1 < t.length && BOSSES.has(t[k + 1].text)) return false;
    return true;
  });
}

const SUGGESTION = {
  nn: 'Legg berre ut bilete frå arbeidsplassen når alle på biletet (brukarar, pårørande, kollegaer) har samtykt, og skriv gjerne at dei har det.',
  nb: 'Legg bare ut bilder fra arbeidsplassen når alle på bildet (brukere, pårørende, kolleger) har samtykket, og skriv gjerne at de har det.',
  en: 'Only post pictures from the workplace when everyone in them (users, relatives, colleagues) has consented, and say so.',
};

/** Findings reported per text at most. */
const MAX_FINDINGS = 100;

export default defineRule({
  meta: {
    id: 'g9-workplace-photo',
    guideline: 9,
    severity: 'warning',
    description: 'A photo or video from the workplace (clients, pupils, patients, residents, colleagues) shared without stated consent.',
    messages: {
      'workplace-photo': {
        nn: 'Teksten seier at du deler bilete eller video frå arbeidsplassen («{term}»). Det krev samtykke frå alle som er med.',
        nb: 'Teksten sier at du deler bilde eller video fra arbeidsplassen («{term}»). Det krever samtykke fra alle som er med.',
        en: 'The text says you are sharing a photo or video from the workplace (“{term}”). That needs consent from everyone in it.',
      },
      'attachment-work': {
        nn: 'Du har lagt ved bilete eller video, og teksten handlar om arbeidsplassen. Har alle som er med, samtykt?',
        nb: 'Du har lagt ved bilde eller video, og teksten handler om arbeidsplassen. Har alle som er med, samtykket?',
        en: 'You attached a photo or video and the text is about the workplace. Has everyone in it consented?',
      },
      attachment: {
        nn: 'Du har lagt ved bilete eller video. Er det frå arbeidsplassen, må alle som er med, ha samtykt.',
        nb: 'Du har lagt ved bilde eller video. Er det fra arbeidsplassen, må alle som er med, ha samtykket.',
        en: 'You attached a photo or video. If it is from the workplace, everyone in it must have consented.',
      },
    },
    suggestions: { 'workplace-photo': SUGGESTION, 'attachment-work': SUGGESTION, attachment: SUGGESTION },
  },
  check({ doc, config, attachments, report: send }) {
    // At most MAX_FINDINGS reports per text: enough to show, and a flood of matches stays cheap.
    let sent = 0;
    const report: typeof send = (r) => {
      if (sent < MAX_FINDINGS) send(r);
      sent += 1;
    };
    const t = doc.tokens;
    // Without an attachment, every finding starts from a photo cue: a photo word or compound, a caption word or a
    // camera emoji. A text with none (most texts) stops here, before the workplace and consent look-ups.
    if (attachments.images + attachments.videos === 0 && photos.match(t).length === 0 && !hasPhotoCompound(t) && !hasCaptionStart(t) && !hasCameraEmoji(doc.norm.lower)) return;
    if (statedConsent(doc, consent.match(t))) return;
    // Compounds the word lists do not name ("kongleavdelinga", "klassebilete", "natt-video") and class codes ("4B"), by word.
    const workCompounds: Cue[] = [];
    const photoCompounds: Cue[] = [];
    for (let i = 0; i < t.length; i += 1) {
      const w = t[i].text;
      // A school class: "4B", "10a", "year 3", "grade 5".
      const yearOf = CLASS_YEAR_WORDS.has(w) && i + 1 < t.length && isYearNumber(t[i + 1].text) && t[i + 1].sentence === t[i].sentence;
      const kind = t[i].numeric ? 0 : wordKind(w);
      if ((kind & CLASS_CODE) !== 0 || yearOf) workCompounds.push({ first: i, last: yearOf ? i + 2 : i + 1, start: t[i].start, end: t[yearOf ? i + 1 : i].end });
      if ((kind & WORK_COMPOUND) !== 0) workCompounds.push({ first: i, last: i + 1, start: t[i].start, end: t[i].end });
      if ((kind & PHOTO_COMPOUND) !== 0) photoCompounds.push({ first: i, last: i + 1, start: t[i].start, end: t[i].end });
    }
    const work: readonly Cue[] = workCompounds.length > 0 ? [...workplace.match(t), ...workCompounds] : workplace.match(t);
    const talk = workTalk.match(t);
    const attached = attachments.images + attachments.videos > 0;
    /** With nothing found in the text, an attached image or video is still a reminder: about work when the text is. */
    const reportAttachment = (work: readonly Cue[], talk: readonly Cue[]) => {
      if (!attached) return;
      if (work.length > 0 || talk.length > 0) {
        const first = work.length > 0 ? work.reduce((a, b) => (b.start < a.start ? b : a)) : talk[0];
        report({ messageId: 'attachment-work', start: first.start, end: first.end });
      } else report({ messageId: 'attachment', start: 0, end: 0, severity: 'info' });
    };
    const unasked = noConsent.match(t).length > 0;
    const noPlace = work.length === 0 && talk.length === 0 && !unasked;
    const photoWords = photos.match(t).length > 0 || photoCompounds.length > 0;
    // A colleague or boss shown ("sjå kor trøytt sjefen ser ut", "the head chef"): found once per text and shared with G4.
    // Looked up only when needed: when nothing else places the photo at work, or to see who is in it.
    let colleagueList: readonly ColleagueMention[] | null = null;
    const colleagues = () => (colleagueList ??= photoWords ? colleagueMentions(doc, config) : []);
    if (noPlace && (!photoWords || (!mayShowDocument(t) && (!hasAge(t) || elderlyNames(t, doc.memo('g8:person-refs', () => personRefs(doc, config))).length === 0))) && colleagues().length === 0) {
      if (attached) report({ messageId: 'attachment', start: 0, end: 0, severity: 'info' });
      return;
    }
    // Every finding below starts from a photo cue: a photo word or compound, a camera emoji or a caption ("Her er …").
    if (photos.match(t).length === 0 && photoCompounds.length === 0 && !hasCaptionStart(t) && !hasCameraEmoji(doc.norm.lower)) {
      reportAttachment(work, talk);
      return;
    }
    // Official shares, media and facilities, looked up once and only when a cue needs them.
    let contextList: TermMatch[] | null = null;
    const context = () => (contextList ??= photoContext.match(t));
    // A photo of a document ("bilete av kontoutskrifta") shows no people.
    // The document must be what the photo is of ("bilete av kontoutskrifta", "of the form"), not a later word ("bilde av ungene med tegningene").
    const docStarts = new Set(DOCUMENTS.match(t).map((d) => d.first));
    const takenDocuments: Cue[] = [];
    const ofDocument = (m: Cue) => {
      const k = m.last;
      const doc = docStarts.has(k) || docStarts.has(k + 1) || (k + 2 < t.length && DOC_DETERMINERS.has(t[k + 1].text) && docStarts.has(k + 2));
      if (!doc) return false;
      // One the writer took ("tok eit bilete av søknadsskjemaet til Helge", "took a picture of the application form") shows someone's case papers.
      const from = Math.max(0, m.first - 3);
      const to = Math.min(t.length, m.last + TAKE_AFTER);
      for (let b = from; b < to; b += 1) {
        if (TAKE_VERBS.has(t[b].text) && t[b].sentence === t[m.first].sentence) {
          takenDocuments.push(m);
          return false;
        }
      }
      return true;
    };
    // "skulebiletet av meg", "a photo of me": the writer's own picture.
    const ofSelf = (m: Cue) => m.last + 1 < t.length && OF.has(t[m.last].text) && SELF.has(t[m.last + 1].text);
    // "treng ikkje fleire bilete", "no photos please": no photo is shared.
    const negated = (m: Cue) => wordBefore(t, m.first, PHOTO_NEGATIONS, NEGATION_REACH);
    // "biletet av den nye barnehagen": a picture of a building.
    const buildingStarts = new Set(buildings.match(t).map((b) => b.first));
    const ofBuilding = (m: Cue) => {
      if (buildingStarts.size === 0 || m.last >= t.length || !OF.has(t[m.last].text)) return false;
      let k = m.last + 1;
      while (k < t.length && k <= m.last + 3 && BUILDING_MODIFIERS.has(t[k].text)) k += 1;
      return buildingStarts.has(k);
    };
    // "video om eldreomsorga", "video frå NRK": a film about a topic or from the media.
    const fromMedia = (k: number) => context().some((c) => c.first === k && MEDIA_TERMS.has(c.term));
    const elsewhere = (m: Cue) =>
      m.last < t.length && t[m.last].sentence === t[m.first].sentence && (ABOUT.has(t[m.last].text) || (FROM.has(t[m.last].text) && fromMedia(m.last + 1)));
    // "Har de bilder fra skoleavslutningen?": photos asked for.
    const questions = doc.norm.lower.includes('?') ? sentencesEndingWith(doc, '?') : null;
    const askedFor = (m: Cue) => {
      const sentence = t[m.first].sentence;
      if (!questions?.[sentence]) return false;
      for (let k = m.first - 1; k >= 0 && t[k].sentence === sentence; k -= 1) if (ASKED.has(t[k].text)) return true;
      return false;
    };
    let cues: Cue[] = (photoCompounds.length > 0 ? [...photos.match(t), ...photoCompounds] : photos.match(t)).filter(
      (m) => !ofDocument(m) && !negated(m) && !ofBuilding(m) && !ofSelf(m) && !elsewhere(m) && !askedFor(m),
    );
    // Camera emoji count as a photo word at their place in the text.
    for (const emoji of CAMERA_EMOJI) {
      let at = doc.norm.lower.indexOf(emoji);
      while (at >= 0 && cues.length < 10 * MAX_FINDINGS) {
        const k = tokenIndexAt(doc, at);
        cues.push({ first: Math.max(0, k - 1), last: Math.max(1, k), start: at, end: at + emoji.length });
        at = doc.norm.lower.indexOf(emoji, at + emoji.length);
      }
    }
    // A caption that presents a named person ("Her er Anna (95) på omsorgssenteret").
    const refs = doc.memo('g8:person-refs', () => personRefs(doc, config));
    for (const ref of refs) {
      if (ref.kind !== 'name') continue;
      for (const start of CAPTION_STARTS) {
        const k = ref.first - start.length;
        if (k >= 0 && start.every((w, n) => t[k + n].text === w)) cues.push({ first: k, last: ref.last, start: t[k].start, end: t[ref.last - 1].end });
      }
    }
    // A caption that presents a group ("Her er gjengen på kjøkenet", "Here's the night crew").
    for (let i = 0; i < t.length; i += 1) {
      if (!GROUP_CAPTION_FIRST.has(t[i].text)) continue;
      for (const start of GROUP_CAPTION_STARTS) {
        const k = i + start.length;
        if (k >= t.length || !start.every((w, n) => t[i + n].text === w)) continue;
        const head = t[k].text;
        if (!GROUP_CAPTION_HEADS.has(head)) continue;
        // "the", "our", "heile" need a group noun next ("heile gjengen", "the night crew", "our team").
        const noun = DETERMINER_HEADS.has(head) ? [k + 1, k + 2].find((n) => n < t.length && t[n].sentence === t[k].sentence && GROUP_CAPTION_NOUNS.has(t[n].text)) : k;
        if (noun !== undefined) cues.push({ first: i, last: noun + 1, start: t[i].start, end: t[noun].end });
      }
    }
    // A photo or video shared as a link ("sjå denne videoen frå NRK: https://…") is someone else's content.
    const links = doc.memo('links', () => findLinks(doc.norm.lower));
    const linkSentences = new Set<number>();
    for (const l of links) {
      const k = tokenIndexAt(doc, l.start);
      if (k < t.length) linkSentences.add(t[k].sentence);
      if (k > 0) linkSentences.add(t[k - 1].sentence);
    }
    // Words inside a link ("bit.ly/skole-bilder") are the link's, not the writer's.
    const inLink = (c: Cue) => links.some((l) => c.start >= l.start && c.start < l.end);
    cues = cues.filter((c) => !linkSentences.has(t[Math.min(c.first, t.length - 1)].sentence) && !inLink(c));
    // Clauses (sentences with false breaks such as "3. klasse" merged) and their lengths.
    const clause = clauseIds(doc);
    const clauseOf = (i: number) => clause[Math.min(i, t.length - 1)];
    const clauseLength = new Int32Array(t.length > 0 ? clause[t.length - 1] + 2 : 1);
    for (let i = 0; i < t.length; i += 1) clauseLength[clause[i]] += 1;
    const workClauses = new Set(work.map((m) => clause[m.first]));
    const workSentences = new Set(work.map((m) => t[m.first].sentence));
    const found = new Map<number, Cue>();
    for (const cue of cues) {
      if (found.size >= MAX_FINDINGS) break;
      const c = clauseOf(cue.first);
      // The workplace in the same sentence, clause or the clause before ("Sports day at the school! Here are some pictures …");
      // a photo word that is a sentence of its own ("Video kjem.") captions the whole post.
      const caption = (clauseLength[c] ?? 0) <= SHORT_SENTENCE && work.length > 0;
      const sameSentence = workSentences.has(t[Math.min(cue.first, t.length - 1)].sentence);
      if (sameSentence || workClauses.has(c) || workClauses.has(c - 1) || caption) found.set(cue.start, cue);
    }
    // A named person of great age in the photo's clause ("bursdagen til Olav på 96", "Erna (96)"): a resident, unless a relative is named there.
    const elderly = elderlyNames(t, refs);
    if (elderly.length > 0) {
      const elderlyClauses = new Set(elderly.map((k) => clause[k]));
      for (const cue of cues) {
        const c = clauseOf(cue.first);
        if (elderlyClauses.has(c) || elderlyClauses.has(c - 1)) found.set(cue.start, cue);
      }
    }
    // A colleague in the photo's sentence ("Bilete frå møtet: sjå kor interessert sjefen ser ut").
    if (found.size === 0 && colleagues().length > 0) {
      // "Leiaren min sende meg ein video av hunden sin": the colleague sent the photo, is not in it.
      const shown = colleagues().filter((m) => !(m.last < t.length && SENDING.has(t[m.last].text)) && !(m.last + 1 < t.length && SENDING.has(t[m.last + 1].text)));
      const colleagueSentences = new Set(shown.map((m) => t[m.first].sentence));
      for (const cue of cues) if (colleagueSentences.has(t[Math.min(cue.first, t.length - 1)].sentence)) found.set(cue.start, cue);
    }
    // Work in general ("bilete frå kontoret") counts with a person in the same sentence ("Filma Hanne på kontoret").
    if (talk.length > 0) {
      const talkClauses = new Set(talk.map((m) => clause[m.first]));
      const peopleClauses = new Set(refs.filter((r) => r.kind !== 'pronoun').map((r) => clause[r.first]));
      for (const e of workEvents.match(t)) peopleClauses.add(clause[e.first]);
      // "bilete av jentene på vakt": a group word is people too.
      for (const p of people.match(t)) peopleClauses.add(clause[p.first]);
      for (const cue of cues) {
        const c = clauseOf(cue.first);
        if (talkClauses.has(c) && peopleClauses.has(c)) found.set(cue.start, cue);
      }
    }
    // The people shown were not asked, or the photo is of someone's case papers: that is enough.
    if (unasked) for (const cue of cues) found.set(cue.start, cue);
    for (const cue of takenDocuments) if (!inLink(cue)) found.set(cue.start, cue);
    if (found.size > 0) {
      const around = context();
      // Photos the municipality published itself, shared on: official content, fine to share (G6).
      if (around.some((m) => SHARE_TERMS.has(m.term))) found.clear();
      // "Bilete frå skulen: den nye leikeplassen er ferdig!": a facility in a sentence with nobody in it is what the photo shows.
      const thingMatches = around.filter((m) => !SHARE_TERMS.has(m.term) && !MEDIA_TERMS.has(m.term));
      if (found.size > 0 && thingMatches.length > 0) {
        const peopleSentences = new Set(people.match(t).map((m) => t[m.first].sentence));
        for (const m of colleagues()) peopleSentences.add(t[m.first].sentence);
        for (const r of refs) if (r.kind !== 'pronoun') peopleSentences.add(t[r.first].sentence);
        const thingSentences = new Set(thingMatches.map((m) => t[m.first].sentence).filter((x) => !peopleSentences.has(x)));
        for (const [at, cue] of found) if (thingSentences.has(t[Math.min(cue.first, t.length - 1)].sentence)) found.delete(at);
      }
    }
    for (const b of found.values()) {
      report({ messageId: 'workplace-photo', start: b.start, end: b.end, data: { term: doc.norm.lower.slice(b.start, b.end) } });
    }
    if (found.size === 0) reportAttachment(work, talk);
  },
});
