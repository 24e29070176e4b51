import rule from '../../src/rules/g2/phone';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'Du kan ringje NAV-kontoret på 55 55 33 33 i opningstida.',
    'Please call the Home Care Service on 56 12 31 40 during office hours.',
    // own number
    'Sel barnevogn, godt brukt. Ring meg på 412 34 567 etter klokka 16.',
    'Selger sofa, hentes på Voss. Send SMS til meg: 98765432',
    'Call me on +47 934 56 789 if you want the bike.',
    'Mitt nummer er 45 67 89 01, berre send ei melding.',
    'Kontakt oss på 55 12 34 56 om du har spørsmål.',
    // the office's number
    'Ring sentralbordet på 56 52 00 00 mellom 9 og 15.',
    'Servicetorget svarar på 56 52 01 00 kvar dag.',
    'For akutt hjelp: ring vakttelefonen 905 12 345.',
    'Please call the front desk on 22 33 44 55.',
    // not phone numbers
    'Budsjettet er på 45 000 000 kroner i år.',
    'Det kosta kr 91500000 totalt.',
    'Datoen er 22.05.2024, hugs det!',
    'Saka har nummer 2024-2025 i arkivet.',
    'Organisasjonsnummer 912 345 678.',
    'Ring +46 701 23 45 67 i Sverige.',
    '12345678 er ikkje eit gyldig nummer.',
  ],
  invalid: [
    { text: 'Nummeret hans er 915 38 204, ring han gjerne.', messageId: 'thirdParty', severity: 'warning', excerpt: '915 38 204' },
    { text: 'Mora til Ola vil at de ringjer henne på +47 412 34 567 i kveld.', excerpt: '+47 412 34 567' },
    { text: 'Dottera til bebuaren på rom 3 har mobil 0047 98765432.', excerpt: '0047 98765432' },
    { text: 'Her er telefonen til Kari Nordvik: 45 12 34 56', excerpt: '45 12 34 56' },
    { text: 'Hun har nytt nummer: 93456789', excerpt: '93456789' },
    { text: 'His private number is 913 22 118, give him a call', excerpt: '913 22 118' },
    { text: 'The neighbour who complains all the time: +4791322118', excerpt: '+4791322118' },
    { text: 'Sønnen til fru Lie kan nås på 482 16 709.', excerpt: '482 16 709' },
    // bare number: an info reminder only
    { text: 'Nokon som kjenner dette nummeret: 41 22 33 44?', messageId: 'unattributed', severity: 'info' },
  ],
});

// A sentence that opens with a call to contact a named person: an organiser, a public contact point.
ruleTester(rule, {
  valid: [
    'Hjartestartarkurs på samfunnshuset torsdag! Meld deg på hjå Ola på 915 38 204.',
    'Skiløp for alle på søndag. Spørsmål? Ring Anne på 48 12 34 56.',
    'Kven vil vere med å gå tur? Send SMS til Kari på 412 34 567, ho koordinerer.',
    'Questions? Call Sarah on 934 56 789.',
  ],
  invalid: [
    { text: 'Ring faren til Emil på 984 56 123, han vil snakka med nokon i kveld.', severity: 'warning' },
    { text: 'Eg har fått nummeret til Kari, det er 412 34 567.', severity: 'warning' },
  ],
});

ruleTester(rule, {
  valid: ['Vi søker helsefagarbeider. Kontakt avdelingsleder Kari Olsen på 456 78 901.'],
  invalid: [],
});
