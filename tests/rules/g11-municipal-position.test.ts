import rule from '../../src/rules/g11/municipal-position';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // Referral to management is the good behaviour.
    'Godt spørsmål! Det er ikkje eg som kan svara for heradet, men eg har sendt det vidare til leiinga.',
    'Jeg kan ikke svare for kommunen, spør kommunen direkte på postmottak.',
    "I can't speak for the municipality, but I've passed your question on to management.",
    // Published facts and shared information.
    'Kommunestyret vedtok budsjettet i går kveld. Protokollen ligg ute.',
    'The municipal council approved the budget last night.',
    'Heradet søkjer sommarvikarar, del gjerne!',
    'Send søknaden til heradet, så kjem han til rett stad.',
    'Deler fra kommunen: Kokevarselet er opphevet.',
    // Questions.
    'Kjem heradet til å byggja ny symjehall, nokon som veit?',
    'Will the council approve the new road?',
    // Individual case outcomes are G8, not G11.
    'Søknaden din om barnehageplass går heilt sikkert gjennom.',
    "The garage won't be approved, let's just say that.",
    // Disclaimer that mentions the employer.
    'Mitt personlege syn, ikkje arbeidsgjevaren sitt: me treng fleire lærarar.',
    // Official context is where the municipality speaks.
    { text: 'Kommunen kommer til å åpne den nye skolen i august.', options: { context: 'official' } },
  ],
  invalid: [
    { text: 'Nei, heradet kjem ikkje til å byggja ny barnehage. Det er det ikkje pengar til.', messageId: 'position' },
    { text: 'Kommunestyret kjem nok til å seia nei til hyttefeltet.' },
    { text: 'Heradet meiner at bompengar er løysinga, det veit eg.' },
    { text: 'Kommunedirektøren har bestemt seg for å slå saman dei to skulane.' },
    { text: 'Kommunen vil innføre eiendomsskatt fra neste år, bare vent.' },
    { text: 'Kommunen er egentlig imot det nye hotellet.' },
    { text: 'Kommunestyret kommer helt sikkert til å godkjenne planen.' },
    { text: 'The council will vote to close the library, trust me.' },
    { text: "Ulvik herad won't extend the ferry route, there's no money." },
    { text: 'The municipality is going to cut the night shifts from autumn.' },
    { text: 'Fjordvik kommune kjem til å stengja bassenget.', options: { config: { organizationNames: ['Fjordvik'] } } },
  ],
});

// Round 2: a decision stated as made before or after the municipality, a bare future with a policy verb,
// betting and inside phrases; public questions and wishes stay clean.
ruleTester(rule, {
  valid: [
    'Veit nokon om det er bestemt kva heradet gjer med den gamle skulen?',
    'Kommunen vil gjerne høyre frå deg om den nye parken.',
    'The council will hold a public meeting on the budget on Tuesday.',
    'Det er bestemt at me tek ferie i juli, gler meg!',
  ],
  invalid: [
    { text: 'Det er avgjort: heradet sel det gamle kommunehuset i vår.' },
    { text: 'Kommunen legg ned skulen på Vik. Det er alt bestemt, sjølv om høyringa ikkje er ferdig.' },
    { text: 'Rådmannen vil kutte to stillinger i barnehagen, det vet jeg.' },
    { text: 'Formannskapet vil stengje biblioteket på laurdagar.' },
    { text: "It's been decided: the council is scrapping the night bus." },
    { text: 'I bet the council will raise the parking fees again.' },
    { text: 'Jeg tipper kommunen går for den billigste løsningen, som vanlig.' },
  ],
});

// Round 3: predictions stated with "nok", "truleg", "likely", votes, guesses before the municipality, a decision
// predicted before it ("det blir nok vedteke i kommunestyret"); procedural news stays clean.
ruleTester(rule, {
  valid: [
    'The council is going to hold a public meeting on the new school in May.',
    'Kommunestyret kjem til å handsama saka i juni, møtet er ope.',
    'Kommunen vil invitere til folkemøte om skulestrukturen.',
  ],
  invalid: [
    { text: 'Det blir nok vedteke i kommunestyret neste veke, trass i protestane.' },
    { text: 'Formannskapet vedtek nok planen utan endringar.' },
    { text: 'Kommunestyret stemmer for nedlegging av skulen, det er sikkert.' },
    { text: 'Tippar heradet sel kaia til høgstbydande.' },
    { text: 'The municipality will probably say no to the marina.' },
    { text: 'The executive committee is likely to approve the cuts.' },
    { text: 'Kommunen er negativ til hele prosjektet.' },
  ],
});

// Round 4: "is considering" needs a sign of inside knowledge; decisions made in practice; no new building.
ruleTester(rule, {
  valid: ['At kommunen vurderer å selge kaia, står i avisa i dag.', 'The council is considering the application on Monday.'],
  invalid: [
    { text: 'Eg har høyrt at heradet vurderer å leggja ned nattevakta.' },
    { text: 'Rumour has it the municipality is considering closing the pool.' },
    { text: 'Kommunestyret har i praksis bestemt seg allereie.' },
    { text: 'Det blir ingen ny hall, kommunen har ikke penger.' },
    { text: "The council won't back down on the property tax." },
  ],
});

// Round 5: a likelihood adverb after the municipality's verb ("godkjenner nok", "seier truleg"), a decision
// predicted with no named body ("det blir nok vedteke"), the politicians as the council; "har nok pengar" is
// "enough", and what the politicians want is public debate unless told with certainty.
ruleTester(rule, {
  valid: [
    'Kommunen har nok pengar til det, står det i budsjettet.',
    'Politikarane vil leggja ned fødestova, står det i avisa.',
    'Blir det nok vedteke i kveld, trur de?',
  ],
  invalid: [
    { text: 'Kommunestyret godkjenner nok planen utan endringar.' },
    { text: 'Heradet seier truleg nei til hyttefeltet.' },
    { text: 'Det blir nok vedteke, same kva vi seier.' },
    { text: 'Politikerne kommer til å si nei til bompenger.' },
    { text: 'The proposal will be voted through, whatever we say.' },
    { text: 'Kommunen trur ikkje på prosjektet i det heile.' },
  ],
});

// Round 6: "dei"/"they" shortly after the body stands for it.
ruleTester(rule, {
  valid: ['Formannskapet møtest i kveld, og dei skal handsama budsjettet.'],
  invalid: [
    { text: 'Saka ligg hos planutvalet, og eg trur dei seier nei.' },
    { text: 'The planning committee meets on Monday and they are going to reject it.' },
  ],
});

// Round 7: a settled mind ("fast bestemt på", "har landa på", "hell-bent on").
ruleTester(rule, {
  valid: ['Eg er fast bestemt på å gå på fjellet i helga!'],
  invalid: [{ text: 'Kommunen er fast bestemt på å selja kaia.' }, { text: 'Heradet har landa på alternativ 2.' }, { text: 'The council is hell-bent on closing the school.' }],
});

// Round 8: a weak future right after an evaluation criticises a known plan (G3), not a claim about the position.
ruleTester(rule, {
  valid: ['Eg er rysta over at kommunen vil slå saman dei to sjukeheimane.'],
  invalid: [{ text: 'Kommunen vil slå saman dei to sjukeheimane, det veit eg.' }],
});

// Round 9: an agreement already made, told in confidence; a view criticised right after an evaluation is G3.
ruleTester(rule, {
  valid: ['Shocking that the council thinks this is acceptable.', 'Kommunen har gått med på å møte oss på torsdag.'],
  invalid: [{ text: 'Between you and me, the council has already agreed to sell the land.' }],
});

// Round 10: standing firm or fully behind, given up, decided in practice, never going to; word from the town hall
// and 'they' after it; the writer's own view after a colon; a referral phrase read across a colon is none.
ruleTester(rule, {
  valid: [
    "Kommentar frå meg privat, ikkje som tilsett i heradet: eg synest det nye biblioteket er flott",
    "Skriv på eigne vegner: eg meiner kommunen bør satse meir på gang- og sykkelveg",
    "Kommunestyret vedtok i går å byggje ny barnehage, meir info på heimesida",
    "Kva meiner kommunen om dette? Nokon som veit?",
    "Kommunen har lagt ut informasjon om brøyting på nettsida",
    "I own capacity: I think the council should fix the roads",
    "The council meeting is on Thursday at 18:00 in the town hall",
    "Eg har sendt spørsmålet vidare til leiinga i heradet",
    "Kommunen står bak arrangementet i parken på laurdag, velkommen!",
    "The council is behind the Christmas market this year, come along",
    "Kommunen har i år over 300 tilsette i helse og omsorg",
  ],
  invalid: [
    { text: "Kommunen står fast på at skulen skal leggjast ned, same kva foreldra seier" },
    { text: "Heradet står heilt bak rektor i denne saka, det kan eg love" },
    { text: "Kommunen står 100 % bak planen og kommer ikke til å snu" },
    { text: "Kommunestyret har i praksis allereie bestemt seg, høyringa er berre pynt" },
    { text: "Det har formannskapet i praksis allereie vedteke, tru meg" },
    { text: "Heradet har gitt opp heile prosjektet, det veit eg" },
    { text: "Kommunen har gitt opp saken, sånn er det bare" },
    { text: "The council has basically given up on the new pool, trust me" },
    { text: "Word from the town hall is that they're going to close the library" },
    { text: "Word at the town hall is they will scrap the bus route" },
    { text: "The municipality is standing firmly behind the headteacher" },
    { text: "Rumour has it the council won't budge on the fees" },
    { text: "Heradet kjem aldri til å seia unnskyld for dette" },
    { text: "Kommunen holder fast på vedtaket uansett hva folk mener" },
    { text: "Formannskapet har allerede vedtatt det i praksis, høringen er et spill for galleriet" },
    { text: "Til alle som spør: kommunen står 100 % bak skulesjefen i denne saka og vil ikkje seia noko meir" },
    { text: "The council stands fully behind the plan whatever the parents say" },
  ],
});

// Round 11: a service's fate predicted in the passive ('skulen blir nok lagd ned'; temporary closures and questions are not);
// made up its mind; dialect and misspelt forms of the municipality (kommunå).
ruleTester(rule, {
  valid: [
    "Kommunestyret skal handsama saka om skulestruktur 14. juni",
    "Kommer kommunen til å legge ned skolen? Noen som vet?",
    "Eg meiner personleg at kommunen bør satse på skulen på Nes",
    "Butikken blir nok stengt i jula, så handle i god tid",
    "Kommunen har vedtatt budsjettet, les meir på heimesida",
    "The council meeting is open to the public on Thursday",
    "Heradet inviterer til folkemøte om den nye skulen",
    "Eg trur ikkje kommunen har fått med seg kor glatt det er i bakken",
    "I hope the council will listen to the parents this time",
    "Vil kommunen gjere noko med vegen snart? Han er livsfarleg",
    "Kommunen vil gjerne høyre frå deg: svar på undersøkinga innan fredag",
    "Ordføraren sa i avisa i dag at kommunen vil byggje ny barnehage",
    "Biblioteket blir nok stengt i påska, sjekk opningstidene",
    "Skulen blir truleg stengd i morgon på grunn av snøen",
    "The pool will probably be closed on Monday for cleaning",
    "Blir skulen lagt ned? Nokon som veit noko?",
    "Den gamle skulen vart lagd ned i 1985, no er det museum der",
  ],
  invalid: [
    { text: "Skulen på Nes blir nok lagt ned uansett kva foreldra meiner" },
    { text: "Sjukeheimen kjem til å bli slått saman med Voss, det er berre å venta" },
    { text: "Barnehagen blir garantert flyttet, det er avgjort" },
    { text: "The library is definitely going to be closed down, they just haven't said it yet" },
    { text: "Kommunå kjem til å seie nei til ny idrettshall, vent og sjå" },
    { text: "Administrasjonen har allerede landet på å stenge badet" },
    { text: "Ordføraren har bestemt seg: det blir ingen ny skule på Vik" },
    { text: "Politikarane har allereie gjort opp meininga si om bompengane" },
    { text: "Kommunen kommer til å kutte i helsesøstertjenesten, det vet jeg" },
    { text: "The mayor has already made up her mind about the ferry" },
    { text: "Rådmannen går inn for å leggje ned to skular" },
    { text: "I can tell you the council won't back the new wind farm" },
    { text: "Kommunen meiner at bustadfeltet er viktigare enn turstien, det har dei sagt internt" },
    { text: "Heradet er ikkje interessert i å byggja ny ungdomsskule, det veit alle på huset" },
    { text: "Leiinga har bestemt at me skal slutta med heimetenester i helgane" },
    { text: "Kommunen har tenkt å auke eigedomsskatten igjen neste år, det er heilt sikkert" },
    { text: "The council's view is that the pool is too expensive, full stop" },
    { text: "Dei på rådhuset har for lengst bestemt seg om skulestrukturen" },
    { text: "Ungdomsklubben kjem nok til å bli lagd ned etter nyttår" },
    { text: "The youth club will probably be shut down next year, I have it from a good source" },
  ],
});

// Round 12: dead set on, 'er bestemt på', 'guess what' is no question.
ruleTester(rule, {
  valid: [],
  invalid: [
    { text: "Between us, the council has no intention of rebuilding the old school" },
    { text: "Kommunen kjem ikkje til å gje seg på bompengane, det er heilt sikkert" },
    { text: "The town council is dead set on the new marina, mark my words" },
    { text: "Kommunen er bestemt på å legge ned skolen, uansett" },
    { text: "Heradet har allereie sagt ja til hotellet bak lukka dører" },
    { text: "Guess what, the municipality has already decided to sell the old fire station" },
    { text: "Kommunen driter i høringssvarene, de har allerede bestemt seg" },
  ],
});

// Round 9: rumour futures ("skal visst"), inverted answers ("sier de ja"), the official line, the grapevine.
ruleTester(rule, {
  valid: [
    'Kommunen skal visst ha eit ope møte om bompengar på torsdag? Nokon som veit?',
    'Kommunen har ei eiga telefonlinje for spørsmål om eigedomsskatt.',
    'The council’s phone line is closed over Easter, use the web form.',
    'Eg har høyrt rykta, men eg har sendt spørsmålet vidare til leiinga.',
  ],
  invalid: [
    { text: 'Har du høyrt det? Heradsstyret skal visst leggje ned to skular. Typisk.' },
    { text: 'Formannskapet skal visstnok kutte i kulturmidlene neste år.' },
    { text: 'Kjenner jeg kommunen rett, sier de nei til vindkraften uansett.' },
    { text: 'Slik eg kjenner heradet, seier dei ja til hytteutbygginga.' },
    { text: 'Heard through the grapevine that the municipality will reject the marina plan.' },
    { text: 'I bet the council will say no to the new bike lanes, as always.' },
    { text: "Pretty sure the council's official line will be that nothing was wrong." },
  ],
});
