/** G2 confidentiality words in reminders and topics ("kurs om teieplikt", "hugs teieplikta") are no disclosure. */
import rule from '../../src/rules/g2/confidentiality';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'Kurs om teieplikt for nytilsette på torsdag.',
    'Teieplikta gjeld også på Facebook, hugs det!',
    'Husk taushetsplikten når dere skriver i sosiale medier.',
    'Remember that the duty of confidentiality applies online too.',
    'Training on confidential records for all new staff next week.',
  ],
  invalid: [
    { text: 'Dette er konfidensielt, men Kari på rom 3 har fått ny diagnose.', excerpt: 'konfidensielt' },
    { text: 'Strengt fortruleg: naboen har søkt om skilsmisse.', excerpt: 'fortruleg' },
    { text: 'Veit det er taushetsbelagt, men jeg må bare si det: hun er gravid.' },
  ],
});
