/**
 * G3 (c): a hostile, non-factual debate tone in a private post: insults and
 * contempt aimed at people ("idiot", "tullingar", "hald kjeft", "shut up",
 * "få dere et liv", a raised middle finger), and calls to go after a named
 * person ("send han nokre ord", "si ifra hva dere mener" with his contact
 * details). Mild frustration is not flagged.
 */
import { Lexicon } from '../../engine/lexicon';
import { defineRule, type Doc } from '../../engine/rule';
import hostileEn from '../data/hostile.en.json';
import hostileNb from '../data/hostile.nb.json';
import hostileNn from '../data/hostile.nn.json';

const HOSTILE = Lexicon.fromLists(hostileNn, hostileNb, hostileEn);

/** Reports per text, at most. */
const MAX_REPORTS = 3;
const MIDDLE_FINGER = '\u{1F595}';

/** Verbs of a call to contact someone ("send", "si", "tell"). */
const CALL_VERBS = new Set(['send', 'sende', 'si', 'sei', 'seie', 'fortel', 'fortell', 'skriv', 'ring', 'gi', 'gje', 'tell', 'let', 'give', 'write', 'call', 'text', 'message']);
/** The call verbs as a word list: found with the shared index, no pass over every token. */
const CALLS = new Lexicon([...CALL_VERBS]);
/** Who the call is aimed at, or "si ifra" (tell him off). */
const TARGETS = new Set(['han', 'ho', 'henne', 'ham', 'dei', 'dem', 'him', 'her', 'them', 'ifra', 'ifrå', 'frå', 'fra']);
const QUANTIFIERS = new Set(['nokre', 'noen', 'par', 'few', 'some']);
const WORDS = new Set(['ord', 'words', 'meldingar', 'meldinger', 'messages']);
const WHAT = new Set(['kva', 'hva', 'what']);
const YOU = new Set(['de', 'dere', 'dykk', 'you', 'du']);
const THINK = new Set(['meiner', 'mener', 'synest', 'synes', 'think']);
/** Tokens after the verb in which the rest of the call must appear. */
const CALL_WINDOW = 5;

/** First-person subjects: "eg er ein idiot" is self-mockery, not debate. */
const SELF = new Set(['eg', 'jeg', "i'm", 'im', 'i']);
/** Words allowed between the subject and the insult ("eg er ein skikkeleg idiot", "I'm such an idiot"). */
const SELF_BETWEEN = new Set(['er', 'var', 'ein', 'en', 'eit', 'et', 'am', 'was', 'a', 'an', 'such', 'so', 'total', 'complete', 'skikkeleg', 'skikkelig', 'litt', 'heilt', 'helt', 'for']);
const SELF_REACH = 4;

/** Verbs after "I"/"eg" that make an insult before them self-mockery ("what an idiot I am", "for ein tosk eg er"). */
const SELF_VERBS = new Set(['am', 'was', 'er', 'e', 'var', 'have', "i've", 'feel']);

function aboutSelf(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
  const next = tokens[last];
  const verb = tokens[last + 1];
  if (next && verb && next.sentence === tokens[first].sentence && verb.sentence === next.sentence && SELF_VERBS.has(verb.text)) {
    if ((next.text === 'i' && next.capitalized) || next.text === 'eg' || next.text === 'jeg' || next.text === 'æ') return true;
  }
  let k = first - 1;
  while (k >= 0 && first - k <= SELF_REACH && SELF_BETWEEN.has(tokens[k].text)) k -= 1;
  if (k < 0 || k === first - 1 || tokens[k].sentence !== tokens[first].sentence) return false;
  const t = tokens[k];
  // Norwegian "i" (in) is lower-case; English "I" is capitalised.
  if (t.text === 'i') return t.capitalized;
  return SELF.has(t.text);
}

/** True when the text carries contact details: an e-mail address or a run of at least 8 digits. */
function hasContactDetails(doc: Doc): boolean {
  if (doc.norm.folded.includes('@')) return true;
  let digits = 0;
  for (const t of doc.tokens) {
    digits = t.numeric ? digits + t.text.length : 0;
    if (digits >= 8) return true;
  }
  return false;
}

/** "Send han gjerne nokre ord", "si ifra hva dere mener": a call to go after someone. Returns token ranges. */
function callsToHarass(doc: Doc): { first: number; last: number }[] {
  const { tokens } = doc;
  const out: { first: number; last: number }[] = [];
  let contact: boolean | null = null;
  for (const verb of CALLS.match(tokens)) {
    const i = verb.first;
    const end = Math.min(tokens.length, i + 1 + CALL_WINDOW);
    let target = false;
    let last = -1;
    for (let k = i + 1; k < end && tokens[k].sentence === tokens[i].sentence; k += 1) {
      const w = tokens[k].text;
      if (TARGETS.has(w)) target = true;
      if (WORDS.has(w) && k > i + 1 && QUANTIFIERS.has(tokens[k - 1].text)) last = k + 1;
      if (THINK.has(w) && k > i + 2 && YOU.has(tokens[k - 1].text) && WHAT.has(tokens[k - 2].text)) last = k + 1;
    }
    if (last < 0) continue;
    if (!target) {
      if (contact === null) contact = hasContactDetails(doc);
      if (!contact) continue;
    }
    out.push({ first: i, last });
  }
  return out;
}

/** Friendly laughter: teasing among friends ("du er ein tosk i kortspel, haha 😄"), not debate. */
const BANTER = new Lexicon(['haha', 'hahaha', 'hehe', 'hihi', 'lol']);
const FRIENDLY_EMOJI = ['\u{1F604}', '\u{1F609}', '\u{1F61C}', '\u{1F601}'];

/** Sentences with friendly laughter (an emoji after a sentence's last word belongs to it). */
function banterSentences(doc: Doc): Set<number> {
  const { tokens } = doc;
  const out = new Set<number>();
  for (const m of BANTER.match(tokens)) out.add(tokens[m.first].sentence);
  const text = doc.norm.lower;
  if (tokens.length === 0 || !text.includes('\uD83D')) return out;
  for (const e of FRIENDLY_EMOJI) {
    const at = text.indexOf(e);
    if (at < 0) continue;
    let k = 0;
    while (k + 1 < tokens.length && tokens[k + 1].start < at) k += 1;
    out.add(tokens[k].sentence);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'g3-hostile-tone',
    guideline: 3,
    severity: 'warning',
    contexts: ['private'],
    description: 'Insults, contempt or calls to go after someone in a debate: the guidelines ask for a factual tone.',
    messages: {
      insult: {
        nn: '«{term}» er ikkje sakleg. Retningslinjene ber deg halda debatten sakleg, også privat.',
        nb: '«{term}» er ikke saklig. Retningslinjene ber deg holde debatten saklig, også privat.',
        en: '“{term}” is not factual debate. The guidelines ask you to keep debates factual, also in private posts.',
      },
      pileOn: {
        nn: 'Teksten oppmodar andre til å gå laus på ein person. Hald debatten sakleg.',
        nb: 'Teksten oppfordrer andre til å gå løs på en person. Hold debatten saklig.',
        en: 'The text urges others to go after a person. Keep the debate factual.',
      },
    },
    suggestions: {
      insult: {
        nn: 'Kritiser saka, ikkje personen, og ta bort skjellsorda.',
        nb: 'Kritiser saken, ikke personen, og fjern skjellsordene.',
        en: 'Criticise the matter, not the person, and remove the insults.',
      },
      pileOn: {
        nn: 'Ta bort oppmodinga og eventuelle kontaktopplysningar.',
        nb: 'Fjern oppfordringen og eventuelle kontaktopplysninger.',
        en: 'Remove the call and any contact details.',
      },
    },
  },
  check({ doc, report }) {
    let reported = 0;
    let banter: Set<number> | null = null;
    for (const m of HOSTILE.match(doc.tokens)) {
      if (reported >= MAX_REPORTS) break;
      if (aboutSelf(doc, m.first, m.last)) continue;
      if ((banter ??= banterSentences(doc)).has(doc.tokens[m.first].sentence)) continue;
      reported += 1;
      report({ messageId: 'insult', start: m.start, end: m.end, data: { term: doc.norm.lower.slice(m.start, m.end) } });
    }
    for (const c of callsToHarass(doc)) {
      if (reported >= MAX_REPORTS) break;
      reported += 1;
      report({ messageId: 'pileOn', start: doc.tokens[c.first].start, end: doc.tokens[c.last - 1].end });
    }
    const finger = doc.norm.lower.indexOf(MIDDLE_FINGER);
    if (finger >= 0 && reported < MAX_REPORTS) {
      report({ messageId: 'insult', start: finger, end: finger + MIDDLE_FINGER.length, data: { term: MIDDLE_FINGER } });
    }
  },
});
