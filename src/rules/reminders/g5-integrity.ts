/**
 * G5 reminder (info only): when the writer speaks in a professional role ("som
 * sjukepleiar meiner eg", "as a teacher"), a reminder to think about what to
 * comment on and how, to protect professional independence and integrity.
 */
import { Lexicon } from '../../engine/lexicon';
import { defineRule } from '../../engine/rule';
import professionEn from '../data/profession.en.json';
import professionNb from '../data/profession.nb.json';
import professionNn from '../data/profession.nn.json';

const PROFESSION = Lexicon.fromLists(professionNn, professionNb, professionEn);

export default defineRule({
  meta: {
    id: 'g5-integrity-reminder',
    guideline: 5,
    severity: 'info',
    contexts: ['private'],
    description: 'Info reminder when the writer speaks in a professional role: mind professional independence and integrity.',
    messages: {
      role: {
        nn: 'Du uttalar deg i yrkesrolla di («{term}»). Ver medviten kva du uttalar deg om og korleis, for å ta vare på fagleg sjølvstende og integritet.',
        nb: 'Du uttaler deg i yrkesrollen din («{term}»). Vær bevisst på hva du uttaler deg om og hvordan, for å ivareta faglig selvstendighet og integritet.',
        en: 'You speak in your professional role (“{term}”). Be aware of what you comment on and how, to protect your professional independence and integrity.',
      },
    },
  },
  check({ doc, report }) {
    const first = PROFESSION.match(doc.tokens)[0];
    if (!first) return;
    report({ messageId: 'role', start: first.start, end: first.end, data: { term: doc.norm.lower.slice(first.start, first.end) } });
  },
});
