import rule from '../../src/rules/g2/address';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'Postadresse: Kyrkjevegen 4, 5730 Ulvik. Besøk oss gjerne!',
    'Our postal address is Havnegata 10, 5003 Bergen.',
    // round 2: a person beside a street without a link word is an event, not a home
    'Kari står på stand i Storgata 12 laurdag, kom innom!',
    'Ola og Kari inviterer til loppemarked i Storgata 12.',
    'Thanks to Tom for the lovely concert at Kirkegata 3 yesterday.',
    'Eg bur i Skulevegen 14 og har utsikt over fjorden.',
    'Jeg bor i Storgata 3, rett over gata for bakeriet.',
    'Rådhuset, Tunesvegen 12, 5730 Ulvik, er ope 9–15.',
    'Servicetorget ligg i Ulvikvegen 20, 5730 Ulvik.',
    'Turvegen 2 er stengd i helga.',
    'Bussen går frå Hakestadvegen kvar time.',
    'Me køyrde 40 km på Hardangervegen i dag.',
    'I live at Brakanesvegen 7 with my family.',
    'Bakken 3 gonger opp og ned, for ei økt!',
    'Sel hytte i Ulvikvegen 14, 5730 Ulvik. Ta kontakt for visning.',
    'Selger leilighet i Storgata 8, 5700 Voss – visning søndag.',
  ],
  invalid: [
    // round 2: a person, then a preposition, then the street (no postcode needed)
    { text: 'Kan nokon køyra handlevarene til Gunvor Lid i Nedre Vegen 12?', severity: 'warning' },
    { text: 'Heimetenesta må innom Herr Bakke på Furulia 7 i kveld.', severity: 'warning', excerpt: 'Furulia 7' },
    { text: 'Please drop the forms off with Mr. Dahl in Strandgata 21.', severity: 'warning', excerpt: 'Strandgata 21' },
    { text: 'Hun er flyttet hjem til bestefaren i Bjørkeveien 3B.', severity: 'warning', excerpt: 'Bjørkeveien 3B' },
    { text: 'Den nye adressa til Solveig Ness er no Lundvegen 40.', severity: 'warning', excerpt: 'Lundvegen 40' },
    { text: 'Han som alltid klagar bur i Fjordvegen 22, om nokon lurte.', messageId: 'address', severity: 'warning', excerpt: 'Fjordvegen 22' },
    { text: 'Hun bor i Kirkeveien 5B og er alltid hjemme.', excerpt: 'Kirkeveien 5B' },
    { text: 'Adressa hennar er Skulebakken 4, send gjerne ein blome.', excerpt: 'Skulebakken 4' },
    { text: 'Brukaren flytta til Storgata 12, 5730 Ulvik.', excerpt: 'Storgata 12' },
    { text: 'Mottakar: Kari Nes, Bergstien 9, 5700 Voss', excerpt: 'Bergstien 9' },
    { text: 'He lives at Kong Oscars gate 3 in Bergen.', excerpt: 'Oscars gate 3' },
    { text: 'Nabogutten bur i Hagelia 17 b, han er ein plage.', excerpt: 'Hagelia 17 b' },
  ],
});

ruleTester(rule, {
  valid: [],
  invalid: [{ text: 'Fyren som stjal sykkelen min bor i Kvernhusvegen 7. Bare så dere vet det 😠', excerpt: 'Kvernhusvegen 7' }],
});
