/**
 * G2 health details in everyday words: injuries as a verb and a body part,
 * compound health words, initials, neighbours and friends with a possessive,
 * services that act on someone, hearsay ("har eg høyrt"), in nn, nb and en.
 */
import rule from '../../src/rules/g2/health-person';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // one's own injury or illness
    'Eg braut armen i fjor, så eg veit korleis det er.',
    'Kjem du på julebordet? Eg har brote foten, så eg kjem på krykker.',
    'I sprained my ankle on the hike, so no running for me this week.',
    // the writer's own family, also with an adjective between
    'Min kjære mann har fått kreft. Vi tek ein dag om gongen.',
    'My lovely mum is in hospital, please keep her in your thoughts.',
    // services and topics, no person
    'Barnevernet søker fosterheimar, les meir på nettsida.',
    'Ambulansen har fått ny base på Voss.',
    'Redningsoperasjonen i fjellet gjekk bra, alle er heime.',
    'Hjarteoperasjonar er tema på foredraget til kardiologen i kveld.',
    'What a stroke of genius, the new playground is packed!',
    'Naboen min har fått ny bil, han er så stolt.',
    'Influensavaksinen er komen, og Kari på helsestasjonen set han gjerne på deg.',
    'Jeg er gravid! Termin i mars, og vi gleder oss.',
  ],
  invalid: [
    // verb of injury + body part, with a word between
    { text: 'Han eldre karen i 2. etasje fall og brekte lårhalsen i går.', excerpt: 'brekte lårhalsen' },
    { text: 'Beboeren på rom 3 hadde et stygt fall og brakk håndleddet.', severity: 'high' },
    { text: 'Ho braut visst begge beina då ho datt på isen, stakkars naboen.' },
    { text: 'The man next door fractured his left hip on the ice.' },
    // compound health words
    { text: 'Sjåføren vår hadde hjarteinfarkt på jobb i går.' },
    { text: 'Faren til Lise har fått blærebetennelse igjen.', excerpt: 'blærebetennelse' },
    { text: 'Bebuaren på rom 7 skal ha kneoperasjon neste veke.', excerpt: 'kneoperasjon' },
    // initials
    { text: 'Tenkjer på K. som starta på cellegift denne veka.', excerpt: 'cellegift' },
    { text: 'A. (87) på avdeling B har fått lungebetennelse.' },
    // neighbours and friends stay third persons with a possessive
    { text: 'My neighbour was rushed to hospital last night.' },
    { text: 'Naboen min er visst innlagd på psykiatrisk igjen.' },
    { text: "My colleague's husband just got diagnosed with Parkinson's." },
    // a service acting on someone opens the sentence
    { text: 'Barnevernet henta ungane til naboen i går kveld.', excerpt: 'Barnevernet' },
    // hearsay: the writer passes on news
    { text: 'Kona til ordføraren har brystkreft, har eg høyrt.' },
    { text: 'Eg høyrde at bebuaren på rom 2 har fått demens.' },
    // everyday words
    { text: 'Faren til Emma sit inne for rus, alle i bygda veit det.' },
    { text: 'Tom from accounts is off with depression.', severity: 'high' },
    { text: 'Nabokona har MS, det har eg visst lenge.' },
    // inflections and indirect phrasings
    { text: 'Det er Gerd på rom 4 som har fått koronaen, so bruk smittefrakk.', excerpt: 'koronaen' },
    { text: 'Olav på 96 hugsar ikkje so mykje lenger, men han smilte heile dagen.' },
    { text: 'I know the driver, it is Kari from the bakery, and she is seriously injured.' },
    { text: 'Gratulerer til Silje på lageret som skal ha tvillingar i mars!' },
    // a compound word for one person; a service for a person
    { text: 'Barnevernet henta veslejenta i 2A i dag, ho med det raude håret.' },
    { text: 'Eg ser at vedtaket om heimesjukepleie for mor di vart avslått.', excerpt: 'heimesjukepleie' },
    // the writer inside a relative clause about the person is not the subject
    { text: 'The client I visited today is an alcoholic and the flat was a mess.' },
    { text: 'Brukaren som eg var hos i dag, har fått lungekreft.' },
    // removal surgery, end of life, inflections
    { text: 'Ho som vaskar på rådhuset har fått fjerna brystet.', excerpt: 'fjerna brystet' },
    { text: 'Mr. Olsen (room 7) is on end-of-life care now.', severity: 'high' },
    { text: 'Ho eine eleven min har vorte anorektisk, eg er så bekymra.' },
  ],
});

// Confidential circumstances that are not health: prison, expulsion, bullying, eviction, broken family ties.
ruleTester(rule, {
  valid: [
    'Politiet har henta ein mann etter innbrotet i natt, står det i avisa.',
    'A man was evicted from the flats in town, says the local paper.',
    'Mobbing er tema på foreldremøtet i kveld.',
  ],
  invalid: [
    { text: 'Eleven i 5B, Oskar, vart utvist i dag for å ha slått ein lærar.', messageId: 'circumstance', severity: 'high' },
    { text: 'Klienten min har sete i fengsel i tre år, men er flink no.', messageId: 'circumstance' },
    { text: 'One of my students (Liam, 9th grade) was caught with drugs in his locker.', messageId: 'circumstance' },
    { text: 'Bebuaren på rom 8 fekk ikkje besøk i jula, sonen har brote kontakten.', messageId: 'circumstance' },
    { text: 'The Johnsons in Fjordvegen 3 are behind on rent and are being evicted.', messageId: 'circumstance' },
  ],
});
