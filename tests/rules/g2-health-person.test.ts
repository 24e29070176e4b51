import rule from '../../src/rules/g2/health-person';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // no person
    'Influensavaksinen er her! Drop-in på helsestasjonen tysdag.',
    'Kreftforeininga sin basar er laurdag, kom og kjøp lodd.',
    'Open dag på sjukeheimen søndag, alle er velkomne.',
    'Vi trenger flere sykepleiere på sykehjemmet i sommer.',
    'The care home is looking for summer staff.',
    'Demens er ein sjukdom som rammar mange, og me må snakka meir om det.',
    // groups, not one person
    'Bebuarane på sjukeheimen fekk besøk av ponniar i dag.',
    'Beboerne på sykehjemmet koste seg med vafler.',
    'Our residents loved the waffle party at the care home.',
    'Elevane våre lærte om kosthald og diabetes i naturfag.',
    // one's own health
    'Eg har fått diabetes type 2, så no blir det færre bollar.',
    'Jeg er gravid! Termin i mars, og mannen min gleder seg.',
    'Sjukmeld med influensa, takk til sjefen for forståinga.',
    'I was diagnosed with anxiety last year, and therapy helps. Talk about it!',
    'Har vore innlagd på sjukehuset i tre dagar, men no er eg heime.',
    'Mor mi har fått demens, og det er tungt for oss alle.',
    'My dad is in hospital after a stroke. Thanks for all the kind words.',
    // works there, not a patient
    'Kari jobbar på sjukeheimen og trivst kjempegodt.',
    'Ola works at the hospital as a porter.',
    // round 2: new words used in other senses or for oneself
    'Søknad om tilskudd til rehabilitering av gamle hus: frist 1. mars.',
    'Ambulansetenesta held ope hus på brannstasjonen laurdag.',
    'Eg braut handleddet i fjor, så eg tek det med ro i slalåmbakken.',
    'We will rehabilitate the old school building next year.',
    'The council approved the oxygen plant at the fish farm.',
    'Foredrag om sosialhjelp og rettar for alle innbyggjarar torsdag.',
    'Kommunen gir informasjon om hjemmesykepleie på nettsida.',
    // not a health word
    'Sykt fin tur med gjengen i dag!',
    'Russen feira med bål på stranda.',
    'Han rusla ein tur langs fjorden.',
  ],
  invalid: [
    { text: 'Brukaren om sosialhjelp, Terje frå Nordbygda, har søkt igjen.', severity: 'high', excerpt: 'sosialhjelp' },
    { text: 'Søkeren om sosialhjelp, Anita fra Øvre Bygd, ringte igjen i dag.', severity: 'high' },
    { text: 'Kari på sentralbordet har visst mistet omsorgen for ungene sine.', severity: 'high', excerpt: 'mistet omsorgen' },
    { text: 'Poor Gunnar from IT, his kids were taken into care last week.', severity: 'high', excerpt: 'taken into care' },
    // round 2: treatment, injuries, acute events and diagnoses in nn/nb/en
    { text: 'Torbjørn i 4C har brote armen på skuleturen, så han er heime ei veke.', severity: 'high', excerpt: 'brote armen' },
    { text: 'Hanne på kjøkkenet knakk håndleddet på isen i morges, stakkars.', severity: 'high', excerpt: 'knakk håndleddet' },
    { text: 'Dagrun på rom 3 besvimte i dusjen og måtte få oksygen.', severity: 'high', excerpt: 'besvimte' },
    { text: 'Ho nye på sentralbordet vart henta av ambulansen i dag.', severity: 'warning', excerpt: 'ambulansen' },
    { text: 'Sverre på lageret har fått MS, han er berre 35.', severity: 'high', excerpt: 'fått MS' },
    { text: 'Einar på servicetorget skal opererast i hofta neste veke.', severity: 'high', excerpt: 'opererast' },
    { text: 'Synnøve har visst fått ADHD-diagnose no, fortalde mora.', severity: 'high' },
    { text: 'Kåre i 2B har kraftig angst og panikkanfall i timane.', severity: 'high' },
    { text: 'Stein på teknisk går med rullator etter slaget i vinter.', severity: 'high', excerpt: 'rullator' },
    { text: 'Thoughts with Ingrid from accounts who starts chemo on Monday.', severity: 'high', excerpt: 'chemo' },
    { text: 'Poor Arne in the library had another panic attack at lunch.', severity: 'high', excerpt: 'panic attack' },
    { text: 'Mr. Hauge fainted in the lobby and went off in an ambulance.', severity: 'high', excerpt: 'fainted' },
    { text: 'Gudrun på rom 4 har fått demens og kjenner ikkje att nokon lenger.', messageId: 'healthNamed', severity: 'high', excerpt: 'demens' },
    { text: 'Herr Dale har fått auka morfin til 10 mg.', severity: 'high', excerpt: 'morfin' },
    { text: 'Han på rom 12 vart innlagd på sjukehuset i natt.', severity: 'high', excerpt: 'innlagd' },
    { text: 'Kollegaen min er gravid igjen, tredje gongen på to år!', messageId: 'healthPerson', severity: 'warning', excerpt: 'gravid' },
    { text: 'Sjefen vår har visst fått kreft, så ho er borte ei stund.', severity: 'warning', excerpt: 'kreft' },
    { text: 'Pasienten min fekk ny medisin i dag og blei mykje roligare.', excerpt: 'medisin' },
    { text: 'Ein av elevane mine har ADHD og får ikkje hjelp.', excerpt: 'ADHD' },
    { text: 'Faren til ei av jentene i klassen har rusproblem, barnevernet er inne.', excerpt: 'rusproblem' },
    { text: 'Solveig på kontoret er sjukmeld med depresjon att.', severity: 'high', excerpt: 'sjukmeld' },
    { text: 'Stakkars bebuaren som fekk hjerneslag i natt.', excerpt: 'hjerneslag' },
    { text: 'Beboeren på rom 8 ble lagt inn på sykehus med lungebetennelse.', severity: 'high' },
    { text: 'Tenker på Erling som har fått cellegift denne uka.', severity: 'high', excerpt: 'cellegift' },
    { text: 'Hun har alvorlig angst og er tvangsinnlagt igjen.', excerpt: 'tvangsinnlagt' },
    { text: 'Legger ut bilde av Astrid (92) med demens, så søt!', severity: 'high', excerpt: 'demens' },
    { text: 'Bjørn i økonomi er visst alkoholiker, alle vet det.', severity: 'high', excerpt: 'alkoholiker' },
    { text: 'One of my pupils was diagnosed with epilepsy today.', excerpt: 'diagnosed' },
    { text: 'Our resident Mr. Haugen was admitted with sepsis last night.', severity: 'high', excerpt: 'sepsis' },
    { text: 'My colleague is pregnant again and she told nobody 👀', excerpt: 'pregnant' },
    { text: 'The boy in 5B has autism and his mum is struggling.', excerpt: 'autism' },
    { text: 'Her er Sigrid (88) på sjukeheimen, ho fyller år i dag 🎂', messageId: 'institution', severity: 'warning', excerpt: 'sjukeheimen' },
    { text: 'Besøkte Kari på omsorgssenteret i dag.', messageId: 'institution' },
  ],
});

ruleTester(rule, {
  valid: [
    'Kari held foredrag om demens på biblioteket torsdag.',
    'Ola jobbar i barnevernet og er ein kjempefin kar.',
    'Kreftkoordinator Anne Moe er på plass på helsestasjonen.',
    'She was admitted to the nursing programme in Bergen!',
    'Hiv deg med på dugnad, Per Arne!',
    'What a stroke of luck, Sarah won the raffle.',
    'Hanne works in psychiatry and loves her job.',
    'Psykologen Kari Lie held kurs for lærarane.',
  ],
  invalid: [{ text: 'Kari går til psykolog for angsten sin, stakkar.', severity: 'high' }],
});

ruleTester(rule, {
  valid: [
    'Hurra, mamma er heime frå sjukehuset etter operasjonen!',
    'I was pregnant with my first when I started here 😊',
    'Pasientane på sjukeheimen fekk besøk av barnehagen i dag.',
    'Takk til Siri for kaka! Me jobbar på sjukeheimen og det var så godt.',
    'Kampen mot kreft er viktig. Gje ei gåve til Kreftforeininga.',
  ],
  invalid: [
    { text: 'Tenkjer på Ingrid på avdeling 2 som fekk slag i går.', severity: 'high', excerpt: 'fekk slag' },
    { text: 'Bebuaren på rom 14 har fått korona, så me må ha smittevern.', severity: 'high', excerpt: 'korona' },
    { text: 'Beboer på rom 6 falt i natt og brakk hoften.', severity: 'high', excerpt: 'brakk hoften' },
    { text: 'Den nye læraren er gravid, men har ikkje sagt det til rektor enno 🤫', excerpt: 'gravid' },
    { text: 'Our client in flat 3 relapsed again, drinking every day since Friday.', excerpt: 'relapsed' },
  ],
});

ruleTester(rule, {
  valid: ['Her er Kari og Ola på tur i fjellet, for ei utsikt!', 'Her er resultata frå kreftforskinga.'],
  invalid: [
    { text: 'Visited a lovely lady today, her dementia is getting worse.', excerpt: 'dementia' },
    { text: 'Her er Olga (92) som feirar bursdag på sjukeheimen i dag 🎉', messageId: 'institution' },
  ],
});

ruleTester(rule, {
  valid: [
    'Kari er ny leiar på sjukeheimen. Velkomen!',
    'Hun er gravid med tvillinger! Gratulerer til min kjære søster 💕',
    'Min mann har diabetes, så eg er ekspert på sukkerfrie kaker no 😂',
    'After my mum was diagnosed with cancer, I started running for charity.',
    'Ny fastlege i Ulvik! Velkomen til dr. Hansen, som startar 1. september.',
  ],
  invalid: [],
});

ruleTester(rule, {
  valid: [
    'Hei Kari! Influensa er farleg for eldre, så ta vaksinen på tysdag.',
    'Hi Tom, thanks for asking! Asthma clinics are on Tuesdays at the health centre.',
  ],
  invalid: [
    { text: 'Naboen vår har hjartesvikt og ligg for døden, stakkars mann.', excerpt: 'hjartesvikt' },
    { text: 'Han i 2. etasje har drinking problem igjen.', excerpt: 'drinking problem' },
  ],
});

ruleTester(rule, {
  valid: [
    'Ein av tre nordmenn får kreft i løpet av livet. Sjekk deg!',
    'Visste du at 1 av 10 elevar har dysleksi? Les meir på nettsida.',
    'Stolt av kollegaene mine på demensavdelinga som vann kvalitetsprisen!',
    'Gravid? Helsestasjonen har svangerskapskontroll kvar tysdag.',
    'Kari Nordmann er ny einingsleiar for omsorgssenteret. Velkomen!',
    'Feiring av Olav (93) sin bursdag i kantina på rådhuset i dag!',
  ],
  invalid: [
    { text: 'Kollegaen vår Petter har fått påvist MS, så vi samlar inn til ei gåve.', severity: 'high', excerpt: 'fått påvist' },
    { text: 'Han eine bebuaren vår som alltid syng, har fått påvist lungekreft.', excerpt: 'fått påvist' },
    { text: 'The lady in room 12 has terminal cancer and her family are flying in.', severity: 'high', excerpt: 'cancer' },
    { text: 'Mannen i rom 209 skriker hele natta, demensen er blitt mye verre.', severity: 'high', excerpt: 'demensen' },
  ],
});
