import rule from '../../src/rules/g7/too-long';
import { ruleTester } from '../helpers/rule-tester';

const official = { context: 'official' as const };
const sentence = 'Takk for spørsmålet, me ser på saka og kjem tilbake til deg. ';

ruleTester(rule, {
  valid: [
    { text: 'Takk for beskjed! Vaktmeister er varsla.', options: official },
    { text: 'a'.repeat(600), options: official },
    { text: `  ${'b'.repeat(600)}  \n`, options: official },
    { text: '🙂'.repeat(600), options: official }, // 600 characters, 1200 UTF-16 units
    sentence.repeat(20), // private context: no length limit
  ],
  invalid: [
    { text: sentence.repeat(11), options: official, messageId: 'too-long' },
    { text: 'a'.repeat(601), options: official, messageId: 'too-long', excerpt: 'a' },
    { text: 'Hi Sarah, thanks for your question! '.repeat(20), options: official, count: 1 },
  ],
});
