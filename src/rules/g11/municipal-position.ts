/**
 * G11: a private post that states, predicts or speculates on the
 * municipality's or the council's official position or decisions ("heradet
 * kjem ikkje til å …", "kommunen meiner", "the council will …"). The
 * municipality as the subject, followed within a few words in the same
 * sentence by a verb of position or prediction; a bare "vil"/"will" only with
 * a sign of certainty or inside knowledge ("nok", "trust me", "bare vent"),
 * since it is often public news. Questions do not count. A
 * referral to management ("eg har sendt det vidare til leiinga", "spør
 * heradet direkte") is the good behaviour and clears the rule. An individual
 * case outcome is case handling (G8), not this rule.
 */
import { Lexicon, type TermMatch } from '../../engine/lexicon';
import { defineRule, type Doc } from '../../engine/rule';
import positionEn from '../data/municipal-position.en.json';
import positionNb from '../data/municipal-position.nb.json';
import positionNn from '../data/municipal-position.nn.json';
import actionEn from '../data/municipal-action.en.json';
import actionNb from '../data/municipal-action.nb.json';
import actionNn from '../data/municipal-action.nn.json';
import decidedEn from '../data/municipal-decided.en.json';
import decidedNb from '../data/municipal-decided.nb.json';
import decidedNn from '../data/municipal-decided.nn.json';
import certaintyEn from '../data/position-certainty.en.json';
import certaintyNb from '../data/position-certainty.nb.json';
import certaintyNn from '../data/position-certainty.nn.json';
import predictedEn from '../data/municipal-predicted.en.json';
import predictedNb from '../data/municipal-predicted.nb.json';
import predictedNn from '../data/municipal-predicted.nn.json';
import referralEn from '../data/referral.en.json';
import referralNb from '../data/referral.nb.json';
import referralNn from '../data/referral.nn.json';
import sourceEn from '../data/municipal-source.en.json';
import sourceNb from '../data/municipal-source.nb.json';
import sourceNn from '../data/municipal-source.nn.json';
import variantsEn from '../data/g11-municipality-variants.en.json';
import variantsNb from '../data/g11-municipality-variants.nb.json';
import variantsNn from '../data/g11-municipality-variants.nn.json';
import passiveEn from '../data/g11-passive-action.en.json';
import passiveNb from '../data/g11-passive-action.nb.json';
import passiveNn from '../data/g11-passive-action.nn.json';
import { mergeMatches, municipalityRefs, municipalServices, municipalTopics } from '../shared/municipality';
import { opinionMatches, ownBehalfMatches } from '../shared/opinion';
import { sentencesEndingWith } from '../shared/sentence-ends';
import { wordBefore } from '../shared/word-before';

const POSITION = Lexicon.fromLists(positionNn, positionNb, positionEn);
/** The administration as the source of inside word ("word from the town hall", "kjelder på rådhuset"): a reference the shared list leaves to G3 as a place. */
/**
 * Participles of cuts and changes ("lagd ned", "slått saman", "closed down"): predicted in the passive about a service.
 * One list with the sources above, so that a text pays for one look-up; a match's term says which it is.
 */
const EXTRA = Lexicon.fromLists(sourceNn, sourceNb, sourceEn, variantsNn, variantsNb, variantsEn, passiveNn, passiveNb, passiveEn);
const PASSIVE_TERMS: ReadonlySet<string> = new Set([passiveNn, passiveNb, passiveEn].flatMap((l) => l.terms));
/** Auxiliaries of the passive right before the participle ("blir nok lagd ned", "is going to be closed"). */
const AUXILIARIES = new Set(['blir', 'bli', 'vert', 'verte', 'be', 'being', 'get', 'gets', 'getting']);
const AUX_REACH = 3;
/** Adverbs that make a passive a prediction ("blir nok", "vert garantert", "will definitely be"). */
const PREDICTING = new Set(['nok', 'garantert', 'sikkert', 'truleg', 'trulig', 'trolig', 'sannsynlegvis', 'sannsynligvis', 'uansett', 'definitely', 'probably', 'certainly', 'surely', 'inevitably', 'likely', 'anyway']);
/** Tokens before the participle searched for such an adverb or a future ("kjem til å bli", "going to be"). */
const PREDICT_REACH = 6;
/** The writer right before a view ("… i heradet: eg synest …"): the writer's own opinion, not the municipality's. */
const WRITER = new Set(['eg', 'jeg', 'æ', 'i', 'me', 'vi', 'we', "i'm", 'i’m']);
const REFERRAL = Lexicon.fromLists(referralNn, referralNb, referralEn);
const CERTAINTY = Lexicon.fromLists(certaintyNn, certaintyNb, certaintyEn);
/** "det er bestemt", "it's been decided": a decision stated as made, before or after the municipality. */
const DECIDED = Lexicon.fromLists(decidedNn, decidedNb, decidedEn);
/** "det blir nok vedteke", "will be voted through": a predicted political decision that needs no named body. */
const PREDICTED = Lexicon.fromLists(predictedNn, predictedNb, predictedEn);
/** Policy verbs that make a bare "vil"/"will" a predicted decision ("rådmannen vil selja"). */
const ACTIONS = Lexicon.fromLists(actionNn, actionNb, actionEn);
/** Sentences between a "decided" phrase and the municipality. */
const DECIDED_SENTENCES = 1;
/** A bare future ("kommunen vil …", "the council will …") is often public news; it counts with a sign of certainty or inside knowledge. */
const WEAK_CUES = new Set(['vil', 'will']);
/** The politicians as a group (a reference from the municipality list). */
const POLITICIANS = new Set(['politikarane', 'kommunepolitikarane', 'heradspolitikarane', 'lokalpolitikarane', 'politikerne', 'kommunepolitikerne', 'lokalpolitikerne', 'the politicians', 'local politicians', 'our politicians', 'the local politicians']);
/** "vurderer å", "is considering": often public news too; they count only with a sign of certainty or inside knowledge ("eg har høyrt"). */
const CONSIDERING = new Set(['vurderer å', 'ser på å', 'is considering', 'are considering']);

/** Tokens after the municipality in which the verb must start. */
const WINDOW = 8;
/** "kjem … til å", "kommer … til å": the future with up to this many words between. */
const COME = new Set(['kjem', 'kommer', 'kjøm']);
const COME_GAP = 3;

/** An indirect question or condition before the municipality ("kva kommunen meiner", "if the council will"): no claim. */
const INTERROGATIVES = new Set(['kva', 'hva', 'kvifor', 'hvorfor', 'korleis', 'hvordan', 'om', 'dersom', 'viss', 'hvis', 'what', 'whether', 'why', 'how', 'if']);
const INTERROGATIVE_REACH = 2;

/** "vil gjerne" (would like to): a polite wish, not a position. */
const POLITE_AFTER_WILL = new Set(['gjerne']);

/**
 * Procedural verbs after a future ("kommunestyret kjem til å handsama saka", "the council is going to hold a
 * meeting"): public news of the process, not a predicted position.
 */
const PROCEDURE = new Set([
  'handsama', 'handsame', 'behandle', 'drøfta', 'drøfte', 'diskutera', 'diskutere', 'halda', 'halde', 'holde', 'invitera', 'invitere',
  'informera', 'informere', 'arrangera', 'arrangere', 'publisera', 'publisere', 'svara', 'svare', 'møtast', 'møtes', 'vurdera', 'vurdere',
  'hold', 'host', 'publish', 'invite', 'inform', 'arrange', 'meet', 'discuss', 'consider', 'hear', 'respond', 'reply', 'announce', 'review',
]);

/** Words of a guess or a bet right before the municipality ("tippar kommunen kuttar …", "I bet the council …"). */
const GUESSES = new Set(['tippar', 'tipper', 'veddar', 'vedder', 'vedde', 'spår', 'bet', 'reckon', 'guess', 'predict', 'wager']);
const GUESS_REACH = 4;

/** Adverbs of likelihood right after the municipality's verb: "kommunestyret godkjenner nok planen", "heradet seier truleg nei". */
const LIKELY = new Set(['nok', 'truleg', 'trulig', 'trolig', 'sannsynlegvis', 'sannsynligvis', 'garantert', 'probably', 'likely', 'surely', 'definitely']);
/** Words after "nok" that make it "enough" ("har nok pengar"), not "probably". */
const ENOUGH = new Set(['pengar', 'penger', 'tid', 'folk', 'plass', 'ressursar', 'ressurser', 'midlar', 'midler', 'med', 'å', 'til', 'av', 'money', 'time']);
/** Verbs of deciding, in the present tense, that a likelihood adverb turns into a prediction ("vedtek nok", "seier truleg"). */
const DECIDING = new Set([
  'vedtek', 'vedtar', 'godkjenner', 'godkjenn', 'avslår', 'seier', 'sier', 'går', 'landar', 'lander', 'kuttar', 'kutter', 'sel', 'selger',
  'stenger', 'stengjer', 'legg', 'legger', 'byggjer', 'bygger', 'stemmer', 'røystar', 'vel', 'velger', 'droppar', 'dropper', 'utset',
  'utsetter', 'aukar', 'øker', 'innfører', 'fjernar', 'fjerner', 'privatiserer', 'flyttar', 'flytter', 'reduserer', 'avviklar', 'avvikler',
  'approves', 'rejects', 'says', 'goes', 'votes', 'cuts', 'closes', 'sells', 'drops', 'scraps', 'raises', 'chooses', 'picks', 'backs',
]);

/** The verb and likelihood adverb right after the reference ("godkjenner nok"), or null. */
function likelyAfter(doc: Doc, ref: TermMatch): TermMatch | null {
  const { tokens } = doc;
  const verb = tokens[ref.last];
  const adverb = tokens[ref.last + 1];
  if (!verb || !adverb || verb.sentence !== tokens[ref.first].sentence || adverb.sentence !== verb.sentence) return null;
  if (!LIKELY.has(adverb.text) || !DECIDING.has(verb.text)) return null;
  const next = tokens[ref.last + 2];
  if (adverb.text === 'nok' && (!next || next.sentence !== verb.sentence || ENOUGH.has(next.text))) return null;
  return { term: `${verb.text} ${adverb.text}`, first: ref.last, last: ref.last + 2, start: verb.start, end: adverb.end };
}

/** The start of a predicted passive before participle p ("blir nok lagd ned", "kjem til å bli slått saman", "is going to be closed"), or null. */
function predictedPassive(doc: Doc, p: TermMatch, questions: readonly boolean[]): TermMatch | null {
  const { tokens } = doc;
  const sentence = tokens[p.first].sentence;
  if (questions[sentence]) return null;
  let aux = -1;
  for (let k = p.first - 1; k >= Math.max(0, p.first - AUX_REACH) && tokens[k].sentence === sentence; k -= 1) if (AUXILIARIES.has(tokens[k].text)) aux = k;
  if (aux < 0) return null;
  for (let k = p.first - 1; k >= Math.max(0, p.first - PREDICT_REACH) && tokens[k].sentence === sentence; k -= 1) {
    const w = tokens[k].text;
    const future = comesTo(doc, k) > 0 || (w === 'going' && tokens[k + 1]?.text === 'to');
    if (PREDICTING.has(w) || future) return { term: w, first: k, last: p.last, start: tokens[k].start, end: p.end };
  }
  return null;
}

/** True when a colon stands between start and end. */
function hasColon(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p += 1) if (text.charCodeAt(p) === 0x3a) return true;
  return false;
}

/** "står 100 % bak", "står heilt og fullt bak": full backing (a bare "står bak" is also who organises an event). */
const STANDS = new Set(['står', 'stod', 'sto', 'stands', 'stood']);
const BEHIND = new Set(['bak', 'behind']);
/** Words of degree between "står" and "bak"; a number ("100 %") counts too. */
const DEGREE = new Set(['heilt', 'helt', 'fullt', 'samla', 'samlet', 'og', 'last', 'fast', 'hundre', 'fully', 'firmly', 'completely', 'squarely', 'totally', 'solidly', 'and']);
const DEGREE_REACH = 3;

/** "kommunen står 100 % bak rektor": the municipality's backing stated with a degree word between, or null. */
function backsFully(doc: Doc, ref: TermMatch): TermMatch | null {
  const { tokens } = doc;
  const k = ref.last;
  if (k >= tokens.length || !STANDS.has(tokens[k].text)) return null;
  for (let j = k + 1; j < tokens.length && j <= k + DEGREE_REACH; j += 1) {
    if (tokens[j].sentence !== tokens[k].sentence) return null;
    if (BEHIND.has(tokens[j].text)) return j > k + 1 ? { term: 'står bak', first: k, last: j + 1, start: tokens[k].start, end: tokens[j].end } : null;
    if (!tokens[j].numeric && !DEGREE.has(tokens[j].text)) return null;
  }
  return null;
}

/** "dei", "they": later in the sentence (or the next), the body just named ("planutvalet har saka 14. juni, og eg trur dei seier ja"). */
const PLURAL_PRONOUNS = new Set(['dei', 'de', 'they', "they're", 'they’re', "they'll", 'they’ll']);
const PRONOUN_REACH = 12;

/** The references plus, for each, the first plural pronoun shortly after it, in position order. */
function withPronouns(doc: Doc, refs: readonly TermMatch[]): TermMatch[] {
  const { tokens } = doc;
  const out: TermMatch[] = [];
  for (const ref of refs) {
    out.push(ref);
    const sentence = tokens[ref.first].sentence;
    for (let k = ref.last; k < Math.min(tokens.length, ref.last + PRONOUN_REACH); k += 1) {
      // The next sentence too: a date ("14. juni") ends a sentence for the tokenizer.
      if (tokens[k].sentence > sentence + 1) break;
      if (PLURAL_PRONOUNS.has(tokens[k].text)) {
        out.push({ term: tokens[k].text, first: k, last: k + 1, start: tokens[k].start, end: tokens[k].end });
        break;
      }
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

/** Verbs of holding a view: after an evaluation, the view is known and being criticised. */
const VIEWS = new Set(['meiner', 'mener', 'meinte', 'mente', 'synest', 'synes', 'thinks', 'believes']);
/** Tokens before the municipality in which an evaluation makes its plan a known fact being criticised ("skandale at kommunen vil …"). */
const CRITICISED_REACH = 4;

/** True when an evaluation ends shortly before the reference in its sentence. */
function criticisedBefore(doc: Doc, ref: TermMatch): boolean {
  const { tokens } = doc;
  for (const o of opinionMatches(doc)) {
    if (o.last > ref.first) break;
    if (ref.first - o.last <= CRITICISED_REACH && tokens[o.first].sentence === tokens[ref.first].sentence) return true;
  }
  return false;
}

/** True when a guess word stands shortly before the reference in its sentence. */
function guessedBefore(doc: Doc, ref: TermMatch): boolean {
  return wordBefore(doc.tokens, ref.first, GUESSES, GUESS_REACH);
}


/** The end token of a "kjem … til å" future starting at token i, or -1. */
function comesTo(doc: Doc, i: number): number {
  const { tokens } = doc;
  if (!COME.has(tokens[i].text)) return -1;
  for (let k = i + 1; k + 1 < tokens.length && k <= i + 1 + COME_GAP; k += 1) {
    if (tokens[k].sentence !== tokens[i].sentence) return -1;
    if (tokens[k].text === 'til' && tokens[k + 1].text === 'å') return k + 2;
  }
  return -1;
}

export default defineRule({
  meta: {
    id: 'g11-municipal-position',
    guideline: 11,
    severity: 'warning',
    contexts: ['private'],
    description: "A private post that states, predicts or speculates on the municipality's position or decisions.",
    messages: {
      position: {
        nn: 'Du uttalar deg om kva heradet meiner eller kjem til å gjera («{term}»). Vurder å visa til leiinga; du har lojalitetsplikt.',
        nb: 'Du uttaler deg om hva kommunen mener eller kommer til å gjøre («{term}»). Vurder å vise til ledelsen; du har lojalitetsplikt.',
        en: 'You speak about what the municipality thinks or will do (“{term}”). Consider referring to management; you have a duty of loyalty.',
      },
    },
    suggestions: {
      position: {
        nn: 'Skriv heller at du har sendt spørsmålet vidare til leiinga, eller vis til heradet sine offisielle kanalar.',
        nb: 'Skriv heller at du har sendt spørsmålet videre til ledelsen, eller vis til kommunens offisielle kanaler.',
        en: 'Say instead that you have passed the question on to management, or point to the official channels.',
      },
    },
  },
  check({ doc, config, report }) {
    const named = municipalityRefs(doc, config);
    const extra = EXTRA.match(doc.tokens);
    const sources = extra.length === 0 ? extra : extra.filter((m) => !PASSIVE_TERMS.has(m.term));
    const passive = sources.length === extra.length ? [] : extra.filter((m) => PASSIVE_TERMS.has(m.term));
    const refs = sources.length === 0 ? named : mergeMatches(named, sources);
    const predicted = PREDICTED.match(doc.tokens);
    if (refs.length === 0 && predicted.length === 0 && passive.length === 0) return;
    // A link to the municipality's own site: the post shares official information (G6).
    const lower = doc.norm.lower;
    // A referral phrase read across a colon ("Til alle som spør: kommunen …") is no referral.
    if (REFERRAL.match(doc.tokens).some((m) => !hasColon(lower, m.start, m.end))) return;
    if (config.officialDomains.some((d) => d.length > 3 && lower.includes(d.toLowerCase()))) return;
    const { tokens } = doc;
    const questions = sentencesEndingWith(doc, '?');
    for (const p of predicted) {
      if (questions[tokens[p.first].sentence]) continue;
      report({ messageId: 'position', start: p.start, end: p.end, data: { term: lower.slice(p.start, p.end) } });
      return;
    }
    // "Skulen på Nes blir nok lagd ned", "the library is definitely going to be closed": a service's fate predicted.
    for (const p of passive) {
      const hit = predictedPassive(doc, p, questions);
      if (!hit) continue;
      const sentence = tokens[p.first].sentence;
      if (!municipalServices(doc).some((m) => tokens[m.first].sentence === sentence) && !municipalTopics(doc, config).some((m) => tokens[m.first].sentence === sentence)) continue;
      report({ messageId: 'position', start: hit.start, end: p.end, data: { term: lower.slice(hit.start, p.end) } });
      return;
    }
    if (refs.length === 0 && predicted.length === 0) return;
    const disclaimers = ownBehalfMatches(doc);
    const cues = POSITION.match(tokens);
    let c = 0;
    let d = 0;
    for (const ref of withPronouns(doc, refs)) {
      const sentence = tokens[ref.first].sentence;
      if (questions[sentence]) continue;
      let asked = false;
      for (let k = Math.max(0, ref.first - INTERROGATIVE_REACH); k < ref.first; k += 1) {
        // "Guess what, the council …" is an announcement, not a question.
        if (tokens[k].sentence === sentence && INTERROGATIVES.has(tokens[k].text) && !(k > 0 && GUESSES.has(tokens[k - 1].text))) asked = true;
      }
      if (asked) continue;
      // "ikkje arbeidsgjevaren sitt": the municipality inside a disclaimer is no claim about it.
      while (d < disclaimers.length && disclaimers[d].last < ref.last) d += 1;
      if (d < disclaimers.length && disclaimers[d].first <= ref.first) continue;
      let hit: TermMatch | null = null;
      while (c < cues.length && cues[c].first < ref.last) c += 1;
      // "heradet: eg synest …": a view with the writer as its subject is the writer's own.
      const own = c < cues.length && cues[c].first > 0 && WRITER.has(tokens[cues[c].first - 1].text);
      if (!own && c < cues.length && cues[c].first < ref.last + WINDOW && tokens[cues[c].first].sentence === sentence) {
        const after = tokens[cues[c].last];
        const considering = CONSIDERING.has(cues[c].term);
        const weak = WEAK_CUES.has(cues[c].term) || considering;
        // What the politicians want ("politikarane vil leggja ned …") is often public debate: a bare "vil" needs certainty there.
        const action = WEAK_CUES.has(cues[c].term) && !POLITICIANS.has(ref.term) && after !== undefined && after.sentence === sentence && ACTIONS.has(after.text);
        const procedure = after !== undefined && after.sentence === sentence && PROCEDURE.has(after.text);
        // A weak future or a view right after an evaluation ("rysta over at kommunen vil slå saman …", "shocking that
        // the council thinks …") criticises a known plan or position.
        const known = (weak || VIEWS.has(cues[c].term)) && criticisedBefore(doc, ref);
        if (!(after && POLITE_AFTER_WILL.has(after.text)) && !procedure && !known && (!weak || action || CERTAINTY.match(tokens).length > 0)) hit = cues[c];
      }
      for (let k = ref.last; !hit && k < Math.min(tokens.length, ref.last + WINDOW); k += 1) {
        if (tokens[k].sentence !== sentence) break;
        const end = comesTo(doc, k);
        if (end > 0 && !(end < tokens.length && PROCEDURE.has(tokens[end].text))) {
          hit = { term: 'kjem til å', first: k, last: end, start: tokens[k].start, end: tokens[end - 1].end };
        }
      }
      if (!hit) hit = backsFully(doc, ref);
      if (!hit) hit = likelyAfter(doc, ref);
      if (!hit && guessedBefore(doc, ref)) hit = ref;
      if (!hit) {
        // "Det er bestemt: … heradet …", "… heradet vedtek … Det har dei alt bestemt internt."
        for (const m of DECIDED.match(tokens)) {
          if (Math.abs(tokens[m.first].sentence - sentence) <= DECIDED_SENTENCES && !questions[tokens[m.first].sentence]) {
            hit = m;
            break;
          }
        }
      }
      if (!hit) continue;
      const start = Math.min(ref.start, hit.start);
      const end = Math.max(ref.end, hit.end);
      report({ messageId: 'position', start, end, data: { term: doc.norm.lower.slice(start, end) } });
      return;
    }
  },
});
