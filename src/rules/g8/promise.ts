/**
 * G8: promising or predicting the outcome of someone's case ("søknaden går
 * heilt sikkert gjennom", "du får nok ja", "det blir nok avslag", "I'll make
 * sure it's approved", "the garage won't be approved"). Only the formal
 * decision settles a case; the text must also be about a case or application.
 */
import { Lexicon, nearPairs } from '../../engine/lexicon';
import { defineRule } from '../../engine/rule';
import certaintyEn from '../data/case-certainty.en.json';
import certaintyNb from '../data/case-certainty.nb.json';
import certaintyNn from '../data/case-certainty.nn.json';
import outcomeEn from '../data/case-outcome.en.json';
import outcomeNb from '../data/case-outcome.nb.json';
import outcomeNn from '../data/case-outcome.nn.json';
import { clauseIds } from '../shared/person';
import { caseNouns, clauseHasProperChannel, DOCUMENTS } from './case-context';

const outcomes = Lexicon.fromLists(outcomeNn, outcomeNb, outcomeEn);
const certainty = Lexicon.fromLists(certaintyNn, certaintyNb, certaintyEn);
/** "gjennom" is an outcome only after a verb of passing ("går heilt sikkert gjennom"). */
const THROUGH_VERBS = new Set(['går', 'gå', 'gjekk', 'gikk', 'kjem', 'kommer', 'kome', 'komme']);
const WINDOW = 5;
/** Verbs of applying: with them the text is about an application even without the noun ("du søkte etter fristen"). */
const APPLY_VERBS = new Set(['søkte', 'søkt', 'søkjer', 'søker', 'søkje', 'søkja', 'søke', 'applied', 'apply', 'applying']);

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
    const outs = outcomes.match(t).filter((m) => {
      if (m.term !== 'gjennom') return true;
      for (let k = m.first - 1; k >= Math.max(0, m.first - 4); k -= 1) if (THROUGH_VERBS.has(t[k].text)) return true;
      return false;
    });
    if (outs.length === 0) return;
    // The text must be about a case: a case word, a verb of applying, or a case document ("teikningane").
    if (caseNouns(doc).length === 0 && !t.some((tok) => APPLY_VERBS.has(tok.text)) && DOCUMENTS.match(t).length === 0) return;
    const clause = clauseIds(doc);
    const sure = certainty.match(t);
    for (const { a, b } of nearPairs(sure, outs, WINDOW, (i) => clause[i])) {
      if (clauseHasProperChannel(doc, b.first)) continue;
      const start = Math.min(a.start, b.start);
      const end = Math.max(a.end, b.end);
      report({ messageId: 'promise', start, end, data: { term: doc.norm.lower.slice(start, end) } });
    }
  },
});
