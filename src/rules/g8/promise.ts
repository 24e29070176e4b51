/**
 * G8: promising or predicting the outcome of someone's case ("søknaden går
 * heilt sikkert gjennom", "du får nok ja", "det blir nok avslag", "I'll make
 * sure it's approved", "the garage won't be approved"). Only the formal
 * decision settles a case; the text must also be about a case or application.
 */
import { Lexicon, nearPairs, type TermMatch } from '../../engine/lexicon';
import { defineRule } from '../../engine/rule';
import certaintyEn from '../data/case-certainty.en.json';
import certaintyNb from '../data/case-certainty.nb.json';
import certaintyNn from '../data/case-certainty.nn.json';
import guaranteeEn from '../data/case-guarantee.en.json';
import guaranteeNb from '../data/case-guarantee.nb.json';
import guaranteeNn from '../data/case-guarantee.nn.json';
import serviceEn from '../data/municipal-service.en.json';
import serviceNb from '../data/municipal-service.nb.json';
import serviceNn from '../data/municipal-service.nn.json';
import { clauseIds } from '../shared/person';
import { caseNouns, clauseHasProperChannel, DOCUMENTS, outcomeMatches } from './case-context';

const certainty = Lexicon.fromLists(certaintyNn, certaintyNb, certaintyEn);
/** The writer's own guarantee ("eg skal sjå til at", "I'll make sure"): with an outcome after it, a promise even with no case word. */
const guarantees = Lexicon.fromLists(guaranteeNn, guaranteeNb, guaranteeEn);
/** A municipal service named ("plass i barnehagen", "a place at the nursing home"): the outcome is of an application for it. */
const services = Lexicon.fromLists(serviceNn, serviceNb, serviceEn);
/** "du får bustøtte", "you'll get the permit": getting a case's object is its outcome. */
const GET = new Set(['får', 'få', 'get', 'gets', 'receive']);
/** Words between the verb of getting and the case noun ("get the permit", "få den bustøtta"). */
const GET_REACH = 2;
const WINDOW = 5;
/** How far after a guarantee its outcome may stand ("Jeg lover at dere får svar innen fredag og at det blir ja"). */
const GUARANTEE_REACH = 12;
/** Words between the writer and the guarantee ("eg skal personleg sjå til"). */
const WRITER_REACH = 3;
const WRITERS = new Set(['eg', 'jeg', 'i', 'vi', 'me', 'we', "i'll", 'i’ll', "we'll", 'we’ll']);
/** Outcomes that are also comfort ("you'll get through this"): not promised without a case word. */
const THROUGH = new Set(['gjennom', 'get through', 'go through', 'goes through']);
/** Verbs of applying: with them the text is about an application even without the noun ("du søkte etter fristen"). */
const APPLY_VERBS = new Set(['søkte', 'søkt', 'søkjer', 'søker', 'søkje', 'søkja', 'søke', 'applied', 'apply', 'applying']);

/**
 * Verbs of deciding as outcomes ("avvisa", "reject", "seia nei"): also used of political matters ("seia nei til ny
 * barnehage"), so they count only with a case noun as their object shortly after ("reject the fish farm application").
 */
const DECIDING_VERBS = new Set(['avvisa', 'avvise', 'seia nei', 'seie nei', 'seia ja', 'seie ja', 'si nei', 'si ja', 'reject', 'refuse', 'deny', 'accept', 'say yes', 'say no', 'turn down', 'turn it down']);
/** Before a case noun, these make it every case of a kind ("alle søknader", "all applications"). */
const EVERY = new Set(['alle', 'all', 'every', 'samtlege', 'samtlige']);
/** Words between such a verb and its case noun ("reject the fish farm application"). */
const OBJECT_REACH = 4;

/** Findings reported per text at most. */
const MAX_FINDINGS = 100;

export default defineRule({
  meta: {
    id: 'g8-promise',
    guideline: 8,
    severity: 'warning',
    description: 'Promising or predicting the outcome of a case or application.',
    messages: {
      promise: {
        nn: '«{term}»: teksten lovar eller spår utfallet av ei sak. Berre vedtaket i saka avgjer, og det skal ikkje gå føre seg i sosiale medium.',
        nb: '«{term}»: teksten lover eller spår utfallet av en sak. Bare vedtaket i saken avgjør, og det skal ikke skje i sosiale medier.',
        en: '“{term}”: the text promises or predicts the outcome of a case. Only the formal decision settles it, and not on social media.',
      },
    },
    suggestions: {
      promise: {
        nn: 'Ikkje lov eller spå utfall. Vis til sakshandsaminga og den formelle kanalen.',
        nb: 'Ikke lov eller spå utfall. Vis til saksbehandlingen og den formelle kanalen.',
        en: 'Do not promise or predict outcomes. Refer to the formal case handling.',
      },
    },
  },
  check({ doc, report: send }) {
    // At most MAX_FINDINGS reports per text: enough to show, and a flood of matches stays cheap.
    let sent = 0;
    const report: typeof send = (r) => {
      if (sent < MAX_FINDINGS) send(r);
      sent += 1;
    };
    const t = doc.tokens;
    const nouns = caseNouns(doc);
    // "du får bustøtte", "you'll get the permit": getting the case's object, as an outcome
    const got: TermMatch[] = [];
    for (const n of nouns) {
      for (let k = n.index - 1; k >= Math.max(0, n.index - GET_REACH); k -= 1) {
        if (!GET.has(t[k].text)) continue;
        got.push({ term: `${t[k].text} ${t[n.index].text}`, first: k, last: n.index + 1, start: t[k].start, end: n.end });
        break;
      }
    }
    const listed = outcomeMatches(doc);
    const outs = got.length === 0 ? listed : [...listed, ...got].sort((a, b) => a.first - b.first);
    if (outs.length === 0) return;
    const clause = clauseIds(doc);
    // A deciding verb needs a case noun as its object ("reject the fish farm application", not "seia nei til ny barnehage").
    // "avslå alle søknader om …", "reject every application": a policy on all cases (G11), not the outcome of one.
    const objectAfter = (o: TermMatch) => nouns.find((n) => n.index >= o.last && n.index < o.last + OBJECT_REACH && t[n.index].sentence === t[o.first].sentence);
    const hasObject = (o: TermMatch) => {
      const n = objectAfter(o);
      if (n !== undefined && n.index > 0 && EVERY.has(t[n.index - 1].text)) return false;
      return !DECIDING_VERBS.has(o.term) || n !== undefined;
    };
    // "Eg skal personleg sjå til at du får plass", "I'll make sure it's approved": the writer guarantees an outcome.
    const promised = new Set<number>();
    let from = 0; // outcomes before the current guarantee are never looked at again (both lists are sorted)
    for (const g of guarantees.match(t)) {
      while (from < outs.length && outs[from].first < g.last) from += 1;
      // The writer inside the phrase too: "I'll see to it", "så flyttar eg deg".
      let writer = g.term.startsWith('i ') || g.term.startsWith('i’') || g.term.startsWith("i'") || g.term.split(' ').some((w) => WRITERS.has(w));
      for (let k = g.first - 1; !writer && k >= Math.max(0, g.first - WRITER_REACH) && clause[k] === clause[g.first]; k -= 1) if (WRITERS.has(t[k].text)) writer = true;
      if (!writer || clauseHasProperChannel(doc, g.first)) continue;
      for (let k = from; k < outs.length && outs[k].first - g.last <= GUARANTEE_REACH; k += 1) {
        const o = outs[k];
        if (clause[o.first] !== clause[g.first] || THROUGH.has(o.term) || promised.has(o.first) || !hasObject(o)) continue;
        promised.add(o.first);
        report({ messageId: 'promise', start: g.start, end: o.end, data: { term: doc.norm.lower.slice(g.start, o.end) } });
        break;
      }
    }
    // The text must be about a case: a case word, a verb of applying, a case document ("teikningane") or a municipal service.
    if (nouns.length === 0 && !t.some((tok) => APPLY_VERBS.has(tok.text)) && DOCUMENTS.match(t).length === 0 && services.match(t).length === 0) return;
    const sure = certainty.match(t);
    for (const { a, b } of nearPairs(sure, outs, WINDOW, (i) => clause[i])) {
      if (promised.has(b.first) || !hasObject(b)) continue;
      if (clauseHasProperChannel(doc, b.first)) continue;
      const start = Math.min(a.start, b.start);
      const end = Math.max(a.end, b.end);
      report({ messageId: 'promise', start, end, data: { term: doc.norm.lower.slice(start, end) } });
    }
  },
});
