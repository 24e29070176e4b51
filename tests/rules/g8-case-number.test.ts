import rule from '../../src/rules/g8/case-number';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'Referansenummeret på fakturaen er 23079112381, sjekk om det stemmer i regnskapet.',
    'The invoice reference number is on the first page of the bill.',
    // Round 2: a warning not to post numbers, and order references, are no case numbers.
    'Saksnummer og fødselsnummer skal aldri skrivast i kommentarfeltet.',
    'Never post your case number or ID number in the comments.',
    'Referansenummeret for bestillingen av nye stoler er 55512 – kommer på fredag.',
    'The order reference number for the new printer is 77812, delivery on Monday.',
    'Sesongkortet for 2025/2026 er kjøpt ⛷️',
    'Regnskapet for 2023/2024 er endelig levert 🙌',
    'Møtet er 12/05/2024 kl. 10.',
    'Fakturaen forfall 05/2026.',
    'Vi vann 3/4 kampar i helga!',
    'Open 24/7 heile sommaren.',
    'Sjå https://www.nrk.no/vestland/2024/1234-artikkel for meir.',
    'Oppgi saksnummeret når du sender e-post til postmottak.',
    'Remember to quote the case number when you contact us through the online form.',
    'Det er ei sak for seg at eg gløymde matpakka.',
    'Scored 50/100 on the quiz, not bad.',
    'Sakene i heradsstyret i morgon: sak 12/25 budsjett, sak 13/25 skulestruktur.',
  ],
  invalid: [
    // Round 2: a case-number word alone still counts.
    'Send meg saksnummeret ditt, så ser eg på det i kveld.',
    { text: 'Sat med byggesaka til han heile dagen (sak 24/1187).', messageId: 'case-number', excerpt: '24/1187' },
    { text: 'Dispensasjonssøknaden (2025/0311) er ute på høyring.', excerpt: '2025/0311' },
    { text: 'Klagen din er registrert som 23/04567.', excerpt: '23/04567' },
    { text: 'Just finished a neighbour’s application, case 24/1456.', excerpt: '24/1456' },
    { text: 'Saka er journalført, sak nr. 123.', excerpt: 'sak nr. 123' },
    { text: 'Saksnummer: 4711, ring meg om det.', messageId: 'case-number' },
    { text: 'Har du saksnummeret ditt? Skriv det i kommentarfeltet.', messageId: 'case-number-word' },
    { text: 'DM me your case number and I will check it.', messageId: 'case-number-word' },
    { text: 'Vår ref. 2024/123 gjeld tilbygget.', excerpt: '2024/123' },
  ],
});

// Round 5: the office saying it takes such things by e-mail is a proper channel.
ruleTester(rule, {
  valid: ['Saksnummer og slikt tek me på e-post, men du kan stikka innom kontoret', 'Saksnummer og sånt tar vi på e-post, ikke her.'],
  invalid: [],
});
