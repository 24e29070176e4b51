/**
 * G7 (official context): impolite, sarcastic, hostile or shouting replies on
 * behalf of the municipality. One strong marker is enough: a rude or mocking
 * phrase (impolite-strong: blame, dismissal, mock expertise, "les deg opp"),
 * an order at the reader outside a question (impolite-order: "slutt å",
 * "grow up"), a rhetorical question in a question (impolite-question: "trur du
 * verkeleg", "is it that hard?"), an insult or a mocking word about the reader
 * in a sentence that addresses them (G3's hostile lists, impolite-addressed),
 * an eye-roll 🙄, ALL-CAPS shouting, "!!!", a sarcastic «quote» after "takk
 * for", a bare order or reaction as a sentence ("Les vedtaket.", "Whatever."),
 * a shrugging tautology ("kjem når han kjem"), an evident-word with the reader
 * and a negation ("det er tydeleg at du ikkje …"), "vi er ikkje … ditt".
 * Weaker cues (impolite-weak, a wink 😉, a tag "…, veit du.") count in pairs;
 * impatient phrases ("allereie", "som sagt") only with such a cue, or three
 * together, or two when one stresses repetition ("mange gonger", "for the
 * third time"). A bare "Nei." opening a reply is a cue, and enough alone when
 * the reply is short. A rude word right after "ingen"/"no" is denied ("ingen
 * dumme spørsmål").
 */
import { Lexicon, type TermMatch, type WordList } from '../../engine/lexicon';
import { defineRule } from '../../engine/rule';
import type { Localized } from '../../engine/types';
import emoji from '../data/impolite-emoji.any.json';
import strongEn from '../data/impolite-strong.en.json';
import strongNb from '../data/impolite-strong.nb.json';
import strongNn from '../data/impolite-strong.nn.json';
import impatienceEn from '../data/impolite-impatience.en.json';
import impatienceNb from '../data/impolite-impatience.nb.json';
import impatienceNn from '../data/impolite-impatience.nn.json';
import weakEn from '../data/impolite-weak.en.json';
import weakNb from '../data/impolite-weak.nb.json';
import weakNn from '../data/impolite-weak.nn.json';
import repeatedEn from '../data/impolite-repeated.en.json';
import repeatedNb from '../data/impolite-repeated.nb.json';
import repeatedNn from '../data/impolite-repeated.nn.json';
import orderEn from '../data/impolite-order.en.json';
import orderNb from '../data/impolite-order.nb.json';
import orderNn from '../data/impolite-order.nn.json';
import questionEn from '../data/impolite-question.en.json';
import questionNb from '../data/impolite-question.nb.json';
import questionNn from '../data/impolite-question.nn.json';
import mildEn from '../data/impolite-mild.en.json';
import mildNb from '../data/impolite-mild.nb.json';
import mildNn from '../data/impolite-mild.nn.json';
import addressedEn from '../data/impolite-addressed.en.json';
import addressedNb from '../data/impolite-addressed.nb.json';
import addressedNn from '../data/impolite-addressed.nn.json';
import hostileEn from '../data/hostile.en.json';
import hostileNb from '../data/hostile.nb.json';
import hostileNn from '../data/hostile.nn.json';
import { wordBefore } from '../shared/word-before';
import { isQuestion, READER, sentenceHas } from './sentence-cues';

/**
 * The cue lists by kind. All of them are matched as one Lexicon (one pass over a text); each term's kind says
 * how it counts. A term in several lists takes the first kind in this order.
 */
const KINDS = {
  /** One is enough. */
  strong: [strongNn, strongNb, strongEn],
  /** Orders at the reader ("slutt å", "grow up"): rude unless the sentence is a question ("Slutt å røykja? Kurs i mars"). */
  order: [orderNn, orderNb, orderEn],
  /** Rhetorical questions ("trur du verkeleg", "what did you expect"): rude in a question, a weak cue elsewhere when a phrase of three words or more. */
  question: [questionNn, questionNb, questionEn],
  /** Mocking words about the reader ("virkeligheten ikke passer", "ikkje peiling"): rude when the sentence addresses the reader. */
  addressed: [addressedNn, addressedNb, addressedEn],
  /** Insults (G3's lists): rude when the sentence addresses the reader, a weak cue otherwise ("crooks are sending fake texts" is a warning). */
  insult: [hostileNn, hostileNb, hostileEn],
  /** Sarcastic cues that count in pairs. */
  weak: [weakNn, weakNb, weakEn],
  /** Stressing that the answer is repeated ("mange gonger", "for the third time"): impatience that needs only one more sign. */
  repeated: [repeatedNn, repeatedNb, repeatedEn],
  /** Impatient phrases ("allereie", "som sagt"). */
  impatience: [impatienceNn, impatienceNb, impatienceEn],
  /** Cues that are friendly as often as sarcastic ("neste gong", "ekspert", "honestly"): they count with a sharper cue or another mild one, never with an emoji alone. */
  mild: [mildNn, mildNb, mildEn],
} as const;
type Kind = keyof typeof KINDS | 'cue';
/** A word right before an order's first word that makes it something else ("til slutt å", "a place to grow up"). */
const NOT_AN_ORDER: ReadonlySet<string> = new Set(['til', 'to', 'å']);
/** A rude word right after one of these is denied ("ingen dumme spørsmål", "no stupid questions"); not "ikkje": "folk som ikkje gidd å lesa". */
const NEGATION = new Set(['ingen', 'inga', 'intet', 'no', 'not', 'nothing', 'ingenting', "isn't", 'isn’t', "wasn't", 'wasn’t', "aren't", 'aren’t']);
/** "når"/"when" between a verb and the same verb closing the sentence is a shrug ("Bilen kjem når han kjem", "It's done when it's done"). */
const WHEN: ReadonlySet<string> = new Set(['når', 'naar', 'when']);
/** "Det er openbert at du ikkje …", "It's obvious you haven't …": an evident-word, the reader, then a negation. */
const EVIDENT: ReadonlySet<string> = new Set(['openbert', 'openbart', 'åpenbart', 'opplagt', 'tydeleg', 'tydelig', 'klart', 'obvious', 'obviously', 'clear', 'evident', 'plain']);
const DENIAL: ReadonlySet<string> = new Set(['ikkje', 'ikke', 'ikkj', 'itte', 'aldri', 'not', 'never', "haven't", 'haven’t', "hasn't", 'hasn’t', "didn't", 'didn’t', "don't", 'don’t', "can't", 'can’t', "won't", 'won’t']);
/** How far after the evident-word the reader and the negation may stand. */
const EVIDENT_REACH = 6;
/** A sentence that ends in a tag at the reader after a comma: "…, veit du.", "…, you know." */
const TAGS: ReadonlySet<string> = new Set(['veit du', 'vet du', 'you know', 'skjønar du', 'skjønner du', 'forstår du', 'you see']);
/** First words of a mild suggestion that turns sharp as a question. */
const SUGGESTING: ReadonlySet<string> = new Set(['kanskje', 'kansje', 'maybe', 'perhaps']);
/** A question phrase this long counts as a weak cue outside a question ("kor mange gonger skal me seia det."). */
const QUESTION_WORDS_OUTSIDE = 3;

/**
 * Words that shout when written in capitals ("det burde ikkje vore SÅ vanskeleg").
 * Not "IKKJE", "MÅ", "NOT", "ALDRI", "NEVER": a safety notice may stress them ("vatnet må IKKJE drikkast", "we will NEVER ask for your password").
 */
const EMPHASIS = new Set([
  'så', 'alle', 'heilt', 'helt', 'veldig', 'berre', 'bare', 'igjen', 'att', 'les', 'før', 'mykje', 'mye', 'sjølv', 'selv',
  'so', 'all', 'very', 'really', 'only', 'again', 'read', 'ever', 'every', 'too', 'just', 'yourself',
  // Stressed answers and counts: "NEI", "MANGE gonger", "ALLTID". Not "STENGD", "INGEN", "STOP": a notice may stress them.
  'nei', 'no', 'mange', 'many', 'alltid', 'always', 'framleis', 'fortsatt', 'still', 'same', 'samme', 'fleire', 'flere', 'several', 'hundre', 'hundred',
  // Stressing that the reader was told: "Me har SVART på dette", "We've ANSWERED this".
  'svart', 'svara', 'sagt', 'skrive', 'skrevet', 'forklart', 'lest', 'lese', 'lesa', 'answered', 'said', 'told', 'explained', 'written',
  'din', 'ditt', 'dine', 'your',
  // The reader singled out in capitals: "vi skjønar at DU meiner …".
  'du', 'deg', 'dykk', 'dere', 'you',
]);
/** Consecutive words in capitals that make a shouted run. */
const CAPS_RUN = 3;
const THANKS = new Set(['takk', 'tusen', 'thanks', 'thank']);
/** "Me er ikkje servicetorget ditt": the writer denies being the reader's own something (a possessive within a few words). */
const NOT_YOURS: ReadonlySet<string> = new Set(['me er ikkje', 'vi er ikkje', 'vi er ikke', 'me er ikke']);
const POSSESSIVE: ReadonlySet<string> = new Set(['din', 'di', 'ditt', 'dine']);
/** How many words after "vi er ikkje" the possessive may come ("… ikkje det private brøytefirmaet ditt"). */
const NOT_YOURS_REACH = 4;
/** The structural cue words, looked up in one pass: the word itself says which cue it is. */
const CUE_WORDS = [...THANKS, ...WHEN, ...EVIDENT, ...TAGS, ...NOT_YOURS];

const KIND_OF = new Map<string, Kind>();
const ALL_TERMS: string[] = [];
const ALL_EXCLUDES: string[] = [];
for (const [kind, lists] of Object.entries(KINDS) as [Kind, readonly WordList[]][]) {
  for (const list of lists) {
    for (const t of list.terms) {
      if (KIND_OF.has(t)) continue;
      KIND_OF.set(t, kind);
      ALL_TERMS.push(t);
    }
    ALL_EXCLUDES.push(...(list.exclude ?? []));
  }
}
for (const t of CUE_WORDS) {
  if (KIND_OF.has(t)) continue;
  KIND_OF.set(t, 'cue');
  ALL_TERMS.push(t);
}
/** Every cue list in one Lexicon: a text is matched once, and each match sorted by its kind. */
const ALL = new Lexicon(ALL_TERMS, ALL_EXCLUDES);
const NO_MATCHES: readonly TermMatch[] = [];

/** The matches of a text by kind. */
function byKind(matches: readonly TermMatch[]): Record<Kind, TermMatch[]> {
  const out = {} as Record<Kind, TermMatch[]>;
  for (const m of matches) {
    const kind = KIND_OF.get(m.term) ?? 'weak';
    (out[kind] ??= []).push(m);
  }
  return out;
}
/** How far before a quoted word a thanks makes it sarcastic ("takk for «hjelpa»"). */
const THANKS_REACH = 4;
/** Laughter cues, counted once together. */
const LAUGH_WORDS = new Set(['haha*', 'hehe']);
const LAUGH_EMOJI = ['😂', '🤣'];
/** A reply that opens with a bare "Nei." / "No." as its own sentence is curt. */
const BARE_NO = new Set(['nei', 'no', 'nope']);
/** A sentence that is nothing but a bare order: "Det står på nettsida. Les.", "It's on the website. Read it." */
const BARE_ORDERS: ReadonlySet<string> = new Set([
  'les', 'les det', 'les sjølv', 'les selv', 'read', 'read it', 'google', 'google it', 'google det',
  // Bare reactions as a sentence: "Whatever.", "Sukk.", "Seriøst?", "Javel."
  'whatever', 'sukk', 'sigh', 'seriøst', 'seriously', 'javel', 'jasså', 'ok boomer', 'really', 'duh', 'pfft',
  // Mock interest or a curt close as a sentence: "Spennande.", "Noted.", "Ferdig.", "Anything else?"
  'spennande', 'spennende', 'fascinerande', 'fascinerende', 'fascinating', 'noted', 'notert', 'ferdig', 'good for you', 'bra for deg',
  'imagine that', 'how original', 'anything else', 'noko anna', 'noe annet', 'igjen', 'again', 'att', 'neste', 'next',
]);
/** A sentence opening with one of these and a colon repeats with impatience: "Igjen: me brøyter etter plan." */
const AGAIN_OPENERS: ReadonlySet<string> = new Set(['igjen', 'again', 'att', 'atter', 'gjentar', 'gjentek', 'repeat', 'once']);
/** A short sentence opening with a reading order and naming a thing ("Les vedtaket.", "Read the post."): an order unless it offers more ("Les meir her"). */
const READ_ORDERS: ReadonlySet<string> = new Set(['les', 'read', 'sjekk', 'check', 'google']);
const READ_OFFERS: ReadonlySet<string> = new Set(['meir', 'mer', 'more', 'her', 'here', 'gjerne', 'også', 'òg', 'also', 'ut', 'out', 'om', 'about', 'nyheitene', 'nyhetene', 'news', 'this', 'dette', 'inn', 'in', 'on', 'på']);
/** Words in the short reading order at most. */
const READ_ORDER_WORDS = 3;
/** A curt opening alone is enough in a reply at most this long ("Nei. Les vedtaket."). */
const CURT_LENGTH = 80;
const QUOTES: Readonly<Record<string, string>> = { '«': '»', '“': '”', '"': '"', '‘': '’', "'": "'", '„': '“' };

const SUGGESTION: Localized = {
  nn: 'Svar sakleg og høfleg, same kva tilbakemeldinga er: takk for innspelet, gje fakta, vis til kvar ein finn meir.',
  nb: 'Svar saklig og høflig, uansett tilbakemelding: takk for innspillet, gi fakta, vis til hvor man finner mer.',
  en: 'Answer factually and politely whatever the feedback: thank them, give the facts, point to where to find more.',
};

function isUpperWord(word: string): boolean {
  let letters = 0;
  for (const ch of word) {
    if (ch !== ch.toLowerCase()) letters += 1;
    else if (ch !== ch.toUpperCase()) return false;
  }
  return letters >= 2;
}

/** Matches that share no token with an earlier one ("det sto tydelig" and "sto tydelig" are one cue). */
function distinct(matches: TermMatch[]): TermMatch[] {
  if (matches.length < 2) return matches;
  const sorted = [...matches].sort((a, b) => a.first - b.first || b.last - a.last);
  const out: TermMatch[] = [];
  let end = -1;
  for (const m of sorted) {
    if (m.first < end) continue;
    out.push(m);
    end = m.last;
  }
  return out;
}

/** Findings reported per text at most. */
const MAX_FINDINGS = 100;

export default defineRule({
  meta: {
    id: 'g7-impolite',
    guideline: 7,
    severity: 'warning',
    contexts: ['official'],
    description: 'Impolite, sarcastic, hostile or shouting replies on behalf of the municipality.',
    messages: {
      impolite: {
        nn: '«{term}» kan lesast som uhøfleg eller nedlatande. Svar på vegner av heradet skal vera saklege og høflege.',
        nb: '«{term}» kan leses som uhøflig eller nedlatende. Svar på vegne av kommunen skal være saklige og høflige.',
        en: '“{term}” may read as rude or condescending. Replies on behalf of the municipality must be factual and polite.',
      },
      sarcasm: {
        nn: 'Tonen kan lesast som ironisk eller irritert («{term}»). Svar på vegner av heradet skal vera saklege og høflege.',
        nb: 'Tonen kan leses som ironisk eller irritert («{term}»). Svar på vegne av kommunen skal være saklige og høflige.',
        en: 'The tone may read as sarcastic or irritated (“{term}”). Replies on behalf of the municipality must be factual and polite.',
      },
      emoji: {
        nn: '{term} kan lesast som hånleg. Svar på vegner av heradet skal vera høflege.',
        nb: '{term} kan leses som hånlig. Svar på vegne av kommunen skal være høflige.',
        en: '{term} may read as mocking. Replies on behalf of the municipality must be polite.',
      },
      shouting: {
        nn: '«{term}» verkar som roping. Skriv med vanlege bokstavar og teikn.',
        nb: '«{term}» virker som roping. Skriv med vanlige bokstaver og tegn.',
        en: '“{term}” reads as shouting. Write in normal case and punctuation.',
      },
    },
    suggestions: { impolite: SUGGESTION, sarcasm: SUGGESTION, emoji: SUGGESTION, shouting: SUGGESTION },
  },
  check({ doc, report: send }) {
    // At most MAX_FINDINGS reports per text: enough to show, and a flood of matches stays cheap.
    let sent = 0;
    const report: typeof send = (r) => {
      if (sent < MAX_FINDINGS) send(r);
      sent += 1;
    };
    const t = doc.tokens;
    const lower = doc.norm.lower;
    const norm = doc.norm;
    const term = (start: number, end: number) => lower.slice(start, end);

    const denied = (m: TermMatch) => wordBefore(t, m.first, NEGATION, 1);
    const found = byKind(ALL.match(t));
    const of = (kind: Kind): readonly TermMatch[] => found[kind] ?? NO_MATCHES;
    for (const m of of('strong')) if (!denied(m)) report({ messageId: 'impolite', start: m.start, end: m.end, data: { term: term(m.start, m.end) } });
    for (const m of of('order')) {
      // "Til slutt å minna om …" is no order.
      if (isQuestion(t, lower, m.first) || wordBefore(t, m.first, NOT_AN_ORDER, 1)) continue;
      report({ messageId: 'impolite', start: m.start, end: m.end, data: { term: term(m.start, m.end) } });
    }
    // Rhetorical questions and insults: rude in a question / at the reader, else weak cues counted below.
    const weakExtra: TermMatch[] = [];
    /** A short question phrase outside a question ("så vanskeleg") is a mild cue. */
    const mildExtra: TermMatch[] = [];
    for (const m of of('question')) {
      // One word ("eigentleg", "really") asks at the reader only when the sentence addresses them: "Kor lenge er brikka gyldig eigentleg?" does not.
      const atReader = m.last - m.first > 1 || sentenceHas(t, m.first, READER);
      if (atReader && isQuestion(t, lower, m.first)) report({ messageId: 'impolite', start: m.start, end: m.end, data: { term: term(m.start, m.end) } });
      else if (m.last - m.first >= QUESTION_WORDS_OUTSIDE) weakExtra.push(m);
      else mildExtra.push(m);
    }
    for (const m of [...of('insult'), ...of('addressed')]) {
      if (denied(m)) continue;
      if (sentenceHas(t, m.first, READER)) report({ messageId: 'impolite', start: m.start, end: m.end, data: { term: term(m.start, m.end) } });
      else weakExtra.push(m);
    }

    // A tautology that shrugs the question off: "… brøyta når han blir brøyta."
    const cues = of('cue');
    for (const m of cues) {
      if (!WHEN.has(m.term)) continue;
      const k = m.first;
      if (k < 1 || t[k - 1].sentence !== t[k].sentence) continue;
      for (let d = 2; d <= 3 && k + d < t.length; d += 1) {
        const after = lower[t[k + d].end];
        const closes = k + d + 1 >= t.length || t[k + d + 1].sentence !== t[k].sentence || after === ',' || after === ';' || after === ':';
        if (t[k + d].sentence === t[k].sentence && closes && t[k + d].text === t[k - 1].text) {
          report({ messageId: 'impolite', start: t[k - 1].start, end: t[k + d].end, data: { term: term(t[k - 1].start, t[k + d].end) } });
        }
      }
    }

    // An evident-word, then the reader, then a negation, in one sentence: "Det er tydeleg at du ikkje har lese saka."
    for (const m of cues) {
      if (!EVIDENT.has(m.term)) continue;
      let reader = -1;
      for (let k = m.first + 1; k < t.length && k <= m.first + EVIDENT_REACH && t[k].sentence === t[m.first].sentence; k += 1) {
        if (reader < 0 && READER.has(t[k].text)) reader = k;
        else if (reader >= 0 && DENIAL.has(t[k].text)) {
          report({ messageId: 'impolite', start: m.start, end: t[k].end, data: { term: term(m.start, t[k].end) } });
          break;
        }
      }
    }

    // "Vi er ikkje servicetorget ditt": denying being the reader's own service.
    for (const m of cues) {
      if (!NOT_YOURS.has(m.term)) continue;
      for (let k = m.last; k < t.length && k < m.last + NOT_YOURS_REACH && t[k].sentence === t[m.first].sentence; k += 1) {
        if (POSSESSIVE.has(t[k].text)) {
          report({ messageId: 'impolite', start: m.start, end: t[k].end, data: { term: term(m.start, t[k].end) } });
          break;
        }
      }
    }

    // A bare order or reaction as a sentence of its own (at most two words), or a short reading order ("Les vedtaket.").
    let bareNo = 0;
    for (let i = 0; i < t.length; i += 1) {
      if (!t[i].sentenceStart) continue;
      if (AGAIN_OPENERS.has(t[i].text) && lower[t[i].end] === ':') {
        report({ messageId: 'impolite', start: t[i].start, end: t[i].end + 1, data: { term: term(t[i].start, t[i].end + 1) } });
        continue;
      }
      let j = i + 1;
      while (j < t.length && t[j].sentence === t[i].sentence && j - i <= READ_ORDER_WORDS) j += 1;
      const n = j - i;
      if (n > READ_ORDER_WORDS) continue;
      // "Nei." as a sentence of its own later in the reply ("Haha, den var god. Nei.") is a weak cue; an opening one is handled below.
      // Not the end of a domain name ("bankid.no.").
      const bareAfterDot = lower[t[i].start - 1] === '.';
      if (n === 1 && i > 0 && !bareAfterDot && BARE_NO.has(t[i].text) && (lower[t[i].end] === '.' || lower[t[i].end] === '!')) bareNo += 1;
      let order = n <= 2 && BARE_ORDERS.has(n === 1 ? t[i].text : `${t[i].text} ${t[i + 1].text}`);
      const last = t[j - 1].end;
      const domain = lower[last] === '.' && last + 1 < lower.length && lower[last + 1] !== ' ' && lower[last + 1] !== '\n';
      if (!order && n >= 2 && !domain && READ_ORDERS.has(t[i].text)) {
        order = true;
        for (let k = i + 1; k < j; k += 1) if (READ_OFFERS.has(t[k].text)) order = false;
      }
      if (order) report({ messageId: 'impolite', start: t[i].start, end: t[j - 1].end, data: { term: term(t[i].start, t[j - 1].end) } });
    }

    // Every emoji of the lists is outside the Basic Multilingual Plane, led by one of two surrogates: look for those first.
    const hasEmoji = lower.indexOf('\uD83D') >= 0 || lower.indexOf('\uD83E') >= 0;
    if (hasEmoji) {
      for (const e of emoji.strong) {
        const at = lower.indexOf(e);
        if (at >= 0) report({ messageId: 'emoji', start: at, end: at + e.length, data: { term: e } });
      }
    }

    // Shouting: a run of words in capitals, or one emphatic word in capitals.
    let run: number[] = [];
    const flushRun = () => {
      // A heading in capitals ("ULVIK HERAD INFORMERER:") is not shouting.
      let after = run.length > 0 ? t[run[run.length - 1]].end : 0;
      while (after < lower.length && lower[after] === ' ') after += 1;
      const heading = after < lower.length && (lower[after] === ':' || lower[after] === '\n');
      if (run.length >= CAPS_RUN && !heading) {
        const s = t[run[0]].start;
        const e = t[run[run.length - 1]].end;
        report({ messageId: 'shouting', start: s, end: e, data: { term: norm.original.slice(norm.origStart(s), norm.origEnd(e - 1)) } });
      }
      run = [];
    };
    for (let i = 0; i < t.length && sent < MAX_FINDINGS; i += 1) {
      const tok = t[i];
      if (tok.numeric || !tok.capitalized) {
        flushRun();
        continue;
      }
      // Most capitalised words ("Hei", "Takk") have a lower-case second letter: no slice needed to rule them out.
      const from = norm.origStart(tok.start);
      const second = norm.original.charCodeAt(from + 1);
      if (second >= 0x61 && second <= 0x7a) {
        flushRun();
        continue;
      }
      const original = norm.original.slice(from, norm.origEnd(tok.end - 1));
      if (!isUpperWord(original)) {
        flushRun();
        continue;
      }
      if (run.length > 0 && lower.slice(t[run[run.length - 1]].end, tok.start).trim() !== '') flushRun();
      run.push(i);
      if (EMPHASIS.has(tok.text)) report({ messageId: 'shouting', start: tok.start, end: tok.end, data: { term: original } });
    }
    flushRun();

    // "!!!", "???", "?!" and "!?" shout ("!!" is enthusiasm as often as not). Found with indexOf, not a scan of every character.
    let nextBang = lower.indexOf('!');
    let nextAsk = lower.indexOf('?');
    while (nextBang >= 0 || nextAsk >= 0) {
      const i = nextBang < 0 ? nextAsk : nextAsk < 0 ? nextBang : Math.min(nextBang, nextAsk);
      let j = i + 1;
      while (j < lower.length && (lower[j] === '!' || lower[j] === '?')) j += 1;
      if (j - i >= 2) {
        const marks = lower.slice(i, j);
        if (j - i >= 3 || marks.includes('?!') || marks.includes('!?')) report({ messageId: 'shouting', start: i, end: j, data: { term: marks } });
      }
      if (nextBang >= 0 && nextBang < j) nextBang = lower.indexOf('!', j);
      if (nextAsk >= 0 && nextAsk < j) nextAsk = lower.indexOf('?', j);
    }

    // A scare-quoted word after thanks: "Takk for den «konstruktive» tilbakemeldinga".
    const thanked = cues.some((m) => THANKS.has(m.term));
    for (let i = 0; thanked && i < t.length; i += 1) {
      const tok = t[i];
      const open = tok.start > 0 ? lower[tok.start - 1] : '';
      const close = QUOTES[open];
      if (!close) continue;
      let j = i;
      while (j < t.length && j < i + 2 && lower[t[j].end] !== close) j += 1;
      if (j >= t.length || lower[t[j].end] !== close) continue;
      if (wordBefore(t, i, THANKS, THANKS_REACH)) report({ messageId: 'sarcasm', start: tok.start - 1, end: t[j].end + 1, data: { term: lower.slice(tok.start - 1, t[j].end + 1) } });
    }

    // Weak cues: two sarcastic cues (words or a winking emoji), one with an impatient phrase, or three impatient phrases.
    const tone: TermMatch[] = distinct([...of('weak'), ...weakExtra]);
    const repeats = of('repeated');
    const impatient: readonly TermMatch[] = repeats.length > 0 ? [...of('impatience'), ...repeats] : of('impatience');
    let emojiCues = 0;
    let firstEmoji = -1;
    for (const e of hasEmoji ? emoji.terms : []) {
      const at = lower.indexOf(e);
      if (at >= 0) {
        emojiCues += 1;
        if (firstEmoji < 0 || at < firstEmoji) firstEmoji = at;
      }
    }
    // A bare "Nei." / "No." opening the reply: a cue, and enough alone in a short reply.
    let curt = false;
    if (t.length > 0 && BARE_NO.has(t[0].text)) {
      let k = t[0].end;
      while (k < lower.length && lower[k] === ' ') k += 1;
      curt = lower[k] === '.' || lower[k] === '!';
    }
    // A tag at the reader closing a sentence after a comma ("…, veit du.") is a cue.
    let tags = 0;
    for (const m of cues) {
      if (!TAGS.has(m.term)) continue;
      const k = m.last - 1;
      const closes = k + 1 >= t.length || t[k + 1].sentence !== t[k].sentence;
      if (!closes || t[m.first].sentence !== t[k].sentence) continue;
      let c = m.start - 1;
      while (c > 0 && lower[c] === ' ') c -= 1;
      if (lower[c] === ',') tags += 1;
    }
    // Laughter ("haha", 😂, 🤣) counts once however much of it there is: friendly laughter alone is no sarcasm.
    let laughter = 0;
    for (const m of tone) if (LAUGH_WORDS.has(m.term)) laughter += 1;
    if (hasEmoji) for (const e of LAUGH_EMOJI) if (lower.includes(e)) laughter += 1;
    // Mild cues join the count only beside a sharper word cue, an impatient phrase or a second mild one: "Neste gong! 😉" is friendly.
    const mildCues = distinct([...of('mild'), ...mildExtra]);
    // A mild suggestion asked as a question ("Kanskje på tide å kjøpa seg ei skuffe?") is a sharper cue.
    let asked = 0;
    for (const m of mildCues) if (SUGGESTING.has(t[m.first].text) && isQuestion(t, lower, m.first)) asked += 1;
    const sharp = tone.length + tags + bareNo + asked + (curt ? 1 : 0);
    const mildCount = sharp > 0 || mildCues.length >= 2 || impatient.length > 0 ? mildCues.length : 0;
    if (mildCount > 0) tone.push(...mildCues);
    const toneCount = sharp + mildCount - asked + emojiCues - Math.max(0, laughter - 1);
    if (curt && lower.trim().length <= CURT_LENGTH && toneCount === 1 && impatient.length === 0) {
      report({ messageId: 'sarcasm', start: t[0].start, end: t[0].end, data: { term: term(t[0].start, t[0].end) } });
      return;
    }
    // Impatience alone: three phrases, or two when one stresses repetition ("Dette har vi svart på mange gonger før").
    const impatientEnough = impatient.length >= 3 || (repeats.length > 0 && impatient.length >= 2);
    if (toneCount >= 2 || (toneCount >= 1 && impatient.length >= 1) || impatientEnough) {
      const first = [...tone, ...impatient].sort((a, b) => a.start - b.start)[0];
      if (first) report({ messageId: 'sarcasm', start: first.start, end: first.end, data: { term: term(first.start, first.end) } });
      else if (firstEmoji >= 0) report({ messageId: 'sarcasm', start: firstEmoji, end: firstEmoji + 2, data: { term: lower.slice(firstEmoji, firstEmoji + 2) } });
      else if (t.length > 0) report({ messageId: 'sarcasm', start: t[0].start, end: t[0].end, data: { term: term(t[0].start, t[0].end) } });
    }
  },
});
