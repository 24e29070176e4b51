/**
 * G2: Norwegian national identity numbers (fødselsnummer, D-, H-, FH-numbers,
 * synthetic test numbers), written plain or grouped by spaces, dots or a dash.
 *
 * - Passes the date and both control digits (the 2032 rule included): high,
 *   with or without a context word; Microsoft Purview likewise scores a
 *   checksum-valid number without a keyword as a match.
 * - Fails the checks but a context word (fnr, personnummer, d-nummer, SSN…) is
 *   within a few words: warning, someone is sharing an id with a typo.
 * - Called something else right beside it (ordrenummer, sporingsnummer, KID,
 *   kundenummer, tracking number) and no id word: not reported; about one
 *   random 11-digit number in 100 passes all the checks.
 * - Written as an account number (the 4.2.5 layout, or "konto" nearby and no
 *   id word): left to g2-account-number, since every valid id also passes the
 *   account check.
 * - 10 or 12 digits right after an id word ("fnr 0101901230"): warning too.
 * The scanner never looks inside a longer number (12+ digits, "+47 …",
 * "12345678901-2", letters glued on).
 */
import { defineRule } from '../../engine/rule';
import type { Localized } from '../../engine/types';
import { isAccountLayout, isAccountNumber, runDigits, validateNationalId, type NationalIdKind } from '../shared/idnumbers';
import { contextNear, digitRuns, elevenDigitNumbers } from '../shared/number-context';

const KIND_NAMES: Record<NationalIdKind, Localized> = {
  fnr: { nn: 'eit fødselsnummer', nb: 'et fødselsnummer', en: 'a national identity number (fødselsnummer)' },
  dnr: { nn: 'eit D-nummer', nb: 'et D-nummer', en: 'a D-number' },
  hnr: { nn: 'eit H-nummer', nb: 'et H-nummer', en: 'an H-number' },
  fhnr: { nn: 'eit FH-nummer', nb: 'et FH-nummer', en: 'an FH-number' },
  synthetic: { nn: 'eit syntetisk testnummer', nb: 'et syntetisk testnummer', en: 'a synthetic test identity number' },
};

function validMessage(kind: NationalIdKind): Localized {
  const k = KIND_NAMES[kind];
  return {
    nn: `Teksten inneheld ${k.nn}. Identitetsnummer skal aldri publiserast.`,
    nb: `Teksten inneholder ${k.nb}. Identitetsnumre skal aldri publiseres.`,
    en: `The text contains ${k.en}. Identity numbers must never be published.`,
  };
}

/** How close before a 10- or 12-digit number an id word must be. */
const TYPO_BACK = 3;

const MESSAGE_IDS: Record<NationalIdKind, string> = {
  fnr: 'validFnr',
  dnr: 'validDnr',
  hnr: 'validHnr',
  fhnr: 'validFhnr',
  synthetic: 'validSynthetic',
};

export default defineRule({
  meta: {
    id: 'g2-national-id',
    guideline: 2,
    severity: 'high',
    description:
      'Norwegian national identity numbers (fnr, D-, H-, FH-, synthetic) validated by date and both control digits (2032 rule included); an 11-digit number beside an id word that fails the checks is a warning.',
    messages: {
      validFnr: validMessage('fnr'),
      validDnr: validMessage('dnr'),
      validHnr: validMessage('hnr'),
      validFhnr: validMessage('fhnr'),
      validSynthetic: validMessage('synthetic'),
      idWithContext: {
        nn: 'Teksten ser ut til å dela eit identitetsnummer («{word}» og eit 11-sifra tal). Identitetsnummer skal aldri publiserast.',
        nb: 'Teksten ser ut til å dele et identitetsnummer («{word}» og et 11-sifret tall). Identitetsnumre skal aldri publiseres.',
        en: 'The text seems to share an identity number (“{word}” and an 11-digit number). Identity numbers must never be published.',
      },
    },
    suggestions: {
      remove: {
        nn: 'Ta bort nummeret. Send det berre i eit sikkert fagsystem, aldri i sosiale medium.',
        nb: 'Fjern nummeret. Send det bare i et sikkert fagsystem, aldri i sosiale medier.',
        en: 'Remove the number. Share it only through a secure case system, never on social media.',
      },
    },
  },
  check({ doc, report }) {
    // A typo: 10 or 12 digits right after an id word ("fnr 0101901230"), someone is still sharing an id.
    for (const run of digitRuns(doc)) {
      if (run.glued || run.plus || run.groups.length > 3) continue;
      const digits = runDigits(doc.norm.lower, run);
      if (digits.length !== 10 && digits.length !== 12) continue;
      const start = run.groups[0].start;
      const end = run.groups[run.groups.length - 1].end;
      const idWord = contextNear(doc, 'id', start, end, TYPO_BACK, 0);
      if (idWord) report({ messageId: 'idWithContext', suggestionId: 'remove', start, end, severity: 'warning', data: { word: doc.norm.lower.slice(idWord.start, idWord.end) } });
    }
    for (const c of elevenDigitNumbers(doc)) {
      const v = validateNationalId(c.digits);
      const idWord = contextNear(doc, 'id', c.start, c.end);
      if (v.valid) {
        const accountish = isAccountLayout(c) || contextNear(doc, 'account', c.start, c.end) !== undefined;
        if (accountish && !idWord && isAccountNumber(c.digits)) continue;
        // "Ordrenummer …", "KID …", "tracking number …": the text says what the number is.
        if (!idWord && contextNear(doc, 'other', c.start, c.end)) continue;
        report({ messageId: MESSAGE_IDS[v.kind], suggestionId: 'remove', start: c.start, end: c.end, severity: 'high' });
      } else if (idWord) {
        report({ messageId: 'idWithContext', suggestionId: 'remove', start: c.start, end: c.end, severity: 'warning', data: { word: doc.norm.lower.slice(idWord.start, idWord.end) } });
      }
    }
  },
});

