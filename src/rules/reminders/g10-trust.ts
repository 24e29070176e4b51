/**
 * G10 reminder (info only): when a private post speaks critically about the
 * municipality's services (an evaluative word near "sjukeheimen", "skulen",
 * "the care home"), a reminder to behave so that the public can trust them.
 */
import { nearPairs } from '../../engine/lexicon';
import { defineRule } from '../../engine/rule';
import { municipalServices } from '../shared/municipality';
import { opinionMatches } from '../shared/opinion';

/** Token distance between the service and the evaluation. */
const WINDOW = 12;

export default defineRule({
  meta: {
    id: 'g10-trust-reminder',
    guideline: 10,
    severity: 'info',
    contexts: ['private'],
    description: "Info reminder when a private post judges the municipality's services: keep the public's trust in mind.",
    messages: {
      services: {
        nn: 'Du skriv om tenestene til heradet («{term}»). Opptre slik at ålmenta har tillit til tenestene.',
        nb: 'Du skriver om kommunens tjenester («{term}»). Opptre slik at allmennheten har tillit til tjenestene.',
        en: 'You are writing about the municipality’s services (“{term}”). Behave so that the public can trust them.',
      },
    },
  },
  check({ doc, report }) {
    const services = municipalServices(doc);
    if (services.length === 0) return;
    const pair = nearPairs(services, opinionMatches(doc), WINDOW, (i) => doc.tokens[i].sentence)[0];
    if (!pair) return;
    const { a } = pair;
    report({ messageId: 'services', start: a.start, end: a.end, data: { term: doc.norm.lower.slice(a.start, a.end) } });
  },
});
