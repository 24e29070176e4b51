import rule from '../../src/rules/g2/confidentiality';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: ['Fin dag på jobb i dag!', 'We had a lovely walk by the fjord.'],
  invalid: [
    { text: 'Dette er eigentleg underlagt teieplikt, men …', messageId: 'confidential', excerpt: 'teieplikt' },
    { text: 'Jeg har taushetsplikt, men du skulle visst', excerpt: 'taushetsplikt' },
    { text: 'KONFIDENSIELT: møtet i går', excerpt: 'KONFIDENSIELT' },
    { text: 'Strictly confidential, but here goes', excerpt: 'confidential' },
  ],
});
