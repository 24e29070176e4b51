import rule from '../../src/rules/g3/hostile-tone';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // Mild frustration and factual disagreement.
    'Uff, for ein dag. Bussen kom ikkje og regnet høljar ned 😤',
    'Eg er ueinig med deg, men takk for at du tok deg tid til å skriva.',
    'Jeg er irritert over at veien ikke er brøytet ennå.',
    'I disagree, but I appreciate the discussion. Let us keep it civil.',
    'This printer is so annoying today!',
    'Kva meiner de om den nye busstabellen?',
    'Send meg gjerne nokre ord om korleis turen var!',
    'Dust on every shelf after the renovation, time to clean.',
    'Eg er ein skikkeleg idiot, gløymde nøklane heime igjen 🙈',
    "I'm such an idiot, forgot my lunch again.",
    // Official context is G7's business.
    { text: 'Hald kjeft!', options: { context: 'official' } },
  ],
  invalid: [
    { text: 'Dei som skriv slikt i kommentarfeltet er nokre idiotar.', messageId: 'insult', excerpt: 'idiotar' },
    { text: 'For nokre tullingar som ikkje skjønar korleis budsjettet fungerer.', excerpt: 'tullingar' },
    { text: 'Hald kjeft og les saksdokumenta før du uttalar deg.' },
    { text: 'Du er ein dust, rett og slett.' },
    { text: 'Dere som klager er noen sytepaver, få dere et liv.' },
    { text: 'Hold kjeften din, din idiot.' },
    { text: 'Taperne i kommentarfeltet har visst ingenting bedre å gjøre.' },
    { text: 'Shut up and read the report before you comment.' },
    { text: 'Only morons would vote for this. Get a life.' },
    { text: 'What a bunch of losers in this comment section 🖕' },
    { text: 'Mannen som skreiv innlegget heiter Per, adressa er per.hansen@example.no. Send han gjerne nokre ord!', messageId: 'pileOn' },
    { text: 'Nummeret hennes er 900 11 222 om noen vil si ifra hva de mener.', messageId: 'pileOn' },
  ],
});

// Round 2: insults of groups (clowns, cowards) in nn/nb/en.
ruleTester(rule, {
  valid: ['Klovnane på sirkuset var kjempemorosame i går!'],
  invalid: [
    { text: 'Politikarane våre er nokre feige kjøtthovud. Skjerp dykk!' },
    { text: 'Dere er noen ryggradsløse klovner alle sammen.' },
    { text: 'These councillors are spineless clowns.' },
  ],
});

// Round 3: more insults of people and groups in nn/nb/en; a clown at a party and a wife called "kjerringa" stay out.
ruleTester(rule, {
  valid: ['Klovnen på barnehagefesten var ein stor suksess!', 'What a clown show at the circus tonight, the kids loved it.'],
  invalid: [
    { text: 'Politikarane våre er ein gjeng med amatørar.' },
    { text: 'Hald munn viss du ikkje har lese saka.' },
    { text: 'Hold munn, ingen har spurt deg.' },
    { text: 'Du er jo helt blåst i hodet.' },
    { text: 'That councillor is a complete waste of space.' },
    { text: 'Shut it, nobody asked you.' },
  ],
});

// Round 4: rhetorical insults and calls to silence people.
ruleTester(rule, {
  valid: ['Ungane las eventyret om eit troll under brua.', 'People like you make this village a better place!'],
  invalid: [
    { text: 'Går det an å vera så dum?' },
    { text: 'Han burde holde kjeft om ting han ikke forstår.' },
    { text: 'How can anyone be this stupid?' },
    { text: 'You are a disgrace to this town.' },
  ],
});

// Round 5: accusing people of hypocrisy, lying or crookedness; a warning about phone scammers is not hostile.
ruleTester(rule, {
  valid: ['Pass på svindlarar som ringer og seier dei er frå banken!', 'Watch out for scammers calling about parcels.'],
  invalid: [
    { text: 'Politikarane er nokre hyklarar alle saman.' },
    { text: 'De er en gjeng løgnere i det styret.' },
    { text: 'The whole committee is a bunch of crooks.' },
  ],
});
