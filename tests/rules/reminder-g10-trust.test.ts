import rule from '../../src/rules/reminders/g10-trust';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: ['Fin dag på sjukeheimen i dag, bebuarane song.', 'Skulen har sommarferie frå fredag.', { text: 'Sjukeheimen er elendig.', options: { context: 'official' } }],
  invalid: [
    { text: 'Tilbodet på sjukeheimen er heilt elendig no.', messageId: 'services', severity: 'info', count: 1 },
    { text: 'Hjemmetjenesten er en skandale for tiden.', severity: 'info' },
    { text: 'The care home is a disgrace these days.', severity: 'info' },
  ],
});
