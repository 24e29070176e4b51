import rule from '../../src/rules/reminders/g5-integrity';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: ['Eg meiner det blir fint vêr i helga.', 'Som vanleg kom bussen for seint.', { text: 'Som sjukepleiar meiner eg at …', options: { context: 'official' } }],
  invalid: [
    { text: 'Som sjukepleiar meiner eg at dette er feil.', messageId: 'role', severity: 'info', count: 1 },
    { text: 'Som lærer synes jeg mobilforbudet er bortkastet.', severity: 'info' },
    { text: 'As a nurse I think we need more staff at night.', severity: 'info' },
  ],
});
