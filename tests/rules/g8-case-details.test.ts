import rule from '../../src/rules/g8/case-details';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
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
  ],
  invalid: [
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
