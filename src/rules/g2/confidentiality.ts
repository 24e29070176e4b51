/** G2: words that say the content is covered by the duty of confidentiality. */
import { Lexicon } from '../../engine/lexicon';
import { defineRule } from '../../engine/rule';
import en from '../data/confidentiality.en.json';
import nb from '../data/confidentiality.nb.json';
import nn from '../data/confidentiality.nn.json';

const lexicon = Lexicon.fromLists(nn, nb, en);

export default defineRule({
  meta: {
    id: 'g2-confidentiality',
    guideline: 2,
    severity: 'warning',
    description: 'Words such as teieplikt, taushetsplikt, konfidensielt: the text may share confidential information.',
    messages: {
      confidential: {
        nn: 'Teksten nemner «{term}». Opplysningar under teieplikt skal ikkje publiserast.',
        nb: 'Teksten nevner «{term}». Opplysninger underlagt taushetsplikt skal ikke publiseres.',
        en: 'The text mentions “{term}”. Information under a duty of confidentiality must not be published.',
      },
    },
    suggestions: {
      confidential: {
        nn: 'Ta bort det som er underlagt teieplikt, eller ikkje publiser.',
        nb: 'Fjern det som er underlagt taushetsplikt, eller ikke publiser.',
        en: 'Remove what is confidential, or do not publish.',
      },
    },
  },
  check({ doc, report }) {
    for (const m of lexicon.match(doc.tokens)) {
      report({ messageId: 'confidential', start: m.start, end: m.end, data: { term: doc.norm.lower.slice(m.start, m.end) } });
    }
  },
});
