/**
 * G2: Norwegian phone numbers of a third person (+47 / 0047 optional, eight
 * digits in the mobile, landline or toll-free ranges, written "XX XX XX XX",
 * "XXX XX XXX", "XXXX XXXX" or unbroken).
 *
 * Whose number is it? The nearest cue before the number in its sentence
 * decides (src/rules/shared/person.ts, ownerOf):
 * - the writer's own or the team's ("ring meg på", "mitt nummer", "my number",
 *   "kontakt oss") or an office ("sentralbordet", "servicetorget",
 *   "vakttelefonen"): not a breach, no report;
 * - somebody else's ("nummeret hans", "ringjer henne på", "dottera til …", a
 *   name): warning.
 * - No owner stated: an `info` reminder only. The labelled corpus treats an
 *   unattributed number in a classified ad or an office reply as benign, and a
 *   bare number is most often the writer's own or a business's; the private
 *   number of a third person comes with words that say whose it is.
 */
import { defineRule } from '../../engine/rule';
import { isNorwegianPhone, runDigits, type DigitRun } from '../shared/idnumbers';
import { digitRuns, tokenRange } from '../shared/number-context';
import { ownerOf } from '../shared/person';

/** Groupings people write Norwegian numbers in. */
const LAYOUTS = new Set(['8', '2,2,2,2', '3,2,3', '4,4', '3,3,2']);
const MONEY = new Set(['kr', 'nok', 'kroner', 'krone', 'mill', 'mrd', 'euro', 'eur', 'usd']);

interface PhoneSpan {
  start: number;
  end: number;
}

/** The subscriber part of a run, when the run is a Norwegian phone number. */
function phoneOf(text: string, run: DigitRun): PhoneSpan | null {
  if (run.glued || run.groups.length > 6) return null;
  let total = 0;
  for (const g of run.groups) total += g.end - g.start;
  // 8 digits, or 8 after 47 / 0047
  if (total !== 8 && total !== 10 && total !== 12) return null;
  let from = 0;
  const firstDigits = runDigits(text, run, 0, 1);
  if (run.plus) {
    if (firstDigits === '47') from = 1;
    else if (run.groups.length === 1 && firstDigits.length === 10 && firstDigits.startsWith('47')) {
      const g = run.groups[0];
      return isNorwegianPhone(firstDigits.slice(2)) ? { start: g.start - 1, end: g.end } : null;
    } else return null;
  } else if (firstDigits === '0047') from = 1;
  const groups = run.groups.slice(from);
  const seps = run.seps.slice(from);
  if (groups.length === 0) return null;
  const layout = groups.map((g) => g.end - g.start).join(',');
  if (!LAYOUTS.has(layout)) return null;
  // "98 76 54 32", "987-65-432", and dotted "98.76.54.32" / "987.65.432" (not "4,4": "1234.5678" reads as an amount)
  const sepOk = seps.every((s) => s === ' ' || s === '\u00a0' || (s === '-' && layout !== '4,4') || (s === '.' && (layout === '2,2,2,2' || layout === '3,2,3')));
  if (!sepOk) return null;
  const digits = runDigits(text, run, from);
  if (!isNorwegianPhone(digits)) return null;
  const start = from > 0 ? run.groups[0].start - (run.plus ? 1 : 0) : run.groups[0].start;
  return { start, end: groups[groups.length - 1].end };
}

export default defineRule({
  meta: {
    id: 'g2-phone',
    guideline: 2,
    severity: 'warning',
    description: 'Norwegian phone numbers given as a third person’s (his, her, a relative’s, a name’s); own and office numbers are fine, an unattributed number is an info reminder.',
    messages: {
      thirdParty: {
        nn: 'Teksten ser ut til å dela telefonnummeret til ein annan person. Private kontaktopplysningar skal ikkje publiserast.',
        nb: 'Teksten ser ut til å dele telefonnummeret til en annen person. Private kontaktopplysninger skal ikke publiseres.',
        en: 'The text seems to share another person’s phone number. Private contact details must not be published.',
      },
      unattributed: {
        nn: 'Teksten inneheld eit telefonnummer. Er det ditt eige eller kontoret sitt? Del ikkje andre sitt private nummer.',
        nb: 'Teksten inneholder et telefonnummer. Er det ditt eget eller kontorets? Ikke del andres private nummer.',
        en: 'The text contains a phone number. Is it your own or the office’s? Do not share other people’s private numbers.',
      },
    },
    suggestions: {
      thirdParty: {
        nn: 'Ta bort nummeret, eller be personen ta kontakt sjølv.',
        nb: 'Fjern nummeret, eller be personen ta kontakt selv.',
        en: 'Remove the number, or ask the person to get in touch themselves.',
      },
    },
  },
  check({ doc, config, report }) {
    const text = doc.norm.lower;
    for (const run of digitRuns(doc)) {
      const span = phoneOf(text, run);
      if (!span) continue;
      const { first, last } = tokenRange(doc, span.start, span.end);
      const prev = first > 0 ? doc.tokens[first - 1].text : '';
      const next = last < doc.tokens.length ? doc.tokens[last].text : '';
      if (MONEY.has(prev) || MONEY.has(next)) continue;
      const owner = ownerOf(doc, first, last, config);
      if (owner === 'third') report({ messageId: 'thirdParty', start: span.start, end: span.end });
      else if (owner === 'unknown') report({ messageId: 'unattributed', start: span.start, end: span.end, severity: 'info' });
    }
  },
});
