/**
 * G1 reminder (info only): when a private post talks about the employer, a
 * quiet reminder that the writer is a municipal employee and should be careful.
 * One reminder per text, at the first reference; none when the post links the
 * municipality's own site (sharing official content, G6).
 */
import { defineRule } from '../../engine/rule';
import { municipalityRefs } from '../shared/municipality';

export default defineRule({
  meta: {
    id: 'g1-employee-reminder',
    guideline: 1,
    severity: 'info',
    contexts: ['private'],
    description: 'Info reminder when a private post mentions the employer: you are a municipal employee, be careful.',
    messages: {
      employer: {
        nn: 'Du skriv om arbeidsgjevaren din («{term}»). Hugs at du er kommunalt tilsett: opptre med varsemd.',
        nb: 'Du skriver om arbeidsgiveren din («{term}»). Husk at du er kommunalt ansatt: opptre med varsomhet.',
        en: 'You are writing about your employer (“{term}”). Remember that you are a municipal employee: be careful.',
      },
    },
  },
  check({ doc, config, report }) {
    const first = municipalityRefs(doc, config)[0];
    if (!first) return;
    // Sharing the municipality's own page (G6) needs no reminder.
    const lower = doc.norm.lower;
    if (config.officialDomains.some((d) => d.length > 3 && lower.includes(d.toLowerCase()))) return;
    report({ messageId: 'employer', start: first.start, end: first.end, data: { term: doc.norm.lower.slice(first.start, first.end) } });
  },
});
