/** UI strings of the options page. */
import type { Localized } from '../../engine/types';

export const OPTIONS_STRINGS = {
  'options.title': { nn: 'Varsam – innstillingar', nb: 'Varsam – innstillinger', en: 'Varsam – settings' },
  'options.intro': {
    nn: 'Varsam les det du skriv i sosiale medium og åtvarar før du publiserer noko som kan bryta retningslinjene til {org}.',
    nb: 'Varsam leser det du skriver i sosiale medier og advarer før du publiserer noe som kan bryte retningslinjene til {org}.',
    en: 'Varsam reads what you write on social media and warns you before you post something that may breach the guidelines of {org}.',
  },
  'options.saved': { nn: 'Lagra.', nb: 'Lagret.', en: 'Saved.' },
  'options.saveFailed': { nn: 'Kunne ikkje lagra: {error}', nb: 'Kunne ikke lagre: {error}', en: 'Could not save: {error}' },
  'options.language.hint': {
    nn: 'Nynorsk er standard. «Som nettlesaren» vel bokmål når nettlesaren er på bokmål.',
    nb: 'Nynorsk er standard. «Som nettleseren» velger bokmål når nettleseren er på bokmål.',
    en: 'Nynorsk is the default. “Same as the browser” picks Bokmål when the browser uses Bokmål.',
  },
  'options.sites.heading': { nn: 'Nettstader', nb: 'Nettsteder', en: 'Sites' },
  'options.sites.hint': {
    nn: 'Vel kvar Varsam skal sjekka det du skriv, og om du vanlegvis skriv privat eller på vegner av organisasjonen der.',
    nb: 'Velg hvor Varsam skal sjekke det du skriver, og om du vanligvis skriver privat eller på vegne av organisasjonen der.',
    en: 'Choose where Varsam checks what you write, and whether you usually write privately or on behalf of the organisation there.',
  },
  'options.sites.context': { nn: 'Rolle på {site}', nb: 'Rolle på {site}', en: 'Role on {site}' },
  'options.sites.none': {
    nn: 'Lista over nettstader er ikkje tilgjengeleg.',
    nb: 'Listen over nettsteder er ikke tilgjengelig.',
    en: 'The list of sites is not available.',
  },
  'options.context.default': { nn: 'Standard rolle', nb: 'Standard rolle', en: 'Default role' },
  'options.words.heading': { nn: 'Eigne ord', nb: 'Egne ord', en: 'Your own words' },
  'options.words.hint': {
    nn: 'Ord som alltid skal gje ei åtvaring for ei retningslinje, til dømes namn på eit prosjekt som er unnateke offentlegheit. Orda vert lagra i nettlesaren din; Varsam sender dei ingen stad.',
    nb: 'Ord som alltid skal gi en advarsel for en retningslinje, for eksempel navnet på et prosjekt som er unntatt offentlighet. Ordene lagres i nettleseren din; Varsam sender dem ingen steder.',
    en: 'Words that always raise a warning for a guideline, such as the name of a confidential project. The words are stored in your browser; Varsam sends them nowhere.',
  },
  'options.words.word': { nn: 'Ord eller uttrykk', nb: 'Ord eller uttrykk', en: 'Word or phrase' },
  'options.words.guideline': { nn: 'Retningslinje', nb: 'Retningslinje', en: 'Guideline' },
  'options.words.add': { nn: 'Legg til', nb: 'Legg til', en: 'Add' },
  'options.words.remove': { nn: 'Fjern «{word}»', nb: 'Fjern «{word}»', en: 'Remove “{word}”' },
  'options.words.empty': { nn: 'Ingen eigne ord enno.', nb: 'Ingen egne ord ennå.', en: 'No words of your own yet.' },
  'options.words.blank': { nn: 'Skriv eit ord først.', nb: 'Skriv et ord først.', en: 'Type a word first.' },
  'options.words.duplicate': {
    nn: '«{word}» står alt på lista.',
    nb: '«{word}» står allerede på listen.',
    en: '“{word}” is already on the list.',
  },
  'options.words.tooLong': {
    nn: 'Eit ord kan ha høgst {max} teikn.',
    nb: 'Et ord kan ha høyst {max} tegn.',
    en: 'A word can have at most {max} characters.',
  },
  'options.words.listLabel': { nn: 'Dine ord', nb: 'Dine ord', en: 'Your words' },
  'options.guidelines.heading': { nn: 'Kontrollar', nb: 'Kontroller', en: 'Checks' },
  'options.guidelines.hint': {
    nn: 'Slå av ein kontroll om han gjev for mange feilvarsel i arbeidet ditt.',
    nb: 'Slå av en kontroll hvis den gir for mange feilvarsler i arbeidet ditt.',
    en: 'Turn a check off if it gives too many false alarms in your work.',
  },
  'options.pack.heading': { nn: 'Retningslinjer', nb: 'Retningslinjer', en: 'Guidelines' },
  'options.pack.current': { nn: 'I bruk: {name}', nb: 'I bruk: {name}', en: 'In use: {name}' },
  'options.pack.hint': {
    nn: 'Ein organisasjon kan byta ut retningslinjene med sine eigne: ei JSON-fil med retningslinjer og ordlister, utan programkode.',
    nb: 'En organisasjon kan bytte ut retningslinjene med sine egne: en JSON-fil med retningslinjer og ordlister, uten programkode.',
    en: 'An organisation can replace the guidelines with its own: a JSON file with guidelines and word lists, no program code.',
  },
  'options.pack.choose': { nn: 'Vel ei retningslinjepakke (JSON)', nb: 'Velg en retningslinjepakke (JSON)', en: 'Choose a guideline pack (JSON)' },
  'options.pack.reset': { nn: 'Bruk standardpakka', nb: 'Bruk standardpakken', en: 'Use the default pack' },
  'options.pack.invalid': { nn: 'Pakka kunne ikkje brukast:', nb: 'Pakken kunne ikke brukes:', en: 'The pack could not be used:' },
  'options.pack.loaded': { nn: 'Pakka «{name}» er teken i bruk.', nb: 'Pakken «{name}» er tatt i bruk.', en: 'The pack “{name}” is now in use.' },
} satisfies Record<string, Localized>;
