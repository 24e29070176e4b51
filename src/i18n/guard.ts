/**
 * Strings of the send guard (the last prompt before a post goes out) and of
 * the prompt before opening a suspicious link in received content, in nn, nb
 * and en. Records of Localized, like src/i18n/indicator.ts.
 */
import type { Localized } from '../engine/types';
import type { LinkReason } from '../engine/links';
import { INDICATOR_TEXT } from './indicator';

export const GUARD_TEXT = {
  title: {
    nn: 'Vil du publisera dette?',
    nb: 'Vil du publisere dette?',
    en: 'Do you want to post this?',
  },
  intro: {
    nn: 'Varsam fann dette i teksten før han blir send:',
    nb: 'Varsam fant dette i teksten før den blir sendt:',
    en: 'Varsam found this in the text before it goes out:',
  },
  blocked: {
    nn: 'Arbeidsgjevaren din har bestemt at tekst med alvorlege merknader ikkje kan publiserast. Endre teksten først.',
    nb: 'Arbeidsgiveren din har bestemt at tekst med alvorlige merknader ikke kan publiseres. Endre teksten først.',
    en: 'Your employer has decided that a text with serious notes cannot be posted. Change the text first.',
  },
  guideline: { nn: 'Retningslinje {n}', nb: 'Retningslinje {n}', en: 'Guideline {n}' },
  // Severity words as the indicator shows them.
  high: INDICATOR_TEXT.severityHigh,
  warning: INDICATOR_TEXT.severityWarning,
  more: { nn: '… og {count} til.', nb: '… og {count} til.', en: '… and {count} more.' },
  edit: { nn: 'Endre', nb: 'Endre', en: 'Edit' },
  postAnyway: { nn: 'Publiser likevel', nb: 'Publiser likevel', en: 'Post anyway' },
} satisfies Record<string, Localized>;

export const LINK_PROMPT_TEXT = {
  title: {
    nn: 'Denne lenkja kan vera farleg',
    nb: 'Denne lenken kan være farlig',
    en: 'This link may be dangerous',
  },
  intro: {
    nn: 'Lenkja går til {host}. Varsam meiner ho kan vera svindel eller skadeleg fordi:',
    nb: 'Lenken går til {host}. Varsam mener den kan være svindel eller skadelig fordi:',
    en: 'The link goes to {host}. Varsam thinks it may be a scam or harmful because:',
  },
  advice: {
    nn: 'Opne ikkje lenkja om du ikkje veit kven ho kjem frå. Logg aldri inn via ei lenkje i ei melding (retningslinje 12).',
    nb: 'Ikke åpne lenken hvis du ikke vet hvem den kommer fra. Logg aldri inn via en lenke i en melding (retningslinje 12).',
    en: 'Do not open the link unless you know who sent it. Never log in through a link in a message (guideline 12).',
  },
  open: { nn: 'Opne likevel', nb: 'Åpne likevel', en: 'Open anyway' },
  cancel: { nn: 'Avbryt', nb: 'Avbryt', en: 'Cancel' },
  marker: {
    nn: 'Varsam: mistenkjeleg lenkje',
    nb: 'Varsam: mistenkelig lenke',
    en: 'Varsam: suspicious link',
  },
} satisfies Record<string, Localized>;

/** Why a link may be dangerous, one line per reason; {imitates} and {extension} are filled in. */
export const LINK_REASON_TEXT: Record<LinkReason | 'lure', Localized> = {
  'ip-host': {
    nn: 'Adressa er eit IP-nummer, ikkje eit namn. Ekte tenester brukar namn.',
    nb: 'Adressen er et IP-nummer, ikke et navn. Ekte tjenester bruker navn.',
    en: 'The address is an IP number, not a name. Real services use names.',
  },
  punycode: {
    nn: 'Namnet er koda (xn--) og kan sjå ut som eit anna namn enn det er.',
    nb: 'Navnet er kodet (xn--) og kan se ut som et annet navn enn det er.',
    en: 'The name is encoded (xn--) and may look like a name it is not.',
  },
  'mixed-script': {
    nn: 'Namnet blandar alfabet (til dømes kyrilliske bokstavar som liknar latinske).',
    nb: 'Navnet blander alfabeter (for eksempel kyrilliske bokstaver som ligner latinske).',
    en: 'The name mixes alphabets (for example Cyrillic letters that look Latin).',
  },
  'org-lookalike': {
    nn: 'Adressa liknar {imitates}, men er ikkje den ekte.',
    nb: 'Adressen ligner {imitates}, men er ikke den ekte.',
    en: 'The address looks like {imitates} but is not the real one.',
  },
  'brand-lookalike': {
    nn: 'Adressa liknar {imitates}, men er ikkje den ekte.',
    nb: 'Adressen ligner {imitates}, men er ikke den ekte.',
    en: 'The address looks like {imitates} but is not the real one.',
  },
  'risky-file': {
    nn: 'Lenkja opnar ei fil som kan køyra program ({extension}).',
    nb: 'Lenken åpner en fil som kan kjøre programmer ({extension}).',
    en: 'The link opens a file that can run programs ({extension}).',
  },
  shortener: {
    nn: 'Lenkja er forkorta, så du ser ikkje kvar ho eigentleg går.',
    nb: 'Lenken er forkortet, så du ser ikke hvor den egentlig går.',
    en: 'The link is shortened, so you cannot see where it really goes.',
  },
  lure: {
    nn: 'Lenkja ber deg logga inn eller stadfesta noko, eit vanleg knep i svindel.',
    nb: 'Lenken ber deg logge inn eller bekrefte noe, et vanlig knep i svindel.',
    en: 'The link asks you to log in or confirm something, a common trick in scams.',
  },
};
