/**
 * G4: evaluative or personal statements about colleagues, a boss or a
 * recognisable co-worker in open media: criticism, gossip, their health or
 * private life. A colleague reference (see shared/colleague) with such a
 * remark within a few words, in the same or a following sentence (or in a
 * who-question the reference answers: "Guess who was late AGAIN? Our manager"). Neutral or
 * grateful group mentions ("lunsj med gjengen", "takk til alle kollegaene
 * mine") carry no remark and pass.
 */
import { Lexicon, type TermMatch } from '../../engine/lexicon';
import { defineRule, type Doc } from '../../engine/rule';
import type { Token } from '../../engine/tokens';
import { colleagueMentions, colleagueRemarks, isAfterOnlyRemark, isComplaintRemark, mayMentionColleague, isHealthRemark, isStrongEmojiRemark, isWeakRemark } from '../shared/colleague';
import { wordBefore } from '../shared/word-before';
import { emphasisNear, mayHaveEmphasis } from './emphasis';

/** Tokens before and after the reference in which a remark counts. */
const BEFORE = 12;
const AFTER = 25;
/** Sentences after the reference in which a remark counts ("Ny sjef. Ho har null erfaring."). */
const SENTENCES_AFTER = 3;
/** Openers that make a reference the addressee ("Til vikarane i 3B: …"): health details that follow are about someone else. */
const ADDRESS = new Set(['til', 'to', 'hei', 'hi', 'kjære', 'dear']);
/** Praise right before a reference ("verdas beste kollegaer", "the best colleagues"): a grateful mention; only a contempt emoji overrides it. */
const PRAISE = new Set(['beste', 'flinkaste', 'flinkeste', 'fantastiske', 'herlege', 'herlige', 'best', 'greatest', 'amazing', 'wonderful', 'lovely']);
const PRAISE_REACH = 2;

/** Get-well wishes: health news with a wish is sympathy ("Sjefen har vore sjuk, god betring!"). */
const WISHES = new Lexicon(['god betring', 'god bedring', 'rask betring', 'rask bedring', 'get well', 'get well soon', 'speedy recovery']);
/** Before a reference these make it the giver ("blomar frå kollegaene mine etter operasjonen"): the health news is the writer's. */
const FROM = new Set(['frå', 'fra', 'from']);

/** Words that turn a sentence to another matter ("lei av regnet, men kollegaene …"). */
const TURNS = new Set(['men', 'but', 'though', 'although', 'likevel']);
/** Tokens from a complaint to the reference it is about. */
const COMPLAINT_REACH = 8;

/** "Eg er lei av at kollegaen min …": the reference follows the complaint closely, in its sentence, with no turn between. */
function complaintAbout(tokens: readonly Token[], end: number, first: number): boolean {
  if (first < end || first - end > COMPLAINT_REACH || tokens[first].sentence !== tokens[end - 1].sentence) return false;
  for (let k = end; k < first; k += 1) if (TURNS.has(tokens[k].text)) return false;
  return true;
}

/** Question words that ask for a person. */
const WHO = new Set(['kven', 'hvem', 'who', 'whom']);
/** The remark is the who-question itself ("gjett kven som", "guess who"): a riddle, no remark on the answer ("Guess who is 50 today? Our boss!"). */
function asksWho(tokens: readonly Token[], remark: TermMatch): boolean {
  for (let k = remark.first; k < remark.last; k += 1) if (WHO.has(tokens[k].text)) return true;
  return false;
}

/** "Guess who came in late AGAIN? Our dear manager": a reference that opens the sentence right after a question is its answer; the question's remark is about it. */
function answersQuestion(doc: Doc, first: number): boolean {
  const { tokens } = doc;
  if (first === 0 || !tokens[first].sentenceStart) return false;
  if (!doc.norm.folded.slice(tokens[first - 1].end, tokens[first].start).includes('?')) return false;
  // A who-question ("Gjett kven …?", "Hvem er det som …?", "Guess who …?"): "Er du sjuk? Kollegaen min …" is no answer.
  const sentence = tokens[first - 1].sentence;
  for (let k = first - 1; k >= 0 && tokens[k].sentence === sentence; k -= 1) if (WHO.has(tokens[k].text)) return true;
  return false;
}

export default defineRule({
  meta: {
    id: 'g4-colleague',
    guideline: 4,
    severity: 'warning',
    description: 'Criticism, gossip, health or private-life statements about a colleague, a boss or a recognisable co-worker.',
    messages: {
      colleague: {
        nn: 'Teksten seier noko om ein kollega («{who}»: «{term}»). Ikkje uttal deg om kollegaer i opne medium.',
        nb: 'Teksten sier noe om en kollega («{who}»: «{term}»). Ikke uttal deg om kolleger i åpne medier.',
        en: 'The text makes a statement about a colleague (“{who}”: “{term}”). Don’t comment on colleagues in open media.',
      },
    },
    suggestions: {
      colleague: {
        nn: 'Ta det opp direkte med personen eller leiaren din, ikkje på sosiale medium.',
        nb: 'Ta det opp direkte med personen eller lederen din, ikke i sosiale medier.',
        en: 'Raise it with the person or your manager directly, not on social media.',
      },
    },
  },
  check({ doc, config, report }) {
    // No colleague, role, unit or workplace word and no compound: nothing can be about a colleague (the cheapest test first).
    if (!mayMentionColleague(doc, config)) return;
    const remarks = colleagueRemarks(doc);
    // Without a listed remark, only sarcasm marks (capitals, scare quotes) can make a statement: a cheap test first.
    if (remarks.length === 0 && !mayHaveEmphasis(doc)) return;
    const mentions = colleagueMentions(doc, config);
    if (mentions.length === 0) return;
    const { tokens } = doc;
    const wish = WISHES.match(tokens).length > 0;
    let r = 0;
    for (const m of mentions) {
      const opener = m.first > 0 ? tokens[m.first - 1] : undefined;
      const addressee = opener !== undefined && opener.sentenceStart && ADDRESS.has(opener.text);
      const praised = wordBefore(tokens, m.first, PRAISE, PRAISE_REACH);
      while (r < remarks.length && remarks[r].last <= m.first - BEFORE) r += 1;
      for (let k = r; k < remarks.length && remarks[k].first < m.last + AFTER; k += 1) {
        const remark = remarks[k];
        const ds = tokens[remark.first].sentence - tokens[m.first].sentence;
        if (ds > SENTENCES_AFTER || (ds < 0 && !(ds === -1 && !isHealthRemark(doc, remark) && !asksWho(tokens, remark) && answersQuestion(doc, m.first)))) continue;
        if (isWeakRemark(remark) && m.kind === 'word') continue;
        if ((m.kind === 'role' || wish || (m.first > 0 && FROM.has(tokens[m.first - 1].text))) && isHealthRemark(doc, remark)) continue;
        if (praised && !isStrongEmojiRemark(remark)) continue;
        if ((addressee || remark.first < m.first) && isAfterOnlyRemark(remark)) continue;
        if (isComplaintRemark(remark) && !complaintAbout(tokens, remark.last, m.first)) continue;
        report({
          messageId: 'colleague',
          start: m.start,
          end: m.end,
          data: { who: doc.norm.lower.slice(m.start, m.end), term: doc.norm.lower.slice(remark.start, remark.end) },
        });
        return;
      }
    }
    // No listed remark: a shouted word ("AGAIN", "IGJEN") or a word in scare quotes ("'forgot'") near a specific reference is sarcasm.
    if (remarks.length > 0 && !mayHaveEmphasis(doc)) return;
    for (const m of mentions) {
      if (m.kind === 'role') continue;
      if (m.kind === 'word' && wordBefore(tokens, m.first, PRAISE, PRAISE_REACH)) continue;
      const cue = emphasisNear(doc, m.first, m.last);
      if (cue < 0) continue;
      report({
        messageId: 'colleague',
        start: m.start,
        end: m.end,
        data: { who: doc.norm.lower.slice(m.start, m.end), term: doc.norm.lower.slice(tokens[cue].start, tokens[cue].end) },
      });
      return;
    }
  },
});
