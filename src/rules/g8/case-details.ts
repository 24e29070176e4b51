/**
 * G8: the specifics of someone's case, application or decision ("byggesaka
 * til han på Hakestad", "søknaden din om skuleskyss", "a neighbour's building
 * application", "mora til ein av elevane har søkt om fritak"). Pointing to the
 * proper channel in the same sentence is fine.
 */
import { Lexicon } from '../../engine/lexicon';
import { defineRule } from '../../engine/rule';
import { clauseIds } from '../shared/person';
import { caseNouns, caseOwner, clauseHasProperChannel, firstPersonFrom, nearProperChannel, persons, POSSESSIVE_AFTER, POSSESSIVE_BEFORE } from './case-context';

/**
 * Words of an administrative decision ("innvilga", "avslag", "tildelt"): with a
 * person or a possessive in the same sentence the text tells someone's decision.
 */
const decisions = new Lexicon([
  'innvilg*', 'avslag*', 'avslått', 'avslege', 'avslegen', 'avslaga', 'tildelt', 'tildelte', 'tildelast', 'tildeles', 'vedtak*',
  'granted', 'refused', 'rejected', 'denied', 'allocated', 'awarded', 'turned down',
], ['vedtakskompetanse']);

/** Verbs of applying or appealing, followed by "om" or "for". */
const APPLIED = new Set(['søkt', 'søkte', 'søkjer', 'søker', 'søkja', 'søke', 'applied', 'appealed', 'applies', 'appeals']);
/** "søkt om" (applied for); not "klaga på" (complained about), which is everyday speech. */
const APPLIED_OBJECT = new Set(['om', 'for', 'against']);
/** "Eg handsamar byggesøknaden …", "I'm processing the application": the writer handles the case. */
const HANDLING = new Set(['handsamar', 'handsama', 'handsamer', 'behandler', 'behandla', 'behandlet', 'jobbar', 'jobber', 'sit', 'sitter', 'sat', 'satt', 'processing', 'reviewing', 'handling', 'working']);
const WRITER = new Set(['eg', 'jeg', 'i', "i'm", 'i’m', 'vi', 'me', 'we', "we're", 'we’re']);
/** A case in an if-clause is any reader's, not a particular one ("If you need help with your application, …"). */
const CONDITIONAL = new Set(['if', 'hvis', 'viss', 'dersom', 'when', 'når']);
/** Definite forms: a particular case ("søknaden", "byggesaka", "vedtaket"), not cases in general ("søknader"). */
const DEFINITE_ENDINGS = ['en', 'a', 'et'];

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
    const clause0 = clauseIds(doc);
    for (const noun of nouns) {
      if (nearProperChannel(doc, noun.index)) continue;
      let handled = false;
      const word = t0[noun.index].text;
      const definite = DEFINITE_ENDINGS.some((e) => word.endsWith(e)) || (noun.index > 0 && t0[noun.index - 1].text === 'the');
      for (let k = noun.index - 1; definite && !handled && k >= Math.max(0, noun.index - 5) && clause0[k] === clause0[noun.index]; k -= 1) {
        if (HANDLING.has(t0[k].text) && k > 0 && (WRITER.has(t0[k - 1].text) || (k > 1 && WRITER.has(t0[k - 2].text)))) handled = true;
      }
      let conditional = false;
      for (let k = noun.index - 1; k >= 0 && k >= noun.index - 8 && clause0[k] === clause0[noun.index]; k -= 1) {
        if (CONDITIONAL.has(t0[k].text)) conditional = true;
      }
      if (!handled && conditional) continue;
      if (handled || caseOwner(doc, noun.index, config)) {
        report({ messageId: 'case-details', start: noun.start, end: noun.end, data: { term: doc.norm.lower.slice(noun.start, noun.end) } });
      }
    }
    const t = doc.tokens;
    const clause = clauseIds(doc);
    const decisionMatches = decisions.match(t);
    if (decisionMatches.length === 0 && !t.some((tok) => APPLIED.has(tok.text))) return;
    const refs = persons(doc, config);
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
        if (POSSESSIVE_AFTER.has(t[k].text) || POSSESSIVE_BEFORE.has(t[k].text)) whose = true;
      }
      for (let k = firstPersonFrom(refs, m.first - 8); !whose && k < refs.length && refs[k].first <= m.first + 8; k += 1) {
        const r = refs[k];
        if (clause[r.first] === c && r.kind !== 'member') whose = true;
      }
      if (whose) report({ messageId: 'decision', start: m.start, end: m.end, data: { term: doc.norm.lower.slice(m.start, m.end) } });
    }
    let r = 0;
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
        if (context !== 'official' && (ref.kind === 'relative' || ref.kind === 'pronoun')) continue;
        let own = false;
        for (let j = ref.last; j < i; j += 1) if (OWN_SUBJECTS.has(t[j].text)) own = true;
        if (!own) subject = true;
      }
      if (subject) report({ messageId: 'applied', start: t[i].start, end: t[i + 1].end });
    }
  },
});
