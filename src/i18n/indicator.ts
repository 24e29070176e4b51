/** Strings of the in-page indicator (badge and panel), in nn, nb and en. */
import type { Localized } from '../engine/types';

export const INDICATOR_TEXT = {
  badgeLabel: {
    nn: 'Varsam: {count} merknader til teksten. Opna lista.',
    nb: 'Varsam: {count} merknader til teksten. Åpne listen.',
    en: 'Varsam: {count} notes on the text. Open the list.',
  },
  badgeClean: {
    nn: 'Varsam: ingen merknader til teksten.',
    nb: 'Varsam: ingen merknader til teksten.',
    en: 'Varsam: no notes on the text.',
  },
  announceHigh: {
    nn: 'Varsam: alvorleg merknad, retningslinje {guidelines}.',
    nb: 'Varsam: alvorlig merknad, retningslinje {guidelines}.',
    en: 'Varsam: serious note, guideline {guidelines}.',
  },
  panelTitle: {
    nn: 'Varsam – sjekk før du publiserer',
    nb: 'Varsam – sjekk før du publiserer',
    en: 'Varsam – check before you post',
  },
  noFindings: {
    nn: 'Ingen merknader. Hugs likevel retningslinjene.',
    nb: 'Ingen merknader. Husk likevel retningslinjene.',
    en: 'No notes. Keep the guidelines in mind all the same.',
  },
  guideline: { nn: 'Retningslinje {n}', nb: 'Retningslinje {n}', en: 'Guideline {n}' },
  suggestion: { nn: 'Forslag:', nb: 'Forslag:', en: 'Suggestion:' },
  readGuideline: { nn: 'Les heile retningslinja', nb: 'Les hele retningslinjen', en: 'Read the full guideline' },
  ignore: { nn: 'Ignorer i dette innlegget', nb: 'Ignorer i dette innlegget', en: 'Ignore for this post' },
  ignoredCount: {
    nn: '{count} merknader ignorerte i dette innlegget.',
    nb: '{count} merknader ignorert i dette innlegget.',
    en: '{count} notes ignored for this post.',
  },
  official: {
    nn: 'Eg skriv på vegner av heradet',
    nb: 'Jeg skriver på vegne av heradet',
    en: "I'm writing on behalf of the municipality",
  },
  close: { nn: 'Lukk', nb: 'Lukk', en: 'Close' },
  crisisDefault: {
    nn: 'Krisesituasjon: leiinga i heradet informerer ålmenta. Del berre offisiell informasjon.',
    nb: 'Krisesituasjon: ledelsen i heradet informerer allmennheten. Del bare offisiell informasjon.',
    en: 'Crisis: the municipality’s management informs the public. Share official information only.',
  },
  crisisLabel: { nn: 'Krise', nb: 'Krise', en: 'Crisis' },
  severityHigh: { nn: 'Alvorleg', nb: 'Alvorlig', en: 'Serious' },
  severityWarning: { nn: 'Åtvaring', nb: 'Advarsel', en: 'Warning' },
  severityInfo: { nn: 'Påminning', nb: 'Påminnelse', en: 'Reminder' },
  privacyNote: {
    nn: 'Teksten vert sjekka berre i nettlesaren din og vert ikkje sendt nokon stad.',
    nb: 'Teksten sjekkes bare i nettleseren din og sendes ikke noe sted.',
    en: 'The text is checked only in your browser and is not sent anywhere.',
  },
} satisfies Record<string, Localized>;

export type IndicatorTextKey = keyof typeof INDICATOR_TEXT;
