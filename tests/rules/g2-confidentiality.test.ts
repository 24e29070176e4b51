import rule from '../../src/rules/g2/confidentiality';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'Fin dag på jobb i dag!',
    'We had a lovely walk by the fjord.',
    // refusing to share
    'Eg har teieplikt, så eg kan ikkje seie noko om det.',
    'Beklager, jeg har taushetsplikt og kan ikke kommentere saken.',
    'I can’t say more, it’s confidential.',
    'Sorry, I cannot share that – it is confidential.',
  ],
  invalid: [
    { text: 'Dette er eigentleg underlagt teieplikt, men …', messageId: 'confidential', excerpt: 'teieplikt' },
    { text: 'Jeg har taushetsplikt, men du skulle visst', excerpt: 'taushetsplikt' },
    { text: 'KONFIDENSIELT: møtet i går', excerpt: 'KONFIDENSIELT' },
    { text: 'Strictly confidential, but here goes', excerpt: 'confidential' },
    { text: 'Eg har teieplikt, men eg kan ikkje halda dette for meg sjølv.', excerpt: 'teieplikt' },
    { text: 'It’s confidential and I can’t say it officially, but here is what happened', excerpt: 'confidential' },
  ],
});

ruleTester(rule, {
  valid: ['Eg har teieplikt, så det kan eg dessverre ikkje svara på.', 'Det får jeg ikke lov til å si noe om, taushetsplikt.', "It's confidential, so I am not able to comment."],
  invalid: [{ text: 'Ikkje sei det vidare, det er konfidensielt: Kari har slutta.', excerpt: 'konfidensielt' }],
});
