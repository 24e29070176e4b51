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

// Round 8: threats, dismissals, contempt for politicians, dialect and typo forms; self-mockery after the insult
// ("what an idiot I am") and everyday words (a clown at a party, cattle, Trolltunga, "ta deg ein kopp kaffi") are fine.
ruleTester(rule, {
  valid: [
    'Lost my keys again, what an idiot I am.',
    'Klovnen på barnebursdagen var kjempeflink!',
    'Vi har fått to nye kalvar, nauta har det fint på beite.',
    'Trolltunga var fantastisk i dag!',
    'Ta deg ein kopp kaffi og slapp av.',
    'Kom deg ut på tur, det er fint vêr!',
    'Watch your step on the icy path by the school.',
    'Pass deg for isen ved kaia i dag.',
    'The kids learn to read in year one.',
  ],
  invalid: [
    { text: 'Ditt naut, les saka før du skriv.' },
    { text: 'Ta deg ein bolle, du veit ikkje kva du snakkar om.' },
    { text: 'Du vet ikke hva du snakker om, så bare hold deg unna.' },
    { text: 'Eg veit kvar du bur, så pass deg.' },
    { text: 'Jævla politikarar, dei burde alle få sparken.' },
    { text: 'Patetiske folk som klagar på alt.' },
    { text: 'Skaff deg ein hjerne.' },
    { text: 'Dei fortener juling, heile gjengen.' },
    { text: 'Kva slags idjot skriv sånt?' },
    { text: 'I know where you live. Watch your back.' },
    { text: 'These clowns at the council couldn’t run a bath.' },
    { text: 'Nobody wants your opinion here, so just get lost.' },
    { text: 'What a bunch of muppets running this place.' },
    { text: 'Traitors, the lot of you.' },
  ],
});

// Round 9: contempt for other commenters (dumme menneske, tullete folk, grinebitar, people like you are …, stupid
// comment); the writer's own slips stay fine.
ruleTester(rule, {
  valid: ['Eg var så dum at eg gløymde passordet.', 'I feel stupid for missing the bus.', 'Ein dum feil av meg, beklagar!', 'Ho har eit stort hjarte og ein skarp hjerne.'],
  invalid: [
    { text: 'Dei som skriv sånt i kommentarfelta er rett og slett dumme.' },
    { text: 'Herregud for nokre tullete folk her inne.' },
    { text: 'Slutt å sutre, din gamle grinebitar.' },
    { text: 'Du er en latterlig person og burde skamme deg.' },
    { text: 'Følg med i timen, dumme menneske.' },
    { text: 'People like you are the reason this town is going downhill.' },
    { text: 'What a stupid comment, as usual from you.' },
    { text: 'Shut your face.' },
  ],
});

// Round 10: teasing among friends (haha, a grin or a wink in the sentence) is no debate tone.
ruleTester(rule, {
  valid: ['Du er ein skikkeleg tosk når det gjeld kortspel, haha 😄', 'You muppet, you forgot the cake again lol'],
  invalid: [{ text: 'Du er ein tosk. Haha, for ein gjeng med tullingar 🙄' }],
});

// Round 11: "disse klovnene", "folk som deg burde ikke …", "du skjønner jo ingenting", "you absolute muppet"; warm
// words to a friend stay fine.
ruleTester(rule, {
  valid: ['Stakkars deg som må jobbe i helga!', 'Kjære deg, du er ikkje dum, du er berre trøytt 💛', 'Folk som deg gjer bygda betre.'],
  invalid: [
    { text: 'Hvem har gitt disse klovnene makt over skolen vår?' },
    { text: 'Folk som deg burde ikke få stemme.' },
    { text: 'Stakkars deg, du skjønner jo ingenting.' },
    { text: 'You absolute muppet, read the article.' },
  ],
});

// Cowardice and foolishness as name-calling in the singular; the writer about themselves is no insult.
ruleTester(rule, {
  valid: ['Eg er ein feiging når det gjeld edderkoppar haha', "I'm such a coward with horror films"],
  invalid: [
    { text: 'Den nye ordføraren er ein latterleg tufs.' },
    { text: 'Rådmannen er ein feiging som gøymer seg bak konsulentane.' },
    { text: 'Formannskapet består av feiginger og tufser.' },
    { text: 'The chief executive is a coward.' },
  ],
});
