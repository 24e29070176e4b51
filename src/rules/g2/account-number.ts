/**
 * G2: Norwegian bank account numbers (11 digits, mod 11 with weights
 * 5 4 3 2 7 6 5 4 3 2; "1503.12.34567", "1503 12 34567" or plain).
 *
 * Every valid national id also passes this check, so a number that is a valid
 * id is left to g2-national-id unless it is written in the 4.2.5 layout or an
 * account word (konto, kontonummer, account) is nearby. A plain number beside
 * an order, parcel or reference word (ordrenummer, KID, tracking) is taken for
 * what it says it is.
 * A number in the 4.2.5 layout right beside an account word counts even when
 * its check digit is wrong (a typo or a made-up example is still meant as one).
 * Whose account? As for phone numbers (g2-phone): the writer's own
 * ("kontonummeret mitt") or an organisation's is not a breach; somebody
 * else's ("kontonummeret hennar", "kontoen til mora") is a warning; with no
 * owner stated (a collection, a club's account) an `info` reminder.
 */
import { defineRule } from '../../engine/rule';
import { isAccountLayout, isAccountNumber, validateNationalId } from '../shared/idnumbers';
import { contextNear, elevenDigitNumbers, tokenRange } from '../shared/number-context';
import { ownerOf } from '../shared/person';

/** Tokens back to look for an account word when the number has the 4.2.5 layout. */
const WIDE_BACK = 14;

export default defineRule({
  meta: {
    id: 'g2-account-number',
    guideline: 2,
    severity: 'warning',
    description: 'Norwegian bank account numbers (mod 11) given as a third person’s, told apart from national ids by layout and context words; an unattributed one is an info reminder.',
    messages: {
      account: {
        nn: 'Teksten ser ut til å innehalda eit kontonummer. Ikkje publiser kontonummeret til andre.',
        nb: 'Teksten ser ut til å inneholde et kontonummer. Ikke publiser andres kontonummer.',
        en: 'The text seems to contain a bank account number. Do not publish other people’s account numbers.',
      },
      unattributed: {
        nn: 'Teksten inneheld eit kontonummer. Er det ditt eige eller ein organisasjon sitt? Del ikkje andre sitt kontonummer.',
        nb: 'Teksten inneholder et kontonummer. Er det ditt eget eller en organisasjons? Ikke del andres kontonummer.',
        en: 'The text contains a bank account number. Is it your own or an organisation’s? Do not share other people’s account numbers.',
      },
    },
    suggestions: {
      account: {
        nn: 'Ta bort kontonummeret, eller send det i ei privat og sikker kanal.',
        nb: 'Fjern kontonummeret, eller send det i en privat og sikker kanal.',
        en: 'Remove the account number, or send it through a private, secure channel.',
      },
    },
  },
  check({ doc, config, report }) {
    for (const c of elevenDigitNumbers(doc)) {
      const layout = isAccountLayout(c);
      // A number already written like an account number may stand a sentence after the word ("kontonummeret til Ingvild? Hun ga meg det: 1207.45.33891").
      const accountWord = contextNear(doc, 'account', c.start, c.end, layout ? WIDE_BACK : undefined) !== undefined;
      // "kontonummeret hennar er 1207.44.31290": called an account number and written like one, a typo in the check digit does not make it less private.
      if (!isAccountNumber(c.digits) && !(layout && accountWord)) continue;
      if (validateNationalId(c.digits).valid) {
        if (!(layout || accountWord) || contextNear(doc, 'id', c.start, c.end)) continue;
      } else if (!layout && !accountWord && contextNear(doc, 'other', c.start, c.end)) continue;
      const { first, last } = tokenRange(doc, c.start, c.end);
      const owner = ownerOf(doc, first, last, config);
      if (owner === 'self' || owner === 'office') continue;
      if (owner === 'third') report({ messageId: 'account', start: c.start, end: c.end });
      else report({ messageId: 'unattributed', start: c.start, end: c.end, severity: 'info' });
    }
  },
});
