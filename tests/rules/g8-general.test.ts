/**
 * G8 in other words: decisions told as "fekk nei på", case nouns for care
 * services (BPA, støttekontakt), a writer's own guarantee without a case word,
 * "plass" after a verb of getting, identity data asked for in a DM, a form
 * named beside a private channel. nn, nb and en.
 */
import details from '../../src/rules/g8/case-details';
import promise from '../../src/rules/g8/promise';
import requests from '../../src/rules/g8/request-documents';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(details, {
  valid: [
    'Han fekk nei på frieriet, stakkar 😂',
    'Søknadsfristen for støttekontakt er 1. mars, søk via nettsida.',
    'Vi har fått mange søknader om BPA i år.',
    'Fekk du plass på kurset? Det var mange som søkte.',
    'Vi ventar spent på søknaden din til jobben som vaktmeister!',
    'Good luck with your application for the job at the library!',
    'Eg har fått godkjent søknaden min om permisjon, no blir det tur til Spania!',
    { text: 'Takk for innspelet! Vi har sendt det vidare til rett avdeling.', options: { context: 'official' } },
    { text: 'Vi har sjekka, og fristen er 1. mars for alle.', options: { context: 'official' } },
    { text: 'Hei Kjell, vi har sjekka: dette kan du lese meir om på nettsida vår.', options: { context: 'official' } },
    'Er det berre eg som har fått denne? «Fakturaen din ligg her» frå ein ukjend avsendar.',
  ],
  invalid: [
    { text: 'Ho fekk nei på BPA, det er heilt urimeleg.', messageId: 'decision' },
    { text: 'Hun fikk nei på søknad om støttekontakt, selv om hun trenger det.', messageId: 'decision' },
    { text: 'Søknaden om sosialhjelp til familien Olsen er til behandling.', messageId: 'case-details' },
    { text: 'The Hansen family’s application for respite care was turned down.' },
    { text: 'Kan noen ringe Fatima? Hun venter på svar om familiegjenforening.', excerpt: 'venter på svar' },
    { text: 'Her er søknadsskjemaet til Helge, og saka hans blir nok avslegen.', excerpt: 'saka' },
    { text: 'Han har ikkje fått utbetalt sosialhjelpa enno, sjølv om vedtaket kom i mars.' },
    { text: 'Din sønn har fått plass på SFO fra august, gratulerer!', options: { context: 'official' }, messageId: 'decision' },
    // an official reply that works the reader's case
    { text: 'Hei Kjell, eg har sjekka med byggesak, og teikningane dine manglar mål på tilbygget.', options: { context: 'official' }, excerpt: 'sjekka' },
    { text: 'Hi Laura, we looked into it: your property tax was calculated on the old valuation.', options: { context: 'official' } },
    { text: 'Vi har registrert at du ikkje har betalt barnehagen for mars.', options: { context: 'official' } },
    { text: 'Hei, det stemmer at sonen din ikkje fekk skuleskyss, fordi han bur for nær skulen.', options: { context: 'official' }, messageId: 'decision' },
  ],
});

ruleTester(promise, {
  valid: [
    'Vi lover å svare alle innen fredag.',
    'I promise you’ll get through this exam week, kids!',
    'Eg skal sjå til at alle får kake på fredag!',
    'Det blir nok plass til alle på bussen.',
    'Det ordnar seg nok med vêret til 17. mai!',
    'Du kan rekne med god stemning på festen!',
    'Kommunestyret kjem heilt sikkert til å godkjenna hyttefeltet på Vikanes.',
  ],
  invalid: [
    { text: 'I’ll make sure it’s approved.', messageId: 'promise' },
    { text: 'Jeg skal personlig sørge for at du får plass på sykehjemmet.', messageId: 'promise' },
    { text: 'Jeg lover at dere får svar innen fredag og at det blir ja.', messageId: 'promise' },
    { text: 'Du får nok plass i barnehagen til hausten, ikkje uroa deg.', messageId: 'promise' },
    { text: 'You’ll definitely get a place at the nursing home, I promise.', messageId: 'promise' },
    { text: 'Don’t worry about the appeal, it’ll go through, I’ve spoken to the committee.', messageId: 'promise' },
    { text: 'Slapp av, Kari, det ordnar seg med barnehageplassen, eg har snakka med styraren.', messageId: 'promise' },
    { text: 'Trur nok du får bustøtte, du ligg godt under grensa.', messageId: 'promise' },
    { text: 'You’ll get the permit, trust me, I work in planning.', messageId: 'promise' },
    { text: 'Du kan rekne med ja på søknaden om skjenkeløyve.', messageId: 'promise' },
  ],
});

ruleTester(requests, {
  valid: [
    'Send meg eit bilete av hunden din på Messenger!',
    'Send me a message if you want to join the choir.',
    { text: 'Byggesaksavdelinga har ope kontor tysdagar, ta med teikningar.', options: { context: 'official' } },
    'Kan du sende meg oppskrifta på den kaka du hadde med?',
    'Ikkje send personnummer eller kopi av pass på Messenger, bruk skjemaet på nettsida.',
  ],
  invalid: [
    { text: 'DM me your ID and I’ll look into it.', excerpt: 'ID' },
    { text: 'Just message me your date of birth and address.', excerpt: 'date of birth' },
    { text: 'Send me a copy of your passport and the form via DM.' },
    { text: 'Skriv fødselsdato og adressa di her i kommentarfeltet, så finn eg saka.', excerpt: 'fødselsdato' },
    { text: 'Kan du leggje ved legeerklæring i ein kommentar her?', excerpt: 'legeerklæring' },
    { text: 'Du kan sende meg ID-kortet ditt på Messenger så ordnar eg resten.' },
    { text: 'Jeg kan fikse den for deg hvis du sender fakturanummeret her.', excerpt: 'fakturanummeret' },
    { text: 'Hvis du sender meg skattemeldingen din, kan jeg regne ut egenandelen.', excerpt: 'skattemeldingen' },
    { text: 'Just send me the doctor’s note here and I’ll forward it to the caseworker.' },
    { text: 'Skriv inn gards- og bruksnummeret ditt her, så sjekkar vi.', options: { context: 'official' } },
    { text: 'Please send us your address in a DM so we can register the claim.', options: { context: 'official' } },
    { text: 'Kan du sende meg bankkortnummeret ditt så eg får refundert beløpet?', options: { context: 'official' } },
    { text: 'Post a copy of the tenancy agreement in the thread and I’ll check it.' },
  ],
});
