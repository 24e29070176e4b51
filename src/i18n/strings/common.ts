/** UI strings shared by the popup and the options page. */
import type { Localized } from '../../engine/types';

export const COMMON_STRINGS = {
  'app.name': { nn: 'Varsam', nb: 'Varsam', en: 'Varsam' },
  'language.label': { nn: 'Språk', nb: 'Språk', en: 'Language' },
  'language.auto': { nn: 'Som nettlesaren', nb: 'Som nettleseren', en: 'Same as the browser' },
  'severity.info': { nn: 'Påminning', nb: 'Påminnelse', en: 'Reminder' },
  'severity.warning': { nn: 'Kan bryta', nb: 'Kan bryte', en: 'May breach' },
  'severity.high': { nn: 'Truleg brot', nb: 'Trolig brudd', en: 'Likely breach' },
  'context.private': { nn: 'Privat', nb: 'Privat', en: 'Private' },
  'context.official': { nn: 'På vegner av organisasjonen', nb: 'På vegne av organisasjonen', en: 'On behalf of the organisation' },
  'guideline.number': { nn: 'Retningslinje {n}', nb: 'Retningslinje {n}', en: 'Guideline {n}' },
  'managed.note': {
    nn: 'Innstillingane er styrte av organisasjonen din.',
    nb: 'Innstillingene er styrt av organisasjonen din.',
    en: 'Settings are managed by your organisation.',
  },
  'locked.by': {
    nn: 'Låst av organisasjonen ({org})',
    nb: 'Låst av organisasjonen ({org})',
    en: 'Locked by your organisation ({org})',
  },
  'errors.heading': {
    nn: 'Nokre innstillingar kunne ikkje brukast. Standardverdiane gjeld for desse:',
    nb: 'Noen innstillinger kunne ikke brukes. Standardverdiene gjelder for disse:',
    en: 'Some settings could not be used. The defaults apply to these:',
  },
  'errors.hint': {
    nn: 'Varsam verkar som vanleg. Sei frå til IT om meldinga ikkje forsvinn.',
    nb: 'Varsam virker som vanlig. Si fra til IT hvis meldingen ikke forsvinner.',
    en: 'Varsam works as usual. Tell IT if this message does not go away.',
  },
  'privacy.note': {
    nn: 'Alt du skriv vert sjekka her i nettlesaren. Ingenting vert sendt nokon stad.',
    nb: 'Alt du skriver sjekkes her i nettleseren. Ingenting sendes noe sted.',
    en: 'Everything you write is checked here in the browser. Nothing is sent anywhere.',
  },
  'crisis.heading': {
    nn: 'Beredskap: leiinga informerer ålmenta',
    nb: 'Beredskap: ledelsen informerer allmennheten',
    en: 'Emergency: management informs the public',
  },
  'load.failed': {
    nn: 'Varsam kunne ikkje lesa innstillingane, så standardverdiane gjeld.',
    nb: 'Varsam kunne ikke lese innstillingene, så standardverdiene gjelder.',
    en: 'Varsam could not read the settings, so the defaults apply.',
  },
  'ui.crashed': {
    nn: 'Noko gjekk gale her. Lat att vindauget og prøv igjen.',
    nb: 'Noe gikk galt her. Lukk vinduet og prøv igjen.',
    en: 'Something went wrong here. Close the window and try again.',
  },
} satisfies Record<string, Localized>;
