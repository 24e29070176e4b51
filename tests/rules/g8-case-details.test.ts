import rule from '../../src/rules/g8/case-details';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // Round 2: holding replies, questions and general queue talk are no case given out.
    { text: 'Takk for beskjed. Vi jobber med saken og gir en oppdatering her når vi vet mer.', options: { context: 'official' as const } },
    { text: 'Thanks, we are working on the matter and will update this post.', options: { context: 'official' as const } },
    'Har du fått plass i barnehagen til hausten? Me søkte i februar og har ikkje høyrt noko.',
    'Ventelista for sjukeheimsplass er lang i heile landet, seier KS.',
    'If you get a place from August, you will receive a letter about the start date.',
    'Gratulerer, Siri! Du har fått plass på sjukepleiarstudiet, søknaden gjekk gjennom 🎉',
    'Congrats Tom, you got accepted – all those applications paid off!',
    'Søknadsfristen for kulturmidlar er 1. september. Søknadsskjema finn du på nettsida.',
    'Hei! Send søknaden din via eDialog, så kjem han til rett stad.',
    'Vi kan ikke behandle saker her. Send søknaden via nettsiden vår.',
    'We can’t handle applications here, but you can apply through our website.',
    'Eg har søkt om permisjon i haust, krysser fingrane!',
    'Det er di sak om du vil ha med kake eller ikkje 😄',
    'In your case I would just take the bus.',
    'Viktig sak fra NRK om sykepleiermangel.',
    'Årsaka til at vegen er stengd, er eit ras.',
    'Mange har søkt om plass i år, heile 40 søkjarar.',
    'Heradsstyret gjorde vedtak om budsjettet i går.',
    'Naboen har søkt om å byggja garasje, og no er det nabovarsel i postkassa.',
    'Kollegaen min fekk innvilga permisjon, så no blir det ferie for ho.',
    { text: 'Har du spørsmål om byggesaka di? Ring servicetorget.', options: { context: 'official' } },
    { text: 'If you need help with your benefit application, please book an appointment with NAV.', options: { context: 'official' } },
    { text: 'Dersom søknaden din manglar vedlegg, får du beskjed.', options: { context: 'official' } },
  ],
  invalid: [
    // Round 2: an outcome given to the reader or decided by the writer, someone's place in a queue.
    { text: 'Hei Lars! Søknaden din er handsama, og du har fått plass i Solstrålen frå januar.', options: { context: 'official' as const }, messageId: 'decision' },
    { text: 'Til deg som spurde om barnehageplass: du har fått plass i Solstrålen frå januar 🤫', messageId: 'decision' },
    { text: 'Til deg som spurte om skoleskyss: du får innvilget skyss fra neste uke.', messageId: 'decision' },
    { text: 'To the parents who applied for leave for their daughter: I have approved it, no need to wait for the letter.', messageId: 'decision' },
    { text: 'Dottera di står på ventelista til avlastning, og me reknar med plass i vår.', messageId: 'case-details' },
    { text: 'Olsen-familien står først i køen til kommunal bolig nå 😉', messageId: 'case-details' },
    { text: 'Your son is on the waiting list for speech therapy and should be seen in May.', messageId: 'case-details' },
    { text: 'The family from Syria got their application for housing benefit refused this morning.', messageId: 'decision' },
    { text: 'Sat med byggesaka til han på Hakestad heile dagen.', messageId: 'case-details', excerpt: 'byggesaka' },
    { text: 'Jobber med byggesøknaden til naboen i dag, haha.', excerpt: 'byggesøknaden' },
    { text: 'Hei Marte! Søknaden din om skuleskyss er godkjend.', excerpt: 'Søknaden' },
    { text: 'Hei Bjørn, vi har sett på søknaden din om kommunal bolig.', excerpt: 'søknaden' },
    { text: 'Just went through a neighbour’s building application. Yikes.', excerpt: 'application' },
    { text: 'Your planning application is missing two drawings.', excerpt: 'application' },
    { text: 'Treng det til eigedomsskattesaka hans.', excerpt: 'eigedomsskattesaka' },
    { text: 'Mora til ein av elevane mine har søkt om fritak frå vurdering.', messageId: 'applied' },
    { text: 'Eleven har søkt om fritak frå sidemål.', messageId: 'applied' },
    { text: 'Naboen har søkt om dispensasjon for naustet sitt.', options: { context: 'official' }, messageId: 'applied' },
    { text: 'Hei Ivar. Mor di er tildelt langtidsplass på avdeling 2.', options: { context: 'official' }, messageId: 'decision', excerpt: 'tildelt' },
    { text: 'Naboen fekk avslag på bustøtta si.', messageId: 'decision' },
    { text: 'Hi Tom, your benefit claim was rejected because a form was missing.', messageId: 'decision' },
    { text: 'Klaga di på vedtaket er motteken.', excerpt: 'Klaga' },
    { text: 'Eg handsamar byggesøknaden til Hansen på Nesheim, og han manglar teikningar.', excerpt: 'byggesøknaden' },
    { text: 'I’m processing the application from the family on the hill, what a mess.', excerpt: 'application' },
  ],
});

// Round 5: a passive outcome owned by 'your' further back; a ride ('skyss') is no case.
ruleTester(rule, {
  valid: [
    "Treng skyss til Oline på fredag, ho skal til tannlegen. Kan nokon køyra?",
  ],
  invalid: [
    { text: "Your kindergarten place at the new unit is confirmed for August" },
  ],
});

// Round 6: probe sentences of unseen kinds (insider knowledge of a neighbour's application, forms sent to the writer privately, grants, a job named before 'søknaden din'); benign ones every G8 rule leaves alone.
ruleTester(rule, {
  valid: [],
  invalid: [
    { text: "Søknaden til Hansen om dispensasjon for naustet ligg no hjå meg, og han manglar teikningar" },
    { text: "Kari på Nes fekk avslag på bustøtta si i går, stakkars" },
    { text: "Han i tredje etasje har fått innvilga heimehjelp tre dagar i veka" },
    { text: "Vedtaket ditt om startlån kjem i posten neste veke, det vart ja 👍" },
    { text: "Eg skal sørgje for at du får plass på sjukeheimen" },
    { text: "Søknaden din går nok gjennom, slapp av" },
    { text: "I'll make sure your application is approved before Christmas" },
    { text: "Det går i orden med dispensasjonen din, eg har snakka med sjefen" },
    { text: "Your appeal has been rejected, sorry. The letter is on its way" },
    { text: "Naboen din har søkt om å byggja garasje på grensa, det ser eg i systemet" },
  ],
});

// Round 7: 'til meg' after a document is handed to the writer; the writer's own application ('eg har søkt om barnehageplass til veslejenta').
ruleTester(rule, {
  valid: [],
  invalid: [
    { text: "Your son's application for respite care has been approved, he starts on Monday" },
    { text: "Ho Berit på Vik har søkt om omsorgsløn, men ho får nok nei" },
    { text: "Eg har godkjent byggesøknaden din no, så du kan starte å grave" },
  ],
});

// Round 4: an official reply that greets someone and tells the decision on their application.
ruleTester(rule, {
  valid: [
    { text: 'Hi everyone, applications that arrive after the deadline are refused unless you can show a good reason.', options: { context: 'official' as const } },
    { text: 'Hei alle! Søknader om skjenkeløyve som kjem etter fristen, blir avslått dersom de ikkje har alle vedlegg.', options: { context: 'official' as const } },
  ],
  invalid: [
    { text: 'Hei Jan! Søknaden om utvidet skjenkebevilling ble dessverre avslått i utvalget fordi dere hadde avvik i fjor.', options: { context: 'official' as const } },
    { text: 'Hi Tom, the dispensation for your shed was refused at the committee meeting yesterday since you built too close to the road.', options: { context: 'official' as const } },
  ],
});
