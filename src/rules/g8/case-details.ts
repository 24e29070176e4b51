/**
 * G8: the specifics of someone's case, application or decision ("byggesaka
 * til han på Hakestad", "søknaden din om skuleskyss", "a neighbour's building
 * application", "mora til ein av elevane har søkt om fritak"). Pointing to the
 * proper channel in the same sentence is fine.
 */
import { Lexicon } from '../../engine/lexicon';
import { defineRule } from '../../engine/rule';
import serviceEn from '../data/municipal-service.en.json';
import serviceNb from '../data/municipal-service.nb.json';
import serviceNn from '../data/municipal-service.nn.json';
import handlingEn from '../data/case-handling.en.json';
import handlingNb from '../data/case-handling.nb.json';
import handlingNn from '../data/case-handling.nn.json';
import decisionEn from '../data/case-decision.en.json';
import decisionNb from '../data/case-decision.nb.json';
import decisionNn from '../data/case-decision.nn.json';
import insiderEn from '../data/case-insider.en.json';
import insiderNb from '../data/case-insider.nb.json';
import insiderNn from '../data/case-insider.nn.json';
import queueEn from '../data/case-queue.en.json';
import queueNb from '../data/case-queue.nb.json';
import queueNn from '../data/case-queue.nn.json';
import { clauseIds } from '../shared/person';
import { caseNouns, caseOwner, clauseHasProperChannel, firstPersonFrom, isFamilyWord, nearProperChannel, outcomeMatches, persons, POSSESSIVE_AFTER, POSSESSIVE_BEFORE } from './case-context';

/**
 * Words of an administrative decision ("innvilga", "avslag", "fekk nei"): with a
 * person or a possessive in the same sentence the text tells someone's decision.
 */
const decisions = Lexicon.fromLists(decisionNn, decisionNb, decisionEn);

/** A place in a queue or on a waiting list ("står på ventelista"): with a person or possessive, the state of someone's case. */
const queues = Lexicon.fromLists(queueNn, queueNb, queueEn);
/** The writer saw the case in the files ("det ser eg i systemet", "it crossed my desk"): a neighbour's application is then a case told from inside. */
const insiders = Lexicon.fromLists(insiderNn, insiderNb, insiderEn);
/** The reader as the subject of an outcome ("du har fått plass", "you've been granted"). */
const READER = new Set(['du', 'de', 'dykk', 'dere', 'you', "you've", 'you’ve']);
/** The writer's "have" before an outcome ("eg har godkjent", "I have approved"). */
const HAVE = new Set(['har', 'have', "i've", 'i’ve', "we've", 'we’ve']);
/** Characters looked ahead for a question mark that ends the sentence. */
const QUESTION_LOOKAHEAD = 200;

/** A passive before an outcome ("er stadfesta", "has been confirmed"): its subject, the case, may stand further back. */
const PASSIVE = new Set(['er', 'blir', 'vert', 'vart', 'blei', 'ble', 'blitt', 'vorte', 'is', 'are', 'was', 'were', 'been', 'be']);
/** Tokens back from a passive outcome in which "din"/"your" may own its subject ("your place at the new unit is confirmed"). */
const PASSIVE_REACH = 10;
/** Verbs of applying or appealing, followed by "om" or "for". */
const APPLIED = new Set(['søkt', 'søkte', 'søkjer', 'søker', 'søkja', 'søke', 'applied', 'appealed', 'applies', 'appeals']);
/** "søkt om" (applied for); not "klaga på" (complained about), which is everyday speech. */
const APPLIED_OBJECT = new Set(['om', 'for', 'against']);
/** "Eg handsamar byggesøknaden …", "I'm processing the application": the writer handles the case. */
const HANDLING = new Set(['handsamar', 'handsama', 'handsamer', 'behandler', 'behandla', 'behandlet', 'jobbar', 'jobber', 'sit', 'sitter', 'sat', 'satt', 'processing', 'reviewing', 'handling', 'working']);
/** Verbs of merely working on something: with a bare "saka"/"the matter" a polite holding reply ("vi jobber med saken"), not a case. */
const WORKING = new Set(['jobbar', 'jobber', 'working', 'ser', 'looking']);
/** Case words that say nothing of which service ("søknaden", "saka", "the application"). */
const GENERIC_NOUNS = ['søknad', 'sak', 'application', 'case', 'klag', 'appeal'];
const GENERIC_CASE = new Set(['saka', 'saken', 'sak', 'case', 'matter', 'it']);
/** Second-person possessives before an outcome ("sonen din har fått plass", "din sønn", "your son"). */
const YOUR = new Set(['din', 'di', 'ditt', 'dine', 'dykkar', 'deres', 'your']);
/** "eg har fått godkjent": the writer received the outcome, did not decide it. */
const RECEIVED = new Set(['fått', 'fekk', 'fikk', 'got', 'been', 'blitt', 'vorte']);
/** A municipal service named ("plass på SFO", "the nursing home"): the outcome is of an application for it. */
const services = Lexicon.fromLists(serviceNn, serviceNb, serviceEn);
/** Case work by the writer ("eg har sjekka", "we looked into it"): in an official reply to someone, handling their case here. */
const handlingWords = Lexicon.fromLists(handlingNn, handlingNb, handlingEn);
/** The reader in an official reply ("du", "your"). */
const YOU = new Set(['du', 'deg', 'dykk', 'dere', 'you', 'your', 'din', 'di', 'ditt', 'dine', 'dykkar', 'deres']);
/** How far back the writer may stand before a case-work verb ("vi har no sjekka"). */
const HANDLER_REACH = 3;
const WRITER = new Set(['eg', 'jeg', 'i', "i'm", 'i’m', 'vi', 'me', 'we', "we're", 'we’re']);
/** A case in an if-clause is any reader's, not a particular one ("If you need help with your application, …"). */
const CONDITIONAL = new Set(['if', 'hvis', 'viss', 'dersom', 'when', 'når']);
/** A reply's first word that greets the reader ("Hei Jan!", "Hi Tom,"). */
const GREETINGS = new Set(['hei', 'hallo', 'heisann', 'hi', 'hello', 'dear', 'kjære']);
/** After a greeting, these address many, not one ("Hei alle", "Hi everyone"). */
const GROUP_ADDRESS = new Set(['alle', 'all', 'everyone', 'everybody', 'folkens', 'folks', 'there', 'again', 'igjen', 'att', 'du', 'dere', 'dykk', 'you', 'vi', 'we', 'me', 'og', 'and', 'til', 'to', 'fra', 'frå', 'from']);
/** Definite forms: a particular case ("søknaden", "byggesaka", "vedtaket"), not cases in general ("søknader"). */
const DEFINITE_ENDINGS = ['en', 'a', 'et'];

/** True when the writer applied for the case noun at i ("eg har søkt om barnehageplass", "we applied for a permit"). */
function appliedByWriter(t: readonly { text: string }[], clause: Int32Array, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3) && clause[k] === clause[i]; k -= 1) {
    if (!APPLIED.has(t[k].text)) continue;
    for (let j = k - 1; j >= Math.max(0, k - 2) && clause[j] === clause[i]; j -= 1) if (WRITER.has(t[j].text)) return true;
  }
  return false;
}

/** Subjects that make the application the writer's own or the reader's in general. */
const OWN_SUBJECTS = new Set(['eg', 'jeg', 'i', 'vi', 'me', 'we', 'du', 'you', 'de', 'dei', 'dykk', 'mange', 'alle', 'nokon', 'noen', 'anyone', 'everyone']);

/** Findings reported per text at most. */
const MAX_FINDINGS = 100;

export default defineRule({
  meta: {
    id: 'g8-case-details',
    guideline: 8,
    severity: 'warning',
    description: "Someone's specific case, application or decision discussed on social media.",
    messages: {
      'case-details': {
        nn: '«{term}»: teksten ser ut til å handla om den einskilde saka til nokon. Sosiale medium skal ikkje nyttast til sakshandsaming.',
        nb: '«{term}»: teksten ser ut til å handle om noens enkeltsak. Sosiale medier skal ikke brukes til saksbehandling.',
        en: '“{term}”: the text seems to discuss someone’s individual case. Social media must not be used for case handling.',
      },
      decision: {
        nn: '«{term}»: teksten fortel om vedtaket i saka til ein bestemt person. Vedtak skal ikkje formidlast i sosiale medium.',
        nb: '«{term}»: teksten forteller om vedtaket i saken til en bestemt person. Vedtak skal ikke formidles i sosiale medier.',
        en: '“{term}”: the text tells a particular person’s decision. Decisions must not be communicated on social media.',
      },
      applied: {
        nn: 'Teksten fortel om søknaden eller klaga til ein bestemt person. Slikt høyrer heime i sakshandsaminga.',
        nb: 'Teksten forteller om søknaden eller klagen til en bestemt person. Slikt hører hjemme i saksbehandlingen.',
        en: 'The text tells about a particular person’s application or appeal. That belongs in case handling.',
      },
    },
    suggestions: {
      'case-details': {
        nn: 'Ikkje omtal enkeltsaker her. Vis til postmottak, eDialog eller servicetorget.',
        nb: 'Ikke omtal enkeltsaker her. Vis til postmottak, eDialog eller servicetorget.',
        en: 'Do not discuss individual cases here. Refer the person to the official channels.',
      },
      decision: {
        nn: 'Ikkje omtal enkeltsaker her. Vedtaket skal gå til personen i ein sikker kanal.',
        nb: 'Ikke omtal enkeltsaker her. Vedtaket skal gå til personen i en sikker kanal.',
        en: 'Do not discuss individual cases here. The decision goes to the person through a secure channel.',
      },
      applied: {
        nn: 'Ikkje omtal enkeltsaker her. Vis til postmottak, eDialog eller servicetorget.',
        nb: 'Ikke omtal enkeltsaker her. Vis til postmottak, eDialog eller servicetorget.',
        en: 'Do not discuss individual cases here. Refer the person to the official channels.',
      },
    },
  },
  check({ doc, config, context, report: send }) {
    // At most MAX_FINDINGS reports per text: enough to show, and a flood of matches stays cheap.
    let sent = 0;
    const report: typeof send = (r) => {
      if (sent < MAX_FINDINGS) send(r);
      sent += 1;
    };
    const nouns = caseNouns(doc);
    const t0 = doc.tokens;
    // Every finding below starts from a case noun, a service, "søkt", a queue, a decision or (official) a handling word.
    if (
      nouns.length === 0 &&
      services.match(t0).length === 0 &&
      queues.match(t0).length === 0 &&
      decisions.match(t0).length === 0 &&
      (context !== 'official' || handlingWords.match(t0).length === 0) &&
      !t0.some((tok) => APPLIED.has(tok.text))
    ) {
      return;
    }
    const clause0 = clauseIds(doc);
    for (const noun of nouns) {
      if (nearProperChannel(doc, noun.index)) continue;
      let handled = false;
      const word = t0[noun.index].text;
      const definite = DEFINITE_ENDINGS.some((e) => word.endsWith(e)) || (noun.index > 0 && t0[noun.index - 1].text === 'the');
      for (let k = noun.index - 1; definite && !handled && k >= Math.max(0, noun.index - 5) && clause0[k] === clause0[noun.index]; k -= 1) {
        if (WORKING.has(t0[k].text) && GENERIC_CASE.has(word)) continue;
        if (HANDLING.has(t0[k].text) && k > 0 && (WRITER.has(t0[k - 1].text) || (k > 1 && WRITER.has(t0[k - 2].text)))) handled = true;
      }
      let conditional = false;
      for (let k = noun.index - 1; k >= 0 && k >= noun.index - 8 && clause0[k] === clause0[noun.index]; k -= 1) {
        if (CONDITIONAL.has(t0[k].text)) conditional = true;
      }
      if (!handled && conditional) continue;
      // "Eg har søkt om barnehageplass til veslejenta": the writer's own application.
      if (!handled && appliedByWriter(t0, clause0, noun.index)) continue;
      if (handled || caseOwner(doc, noun.index, config)) {
        report({ messageId: 'case-details', start: noun.start, end: noun.end, data: { term: doc.norm.lower.slice(noun.start, noun.end) } });
      }
    }
    const t = doc.tokens;
    const clause = clauseIds(doc);
    const lower = doc.norm.lower;
    const isFamily = isFamilyWord;
    const isQuestion = (from: number) => {
      for (let p = from; p < lower.length && p < from + QUESTION_LOOKAHEAD; p += 1) {
        const ch = lower[p];
        if (ch === '?') return true;
        if (ch === '.' || ch === '!' || ch === '\n') return false;
      }
      return false;
    };
    const servicesNamed = services.match(t).length > 0;
    const aboutCase = nouns.length > 0 || servicesNamed || t.some((tok) => APPLIED.has(tok.text));
    // "Sønnen din står på venteliste", "Hansen-familien står fremst i køen": someone's place in a queue.
    const nounClauses0 = new Set(nouns.map((n) => clause[n.index]));
    for (const m of queues.match(t)) {
      const c = clause[m.first];
      if (clauseHasProperChannel(doc, m.first)) continue;
      let whose = false;
      for (let k = Math.max(0, m.first - 8); k < Math.min(t.length, m.last + 8) && !whose; k += 1) {
        if (clause[k] !== c || (k >= m.first && k < m.last)) continue;
        const w = t[k].text;
        if (POSSESSIVE_AFTER.has(w) || POSSESSIVE_BEFORE.has(w) || isFamily(w)) whose = true;
      }
      // "Hun venter på svar om familiegjenforening", "Kari står på ventelista for omsorgsbustad": a person, a case and where it stands
      if (!whose && nounClauses0.has(c)) {
        const refs0 = persons(doc, config);
        for (let k = firstPersonFrom(refs0, m.first - 8); !whose && k < refs0.length && refs0[k].first <= m.last + 8; k += 1) {
          const r = refs0[k];
          if (clause[r.first] === c && (r.kind === 'name' || r.kind === 'pronoun' || r.kind === 'role' || r.kind === 'title')) whose = true;
        }
      }
      if (whose) report({ messageId: 'case-details', start: m.start, end: m.end, data: { term: lower.slice(m.start, m.end) } });
    }
    // In a private post an outcome told to "du" needs a municipal service named ("barnehageplass", "startlån"):
    // "du har fått plass, søknaden gjekk gjennom!" to a friend may be about a school or a job.
    const specificCase = servicesNamed || nouns.some((n) => !GENERIC_NOUNS.some((g) => t[n.index].text.startsWith(g)));
    // "Du har fått plass frå august", "du får løyvet frå 1. juni", "jeg har godkjent den": an outcome given here.
    if (aboutCase) {
      for (const m of outcomeMatches(doc)) {
        if (m.term === 'gjennom' || clauseHasProperChannel(doc, m.first) || isQuestion(m.end)) continue;
        const c = clause[m.first];
        let given = false;
        const passive = m.first > 0 && PASSIVE.has(t[m.first - 1].text);
        for (let k = m.first - 1; k >= Math.max(0, m.first - (passive ? PASSIVE_REACH : 3)) && clause[k] === c && !given; k -= 1) {
          const w = t[k].text;
          // "du har fått plass", "sonen din har fått plass", "your son has been given a place"
          // beyond three words only a possessive owns the passive's subject ("your place … is confirmed")
          if ((YOUR.has(w) || (READER.has(w) && k >= m.first - 3)) && (context === 'official' || specificCase)) given = true;
          // "eg har godkjent" (the writer decided), not "eg har fått godkjent" (the writer received)
          if (HAVE.has(w) && k > 0 && clause[k - 1] === c && WRITER.has(t[k - 1].text) && !RECEIVED.has(t[m.first - 1].text)) given = true;
          if (CONDITIONAL.has(w)) break;
        }
        let conditional = false;
        for (let k = m.first - 1; k >= 0 && k >= m.first - 8 && clause[k] === c; k -= 1) if (CONDITIONAL.has(t[k].text)) conditional = true;
        if (given && !conditional) report({ messageId: 'decision', start: m.start, end: m.end, data: { term: lower.slice(m.start, m.end) } });
      }
    }
    // An official reply that works one person's case: "eg har sjekka med byggesak, og teikningane dine manglar mål",
    // "we looked into it: your property tax was calculated on the old valuation".
    if (context === 'official') {
      for (const h of handlingWords.match(t)) {
        const c = clause[h.first];
        let byWriter = false;
        for (let k = h.first - 1; !byWriter && k >= Math.max(0, h.first - HANDLER_REACH) && clause[k] === c; k -= 1) if (WRITER.has(t[k].text)) byWriter = true;
        if (!byWriter || nearProperChannel(doc, h.first)) continue;
        let you = false;
        for (let k = h.first; !you && k < t.length && k < h.last + 14 && clause[k] <= c + 1; k += 1) if (YOU.has(t[k].text)) you = true;
        for (let k = h.first - 1; !you && k >= 0 && k >= h.first - 8 && clause[k] === c; k -= 1) if (YOU.has(t[k].text)) you = true;
        if (!you) continue;
        report({ messageId: 'case-details', start: h.start, end: h.end, data: { term: lower.slice(h.start, h.end) } });
        break;
      }
    }
    const decisionMatches = decisions.match(t);
    if (decisionMatches.length === 0 && !t.some((tok) => APPLIED.has(tok.text))) return;
    const refs = persons(doc, config);
    const repliesToSomeone = context === 'official' && t.length > 1 && GREETINGS.has(t[0].text) && t[1].sentence === t[0].sentence && !t[1].numeric && !GROUP_ADDRESS.has(t[1].text);
    // "Mor di er tildelt langtidsplass", "naboen fekk avslag", "your application was refused".
    const nounClauses = new Set(nouns.map((n) => clause[n.index]));
    for (const m of decisionMatches) {
      const c = clause[m.first];
      if (clauseHasProperChannel(doc, m.first)) continue;
      // In a private post a decision word needs a case in the sentence ("fekk avslag på søknaden"): "fekk innvilga permisjon" is everyday talk.
      if (context !== 'official' && !nounClauses.has(c) && !(m.term.startsWith('vedtak') || m.term.startsWith('avslag'))) continue;
      let whose = false;
      for (let k = Math.max(0, m.first - 8); k < Math.min(t.length, m.last + 8); k += 1) {
        if (clause[k] !== c || (k >= m.first && k < m.last)) continue;
        if (POSSESSIVE_AFTER.has(t[k].text) || POSSESSIVE_BEFORE.has(t[k].text) || isFamily(t[k].text)) whose = true;
      }
      for (let k = firstPersonFrom(refs, m.first - 8); !whose && k < refs.length && refs[k].first <= m.first + 8; k += 1) {
        const r = refs[k];
        if (clause[r.first] === c && r.kind !== 'member') whose = true;
      }
      // An official reply that greets someone ("Hei Jan! Søknaden … vart avslått fordi de …"): the decision is the reader's.
      if (!whose && repliesToSomeone) {
        let you = false;
        let conditional = false;
        for (let k = Math.max(0, m.first - 8); k < Math.min(t.length, m.last + 8); k += 1) {
          if (clause[k] !== c) continue;
          if (YOU.has(t[k].text)) you = true;
          if (CONDITIONAL.has(t[k].text) || t[k].text === 'unless') conditional = true;
        }
        whose = you && !conditional && !isQuestion(m.end);
      }
      if (whose) report({ messageId: 'decision', start: m.start, end: m.end, data: { term: doc.norm.lower.slice(m.start, m.end) } });
    }
    let r = 0;
    let insider: boolean | null = null;
    for (let i = 0; i + 1 < t.length; i += 1) {
      if (!APPLIED.has(t[i].text) || !APPLIED_OBJECT.has(t[i + 1].text) || clause[i + 1] !== clause[i]) continue;
      if (clauseHasProperChannel(doc, i)) continue;
      // The subject: a person reference within four words before, with no own or general subject in between.
      while (r < refs.length && refs[r].last <= i - 5) r += 1;
      let subject = false;
      for (let k = r; k < refs.length && refs[k].first < i; k += 1) {
        const ref = refs[k];
        if (ref.last <= i - 5 || clause[ref.first] !== clause[i]) continue;
        // A neighbour or "han" applying is everyday talk in a private post; a client, pupil or named person is a case.
        if (context !== 'official' && (ref.kind === 'relative' || ref.kind === 'pronoun') && !(insider ??= insiders.match(t).length > 0)) continue;
        let own = false;
        for (let j = ref.last; j < i; j += 1) if (OWN_SUBJECTS.has(t[j].text)) own = true;
        if (!own) subject = true;
      }
      if (subject) report({ messageId: 'applied', start: t[i].start, end: t[i + 1].end });
    }
  },
});
