/** G2 identifiers of a third person written oddly: e-mail with "(at)"/"dot", dotted phone numbers. */
import rule from '../../src/rules/g2/email';
import phone from '../../src/rules/g2/phone';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'Eg trur at gmail.com er like bra som outlook.',
    'Kontakt meg på ola [at] hotmail [dot] com om du vil vera med.',
    'We met at Google dot com headquarters last year.',
    'Ho sa at online dot no var nede i går.',
  ],
  invalid: [
    { text: 'Naboen sin e-post er kari.hansen (at) gmail.com', messageId: 'thirdParty', excerpt: 'kari.hansen (at) gmail.com' },
    { text: 'Skriv til han på per dot olsen at online dot no', messageId: 'thirdParty', excerpt: 'per dot olsen at online dot no' },
    { text: 'Mailen til Kari er kari_h at gmail dot com, send henne en hilsen.', messageId: 'thirdParty' },
    { text: 'Eposten til bestemora hans: astrid (at) online.no', messageId: 'thirdParty' },
    { text: 'Her is his address: tom.b [at] outlook [dot] com', messageId: 'thirdParty' },
  ],
});

ruleTester(phone, {
  valid: ['Ring meg på 98.76.54.32 om du lurer på noko.', 'Kampen er 12.03.24 klokka 18.', 'Prisen er 1234.5678 kr.'],
  invalid: [
    { text: 'Ring dottera hans på 98.76.54.32, ho veit meir.', messageId: 'thirdParty', excerpt: '98.76.54.32' },
    { text: 'Her mobile is 987.65.432 if anyone needs it.', messageId: 'thirdParty' },
  ],
});
