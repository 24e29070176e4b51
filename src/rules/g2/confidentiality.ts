/**
 * G2: words that say the content is covered by the duty of confidentiality
 * (teieplikt, taushetsplikt, konfidensielt).
 *
 * A sentence that uses the word to refuse (a modal verb and a negation:
 * "eg har teieplikt, så det kan eg dessverre ikkje svara på", "I can't say
 * more, it's confidential") shares nothing and is not
 * reported; a "men / but / likevel" after the word turns it back into sharing
 * ("underlagt teieplikt, men …").
 */
import { Lexicon } from '../../engine/lexicon';
import { defineRule } from '../../engine/rule';
import butEn from '../data/confidentiality-but.en.json';
import butNb from '../data/confidentiality-but.nb.json';
import butNn from '../data/confidentiality-but.nn.json';
import negationEn from '../data/confidentiality-negation.en.json';
import negationNb from '../data/confidentiality-negation.nb.json';
import negationNn from '../data/confidentiality-negation.nn.json';
import generalEn from '../data/confidentiality-general.en.json';
import generalNb from '../data/confidentiality-general.nb.json';
import generalNn from '../data/confidentiality-general.nn.json';
import refusalEn from '../data/confidentiality-refusal.en.json';
import refusalNb from '../data/confidentiality-refusal.nb.json';
import refusalNn from '../data/confidentiality-refusal.nn.json';
import en from '../data/confidentiality.en.json';
import nb from '../data/confidentiality.nb.json';
import nn from '../data/confidentiality.nn.json';
import { clauseIds } from '../shared/person';

const lexicon = Lexicon.fromLists(nn, nb, en);
const MODAL = Lexicon.fromLists(refusalNn, refusalNb, refusalEn);
const NEGATION = Lexicon.fromLists(negationNn, negationNb, negationEn);
/** How far after a modal verb the negation may come ("kan eg dessverre ikkje"). */
const NEGATION_AHEAD = 4;
const BUT = Lexicon.fromLists(butNn, butNb, butEn);
/** "kurs om teieplikt", "hugs teieplikta", "teieplikta gjeld også her": a reminder or a topic, not a disclosure. */
const GENERAL = Lexicon.fromLists(generalNn, generalNb, generalEn);
const GENERAL_BEFORE = 3;
const GENERAL_AFTER = 2;

export default defineRule({
  meta: {
    id: 'g2-confidentiality',
    guideline: 2,
    severity: 'warning',
    description: 'Words such as teieplikt, taushetsplikt, konfidensielt: the text may share confidential information (not when it refuses to share).',
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
    const matches = lexicon.match(doc.tokens);
    if (matches.length === 0) return;
    const clause = clauseIds(doc);
    const t = doc.tokens;
    const refusalIn = new Set<number>();
    for (const m of MODAL.match(t)) {
      for (let k = m.first; k < t.length && k <= m.first + NEGATION_AHEAD && clause[k] === clause[m.first]; k += 1) {
        if (NEGATION.has(t[k].text)) {
          refusalIn.add(clause[m.first]);
          break;
        }
      }
    }
    // the last "men / but" of each sentence
    const lastBut = new Map<number, number>();
    for (const b of BUT.match(doc.tokens)) lastBut.set(clause[b.first], b.first);
    const general = new Uint8Array(t.length);
    for (const g of GENERAL.match(t)) general[g.first] = 1;
    const isGeneral = (m: { first: number; last: number }) => {
      for (let k = Math.max(0, m.first - GENERAL_BEFORE); k < m.last + GENERAL_AFTER && k < t.length; k += 1) {
        if (general[k] && clause[k] === clause[m.first] && (k < m.first || k >= m.last)) return true;
      }
      return false;
    };
    for (const m of matches) {
      const c = clause[m.first];
      const but = lastBut.get(c);
      if (refusalIn.has(c) && !(but !== undefined && but >= m.last)) continue;
      if (isGeneral(m) && !(but !== undefined && but >= m.last)) continue;
      report({ messageId: 'confidential', start: m.start, end: m.end, data: { term: doc.norm.lower.slice(m.start, m.end) } });
    }
  },
});
