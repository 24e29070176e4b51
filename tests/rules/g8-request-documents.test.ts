import rule from '../../src/rules/g8/request-documents';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // Round 2: a third person's number written out is disclosed (G2), not asked for.
    'Kven kan henta medisinane til bebuaren (fnr 01020312345) på apoteket?',
    'Har nokon kontonummeret til Per på lageret? Han sa det var 1234.56.78901, men eg er usikker – me samlar inn til blomar.',
    'Does anyone have the new apprentice’s ID number? It’s 12345678901 according to HR.',
    'Aldri send personnummeret ditt på Messenger, uansett kven som spør!',
    'Ikke del kontonummeret ditt i kommentarfeltet.',
    'Send dokumenta via eDialog eller på e-post til postmottak.',
    'Please send the documents through the online form on our website.',
    'Send meg ei melding om du vil ha sykkelen 🚲',
    'Kjøpte ny mobil, ordrenummer 94323210230.',
    'Eg fann kvitteringa frå IKEA i lomma, hurra.',
    'Never share your national ID number in a DM.',
    { text: 'Du kan senda søknaden og vedlegga via skjemaet på nettsida vår.', options: { context: 'official' } },
  ],
  invalid: [
    // Round 2: needing the reader's own number ("treng personnummeret ditt") is a request.
    'Eg treng fødselsnummeret ditt for å sjå på saka. Kan du skriva det her?',
    'Jeg trenger personnummeret ditt før vi kan behandle søknaden.',
    'We need your national ID number to look at the claim – just reply here.',
    { text: 'Send meg bilete av kontoutskrifta på Messenger, så tek eg det med.', messageId: 'request', excerpt: 'kontoutskrifta' },
    { text: 'Send oss gjerne fødselsnummeret ditt i ei privat melding her.', excerpt: 'fødselsnummeret' },
    { text: 'Du kan sende fødselsnummeret og kontonummeret ditt her i kommentarfeltet.', excerpt: 'kontonummeret' },
    { text: 'Send meg kvitteringene på Messenger, så registrerer jeg dem.', excerpt: 'kvitteringene' },
    { text: 'Du kan ta bilde av dokumentene og sende dem i en melding her på Facebook.', excerpt: 'dokumentene' },
    { text: 'DM me your case number and I’ll check the status.', excerpt: 'case number' },
    { text: 'Please send us your national ID number and a copy of your passport in a DM.', excerpt: 'national ID number' },
    { text: 'Er det nokon som har personnummeret til han som eig hytta?', excerpt: 'personnummeret' },
    { text: 'Legg inn biletet av legeattesten her i kommentarfeltet.', excerpt: 'legeattesten' },
    { text: 'Kan du legge ut kopi av legeerklæringen her?', options: { context: 'official' } },
    { text: 'Post your payslips here and we will look at it.', options: { context: 'official' } },
  ],
});

// Round 5: a document asked for by a pronoun ('send den her i chatten') named in the sentence before; 'e-post' after 'fått'/'med' is a noun; 'tek me på e-post' is a proper channel.
ruleTester(rule, {
  valid: [
    "Nokon andre som har fått e-post med fakturaen her? Ser rart ut",
    "Saksnummer og slikt tek me på e-post, men du kan stikka innom kontoret",
    "Treng skyss til Oline på fredag, ho skal til tannlegen. Kan nokon køyra?",
    "Fikk du bildene fra turen? Send dem gjerne her i chatten 😊",
  ],
  invalid: [
    { text: "Hei Per, vi manglar legeerklæringa til søknaden din. Send ho gjerne her i meldingar, så ordnar vi resten" },
    { text: "Vi mangler lønnsslippen din. Send den gjerne her i chatten så tar vi det derfra" },
    { text: "We still need your doctor's note for the application. Just send it here in the DMs" },
  ],
});

// Round 6: probe sentences of unseen kinds (insider knowledge of a neighbour's application, forms sent to the writer privately, grants, a job named before 'søknaden din'); benign ones every G8 rule leaves alone.
ruleTester(rule, {
  valid: [],
  invalid: [
    { text: "Send meg personnummeret ditt på Messenger, så sjekkar eg" },
    { text: "Kan du leggje ved kopi av passet i ein PM?" },
    { text: "DM me your address and date of birth and I'll sort it out" },
    { text: "Skriv fødselsnummeret ditt her i kommentarfeltet så finn vi saka" },
    { text: "Post a picture of your invoice here and I'll check it for you" },
    { text: "Ta eit bilete av skjemaet og send det til meg på Messenger" },
  ],
});

// Round 7: 'til meg' after a document is handed to the writer; the writer's own application ('eg har søkt om barnehageplass til veslejenta').
ruleTester(rule, {
  valid: [],
  invalid: [
    { text: "Kan du sende meg kopi av leiekontrakten i innboksen?" },
    { text: "Du må berre sende søknaden på nytt til meg, så fiksar eg det 👍" },
  ],
});
