import rule from '../../src/rules/g4/colleague';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // Neutral or grateful group mentions.
    'Lunsj med gjengen på jobb i dag 🍕',
    'Takk til alle kollegaene mine for ei fantastisk veke!',
    'Takk for alle gode kollegaer gjennom 20 år.',
    'Tusen takk til kollegene mine for en flott avskjed 💐',
    'Sommarfest med kollegaane i heimetenesta, for ein kveld!',
    'Great team, great day at work!',
    'Had a lovely lunch with my colleagues today.',
    'Ny kollega på avdelinga i dag, velkommen til oss Siri!',
    'Sjefen vår heldt ein fin tale på julebordet.',
    // About the writer, not a colleague.
    'Eg er gravid! Kollegaene mine var dei første som fekk vita det.',
    'Jeg har vært sykmeldt i to uker, men gleder meg til å se kollegene igjen.',
    'Back at work after surgery, my colleagues sent flowers 💐',
    // Clients and places are not colleagues.
    'Anna (92) på omsorgssenteret fekk besøk av barnebarna i dag.',
    'Tur til Voss på jobb i dag, fint vêr.',
  ],
  invalid: [
    { text: 'Kollegaen min er så lat at eg får gjera alt sjølv.', messageId: 'colleague' },
    { text: 'Sjefen min har null peiling på kva me held på med.' },
    { text: 'Høyrde at Kari på økonomi skal skiljast 👀' },
    { text: 'Ho i resepsjonen er visst gravid igjen, haha.' },
    { text: 'Han på vakt i natt sov heile tida, for ein latsabb.' },
    { text: 'Avdelingsleiaren vår er den dårlegaste sjefen eg har hatt.' },
    { text: 'Rektoren vår er heilt udugeleg, han skjønar ingenting.' },
    { text: 'Ny leder på avdelingen. Hun er helt inkompetent og bestemmer alt over hodet på oss.' },
    { text: 'Hørte på pauserommet at Ola og Kari har noe på gang 😏' },
    { text: 'Kollegaen min er innlagt på psykiatrisk igjen, stakkars.' },
    { text: 'Vikaren vår er visst sykmeldt igjen, typisk.' },
    { text: 'My manager is useless and has no idea what she is doing.' },
    { text: 'Apparently Tom in accounting is getting a divorce 👀' },
    { text: 'The new guy at work spends half the day on his phone. Must be nice.' },
    { text: 'My coworker is pregnant again, third time in four years lol' },
    // Names from configuration.
    { text: 'Bjørg er så lat, ho gjer ingenting.', options: { config: { colleagueNames: ['Bjørg'] } } },
  ],
});

// The writer's own matters, and capitalised words after an emoji, are not about a colleague.
ruleTester(rule, {
  valid: [
    'Finally back at work after my surgery 💪 Feeling good, thanks for all the kind messages ❤️',
    'Tilbake på jobb etter mi sjukmelding 🙌 Kollegaene mine tok så godt imot meg.',
  ],
  invalid: [
    { text: 'Kollegaen min drikk for mykje, alle veit det.' },
    { text: 'Sjefen vår er så frekk og arrogant mot dei nye.' },
    { text: 'My coworker is so rude and unprofessional with clients.' },
  ],
});

// Round 2: references without a colleague word (role compounds, indefinite and relative heads,
// unit compounds), irony and hints, health details; requests and clients stay clean.
ruleTester(rule, {
  valid: [
    // Requests to whoever is on shift are work talk, not statements about them.
    'Kan nokon på nattevakta sjekka at ytterdøra er låst? Takk!',
    'Kan noen på kveldsvakten ringe meg når dere er ferdige?',
    'Could someone on the early shift restock the printer paper?',
    // A client after "ho eine" is not a co-worker.
    'Ho eine pasienten på korttidsavdelinga fekk besøk av hunden sin i dag 🐶',
    // Grateful or neutral mentions of a boss by role compound.
    'Økonomisjefen vår held eit godt innlegg om budsjettet på personalmøtet.',
    'Enhetslederen vår ønsket alle god jul med kake.',
    'Our new manager bought coffee for the whole team today ☕',
    // A fire chief is not a colleague.
    'Brannsjefen seier at dei har kontroll på situasjonen.',
    // The writer's own health before the mention.
    'Etter operasjonen i vår er eg endeleg tilbake, kollegaane mine har vore gull.',
  ],
  invalid: [
    { text: 'Helsesjefen vår er fullstendig udugeleg, ingen skjønar kva ho driv med.' },
    { text: 'Personalsjefen er tydelegvis meir oppteken av kaffi enn av oss 🙃' },
    { text: 'Nokon på byggesakskontoret burde kanskje læra seg å svara på e-post.' },
    { text: 'Noen folk i lønningsavdelingen er tydeligvis ikke i stand til å regne 🤡' },
    { text: 'Han som sit ved vindauget på skattekontoret er visst sjukmeld igjen.' },
    { text: 'Hun som jobber i skranken på innbyggertorget har fått kreft, stakkars.' },
    { text: 'Our lovely director once again gave herself the only free weekend.' },
    { text: 'My new team lead has zero experience and it shows 🙄' },
    { text: 'Whoever is on the night shift in the warehouse should learn to close a door.' },
    { text: 'Funny how the manager’s niece got the summer job 🤔' },
    { text: 'Kollegaen vår Arne hadde hjerneinfarkt i helga, stakkars kona.' },
    { text: 'Tenker på han i teknisk etat som ble lagt inn på sykehus i går.' },
  ],
});

// Praise right before the reference is a grateful mention; a contempt emoji still counts.
ruleTester(rule, {
  valid: [
    'Verdas beste kollegaer, dei veit ikkje at eg har bestilt kake til fredag 🎂',
    'Med verdens beste kolleger på nattevakt, de vet ikke at jeg tar bilde haha',
    'Shoutout to the best colleagues, they have no idea I made a cake 🎂',
  ],
  invalid: [{ text: 'Verdas beste sjef 🙄 Har ikkje svart på ein e-post sidan påske.' }],
});
