import rule from '../../src/rules/reminders/g1-employee';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: ['Fin tur på fjellet i dag!', 'Heradet søkjer sommarvikarar, sjå https://www.ulvik.kommune.no/ledige-stillingar', 'Heile Ulvik er kvitt av snø.', { text: 'Kommunen informerer om brøyting.', options: { context: 'official' } }],
  invalid: [
    { text: 'Heradet søkjer sommarvikarar.', messageId: 'employer', severity: 'info', count: 1 },
    { text: 'Kommunen har fått ny nettside, og kommunen er fornøgd.', severity: 'info', count: 1 },
    { text: 'My employer is hiring nurses!', severity: 'info' },
  ],
});
