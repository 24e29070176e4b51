import rule from '../../src/rules/g3/emergency';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // Figurative, planned, past, sport.
    'Krise, kaffien er tom på pauserommet 😩',
    'Brannøving på skulen i morgon kl. 10. Ikkje ver redde når alarmen går!',
    'Brannøvelse på sykehjemmet i dag, alt gikk fint.',
    'Brann slo Vålerenga 2-0 i kveld! For ein kamp!!',
    'Skal på Brann-kampen no, heia Brann!',
    'Hugsar du flaumen i 2014? Då stod vatnet heilt opp til kyrkja.',
    'Flaumen av turistar er heilt vill i år 😅',
    'En flom av e-poster i innboksen etter ferien.',
    'Fire sale at the sports shop this weekend!',
    "You're on fire today, great presentation!",
    'Remember the big flood ten years ago? Crazy times.',
    'Jeg brenner for jobben min og elsker kollegene mine!',
    'Planlagt straumstans i Osa torsdag kl. 9–12 grunna vedlikehald.',
    'Fire meter med snø på fjellet no, for ein vinter!',
    // Official context: management informs.
    { text: 'Ulvik herad informerer: Brann i bustadhus på Hakestad no. Hald dykk unna området.', options: { context: 'official' } },
    // Sharing the municipality's own information lowers it to info (not a warning).
    'Deler frå Ulvik herad: Fylkesvegen er stengd etter eit ras i natt. Sjå ulvik.kommune.no for oppdateringar.',
    'Kommunen informerer: Kokevarselet er framleis gjeldande. https://www.ulvik.kommune.no/aktuelt',
  ],
  invalid: [
    { text: 'Det brenn i løa til naboen no!! Brannvesenet er på veg.', messageId: 'emergency' },
    { text: 'Storbrann på industriområdet akkurat no, svart røyk over heile bygda', excerpt: 'Storbrann' },
    { text: 'Skogbrann ved Osa, dei evakuerer hyttene no.' },
    { text: 'Heile sentrum er utan straum og mobilnettet er nede.', options: {} },
    { text: 'Steinras over vegen ved tunnelen for ti minutt sidan!' },
    { text: 'Ein 14 år gammal gut er meldt sakna sidan i går. Del gjerne!' },
    { text: 'Elva flaumer over og kjellarane i Brakanes står under vatn no.' },
    { text: 'Det brenner i skolen nå! Alle elevene er evakuert.' },
    { text: 'Flom i sentrum akkurat nå, veien ved kaia er stengt.' },
    { text: 'Jordras ved Vikanes! Tre hus er evakuert.' },
    { text: 'Ikke drikk vannet fra springen, vannverket er forurenset!' },
    { text: 'Strømbrudd i hele kommunen nå, og sykehjemmet har ikke fått i gang aggregatet.' },
    { text: 'A house fire in the village right now, the road is closed!' },
    { text: 'There was a landslide on the main road just now, cars are stuck on both sides.' },
    { text: 'They are evacuating the school right now because of a gas leak.' },
    { text: 'An elderly man has gone missing near the lake, search and rescue are out now.' },
    { text: 'The power is out in the whole valley and the phones are down too.' },
    { text: 'Brann på sjukeheimen no!', options: { config: { crisisActive: true } }, severity: 'high' },
  ],
});

// Round 2: outages and threats in progress.
ruleTester(rule, {
  valid: ['Strømmen er gått ned i pris denne uka, endelig.', 'We practised what to do in a bomb threat drill last year.'],
  invalid: [
    { text: 'Straumen er gått i heile bygda og telefonane fungerer ikkje no.' },
    { text: 'Bombetrussel mot rådhuset akkurat nå, alle er sendt ut.' },
    { text: 'Bomb threat at the town hall right now, stay away.' },
  ],
});

// Round 3: emergencies told plainly, without a time word ("Straumbrot i heile sentrum."), in the perfect
// ("vi har evakuert"), and in other words (røyrbrot, the slide, burst its banks); a negation, a past, planned,
// conditional or general sentence, a question, reopening or a memorial keeps it quiet.
ruleTester(rule, {
  valid: [
    'Flott tur i fjellet, ingen ras å sjå trass i varselet.',
    'Husk å testa røykvarslaren, brann kan skje i alle heimar.',
    'Vegen er open att etter raset i vår, godt jobba!',
    'Vi samlar inn pengar til familien etter ulukka. Kondolerer så mykje.',
    'Veit nokon om det var flaum her før i tida?',
    'If the power goes out, the care home has a backup generator.',
    'Strømmen var borte en time i går, men nå er alt i orden.',
  ],
  invalid: [
    { text: 'Straumbrot i heile sentrum. Sjukeheimen går på naudstraum.' },
    { text: 'Vi har evakuert bebuarane i første etasje på grunn av røyk.' },
    { text: 'Røyrbrot ved skulen, vatnet er borte i heile Vik.' },
    { text: 'Det har gått eit ras over riksvegen ved Øvre Vassenden.' },
    { text: 'Leteaksjonen etter den savnede turgåeren fortsetter.' },
    { text: 'The road is closed because of the slide, nobody can get through.' },
    { text: 'The river has burst its banks by the school.' },
  ],
});

// Round 4: gas leaks, buildings in flames, people fallen into the sea, no water in a whole area; a kids' pool,
// a fairy-tale fire and a brass band in Brann stay quiet.
ruleTester(rule, {
  valid: ['Han spelar i Brann no, stolt far!', 'Det er ikkje vatn i bassenget enno, det blir fylt i morgon.', 'The bonfire in the garden was lovely tonight 🔥'],
  invalid: [
    { text: 'Det lek gass frå ein tank ved kaia, hald dykk unna.' },
    { text: 'Kirken står i full fyr!' },
    { text: 'En mann har falt i sjøen ved brygga.' },
    { text: 'No running water in the whole village this morning.' },
    { text: 'Their boat capsized off the point, the rescue helicopter is on its way.' },
  ],
});

// Round 5: everyday look-alikes: calendar collisions, courses, volunteering for years, accident-free days,
// experiences of the season ("har hatt … denne vinteren"), a waterfall worth a trip.
ruleTester(rule, {
  valid: [
    'Kollisjon i kalenderen, eg må flytta møtet.',
    'Snøskredkurs med turlaget på laurdag, meld deg på!',
    'Eg har vore med i leitemannskapet til Røde Kors i ti år no.',
    'Vi har hatt fire dagar utan straum denne vinteren, no har vi kjøpt aggregat.',
    '100 days without an accident at the depot, well done team!',
    'Fossen er fantastisk med all flaumvatnet no, verdt ein tur!',
  ],
  invalid: [{ text: 'Vi har hatt straumbrot sidan i går, og sjukeheimen har ikkje varme.' }],
});

// Round 6: a person last seen somewhere; a pet not seen since Sunday is not a missing person.
ruleTester(rule, {
  valid: ["Our dog hasn't been seen since Sunday, please keep an eye out.", 'Eg har vore borte ei veke på ferie, kva har skjedd?'],
  invalid: [{ text: 'Tor (16) was last seen at the bus stop at 22:00, please share.' }, { text: 'Ho er ikkje sett sidan laurdag kveld, politiet leitar.' }],
});

// Round 7: a missing person reported missing yesterday is still missing; "what is missing" on a form is not.
ruleTester(rule, {
  valid: ["Took a picture of the form so you can see what is missing, send me the rest."],
  invalid: [{ text: 'Ein eldre mann er meld sakna frå Osa, han gjekk ut i går kveld.' }, { text: 'A car has gone off the road at the bend, ambulance on the way.' }],
});

// Round 8: outages and water trouble in other words, compound fires, storm damage, water in basements, someone who
// has wandered off, serious injuries; a return to normal still to come ("når det opnar att") cancels nothing, nor
// does "ingen frå kommunen"; the fire station is a place.
ruleTester(rule, {
  valid: [
    'Open day at the fire station on Saturday, bring the kids!',
    'Kjekt kurs i førstehjelp på brannstasjonen i dag.',
    'Straumen kom tilbake etter ein time, alt er bra.',
    'The power is back on, thanks to the line crew!',
    'Katten vår er sakna sidan i går, sjå etter ein grå katt!',
    'Vegen er stengd i helga på grunn av asfaltering.',
    'Det var ein flaum av søknader til stillinga.',
    'Raset i 2019 endra bygda for alltid.',
    'Flood of applications for the summer jobs!',
    'Dei to er sakna sidan i går, truleg på puben 🤣',
  ],
  invalid: [
    { text: 'Skredet sperrar vegen til Osa og to gardar er evakuerte. Ingen veit når vegen opnar att.' },
    { text: 'Etter eit ledningsbrot på Vik er vassforsyninga ute for heile grenda.' },
    { text: 'Vatnet er brunt på heile Nedre Vik, så ikkje bruk det til mat.' },
    { text: 'Elva har gått over, det står vann i kjelleren på barnehagen og ingen fra kommunen har vært her.' },
    { text: 'Fjøsbrann på Osa, røyken ligg tjukk over bygda.' },
    { text: 'Kjellaren vår er full av vatn, og det regnar framleis.' },
    { text: 'En dame med demens har gått seg bort fra omsorgssenteret, vi leter nå.' },
    { text: 'Straumen har vore borte i heile kommunen sidan klokka seks.' },
    { text: 'Storm har rive av taket på skulen, elevane er sendt heim.' },
    { text: 'Ein elev er savna etter skuleturen, politiet er varsla.' },
    { text: 'Det luktar gass i heile blokka, alle må ut no.' },
    { text: 'Heile bygda er mørk, ingen veit når straumen kjem att.' },
    { text: 'Our ward is on generator power, the whole village is dark.' },
    { text: 'The bridge has collapsed and the village is cut off.' },
    { text: 'Smoke pouring out of the community centre right now!' },
    { text: 'We have had no water at the care home since this morning.' },
  ],
});

// Round 9: full turnout of the fire service; searching for Easter eggs or a new colleague is no search party, and a
// blip that is back to normal is over.
ruleTester(rule, {
  valid: [
    'Strømmen gikk et par sekunder i sted, men nå er alt som vanlig.',
    'Leiting etter påskeegg i barnehagen i dag 🐣',
    'Vi leitar etter ein ny kollega til heimetenesta, søk no!',
    'Vi skal ha brannøvelse i barnehagen på fredag.',
    'We are searching for a new colleague, apply now!',
  ],
  invalid: [
    { text: 'Eg står på brannstasjonen og det er full utrykking til Osa no.' },
    { text: 'Me har ikkje straum eller vatn på skulen, ungane er sendt heim.' },
    { text: 'Water is coming through the ceiling of the school gym, the whole floor is flooded.' },
    { text: "Power's been out since 6am and nobody knows when it'll be back." },
  ],
});

// Round 10: the fire crew on a visit, seasonal brown water, boiling water for pasta, a road closed for a race,
// someone lost in a spreadsheet are no emergency.
ruleTester(rule, {
  valid: [
    'Takk til brannmannskapet som kom på besøk i barnehagen i dag!',
    'Vatnet i springen på hytta er brunt om våren, det er heilt normalt der oppe.',
    'Husk: kok vatnet til pastaen før du har i saltet 😄',
    'Dei har stengt vegen for sykkelritt i helga.',
    'Ein god ven av meg har gått seg vill i Excel-arket igjen 🙈',
    'Our rescue team training day was a success, thanks to all volunteers!',
  ],
  invalid: [
    { text: 'Kok vatnet til vi seier frå, det er påvist bakteriar på vassverket.' },
    { text: 'Det er funne bakteriar i drikkevatnet, ikkje drikk vatnet frå springen.' },
    { text: 'E. coli has been found in the water supply, boil your water.' },
  ],
});

// Missing persons by their last sighting and the search; systems down after a cyber attack; the emergency room as a place.
ruleTester(rule, {
  valid: [
    'Some of the nurses at the emergency room are so rude to the porters.',
    'Lang kø på legevakta i dag, men hyggelege folk.',
    'The emergency department got new chairs this week, finally!',
    'The water is rising in the pool at the swim school, kids love it',
  ],
  invalid: [
    { text: 'Gut (12) sist sett ved skulen i ettermiddag. Vi søkjer langs vegen no, del gjerne.' },
    { text: 'Kvinne sist sett ved kaia i går kveld, leteaksjonen pågår.' },
    { text: 'Old man last seen near the harbour, we are searching along the shore right now.' },
    { text: 'Datasystema på rådhuset er nede etter eit dataangrep, ingen får logga inn no.' },
    { text: 'Hele nettverket til kommunen er rammet av løsepengevirus akkurat nå.' },
    { text: 'Our servers are down, ransomware hit us this morning and nothing works.' },
    { text: 'Fire near the emergency department right now, the building is being evacuated.' },
    { text: 'Mobilnettet har vore nede i heile dag, og ingen veit kor lenge det varer.' },
    { text: 'The phone lines are dead at the health centre, call 113 if it is urgent.' },
    { text: 'Stormen har rive ned straumleidningar ved skulen, ingen straum no.' },
    { text: 'Kraftig vind har revet ned strømledninger over hele bygda nå.' },
    { text: 'Police have closed the bridge, the river is rising fast.' },
  ],
});
