/** UI strings of the toolbar popup. */
import type { Localized } from '../../engine/types';

export const POPUP_STRINGS = {
  'popup.tagline': { nn: 'Tenk deg om før du publiserer', nb: 'Tenk deg om før du publiserer', en: 'Think before you post' },
  'popup.checklist.heading': { nn: 'Retningslinjene', nb: 'Retningslinjene', en: 'The guidelines' },
  'popup.settings': { nn: 'Innstillingar', nb: 'Innstillinger', en: 'Settings' },
  'tab.loading': { nn: 'Hentar opplysningar om fana …', nb: 'Henter opplysninger om fanen …', en: 'Looking at the tab …' },
  'tab.unsupported': {
    nn: 'Varsam sjekkar ikkje tekst på denne sida.',
    nb: 'Varsam sjekker ikke tekst på denne siden.',
    en: 'Varsam does not check text on this page.',
  },
  'tab.noBox': {
    nn: 'Ingen skriveboks på denne sida enno.',
    nb: 'Ingen skriveboks på denne siden ennå.',
    en: 'No compose box on this page yet.',
  },
  'tab.clear': {
    nn: 'Teksten du skriv no, ser ut til å følgja retningslinjene.',
    nb: 'Teksten du skriver nå, ser ut til å følge retningslinjene.',
    en: 'The text you are writing seems to follow the guidelines.',
  },
  'tab.breach': {
    nn: 'Teksten du skriv no, kan bryta {count} av retningslinjene.',
    nb: 'Teksten du skriver nå, kan bryte {count} av retningslinjene.',
    en: 'The text you are writing may breach {count} of the guidelines.',
  },
  'tab.official': {
    nn: 'Du skriv på vegner av organisasjonen.',
    nb: 'Du skriver på vegne av organisasjonen.',
    en: 'You are writing on behalf of the organisation.',
  },
  'status.clear': { nn: 'I orden', nb: 'I orden', en: 'Clear' },
  'status.breach': { nn: '{severity} ({count})', nb: '{severity} ({count})', en: '{severity} ({count})' },
  'status.reminder': { nn: 'Påminning', nb: 'Påminnelse', en: 'Reminder' },
  'status.off': { nn: 'Slått av', nb: 'Slått av', en: 'Turned off' },
  'guideline.original': { nn: 'Originalteksten (nynorsk)', nb: 'Originalteksten (nynorsk)', en: 'The original text (Nynorsk)' },
  'guideline.translation': { nn: 'Omsetjing', nb: 'Oversettelse til bokmål', en: 'English translation' },
  'check.heading': { nn: 'Sjekk ein tekst', nb: 'Sjekk en tekst', en: 'Check a text' },
  'check.label': { nn: 'Lim inn eller skriv ein tekst', nb: 'Lim inn eller skriv en tekst', en: 'Paste or type a text' },
  'check.note': {
    nn: 'Teksten vert sjekka berre her og vert ikkje lagra.',
    nb: 'Teksten sjekkes bare her og lagres ikke.',
    en: 'The text is checked only here and is not stored.',
  },
  'check.official': {
    nn: 'Eg skriv på vegner av {org}',
    nb: 'Jeg skriver på vegne av {org}',
    en: 'I am writing on behalf of {org}',
  },
  'check.failed': {
    nn: 'Teksten kunne ikkje sjekkast. Prøv igjen, eller sei frå til IT.',
    nb: 'Teksten kunne ikke sjekkes. Prøv igjen, eller si fra til IT.',
    en: 'The text could not be checked. Try again, or tell IT.',
  },
  'check.none': { nn: 'Fann ingenting å åtvara om.', nb: 'Fant ingenting å advare om.', en: 'Nothing to warn about.' },
  'check.count': { nn: 'Funn: {count}', nb: 'Funn: {count}', en: 'Findings: {count}' },
  'check.suggestion': { nn: 'Forslag:', nb: 'Forslag:', en: 'Suggestion:' },
  'org.guidelines': {
    nn: 'Les retningslinjene til {org}',
    nb: 'Les retningslinjene til {org}',
    en: 'Read the guidelines of {org}',
  },
  'org.contactLabel': { nn: 'Spørsmål? Kontakt', nb: 'Spørsmål? Kontakt', en: 'Questions? Contact' },
} satisfies Record<string, Localized>;
