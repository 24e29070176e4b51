import rule from '../../src/rules/g9/workplace-photo';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // Round 2: compound photo words that are no pictures, links holding photo words, consent said as approval.
    'Læraren min var eit førebilete for meg, og skulen betydde mykje 🙏',
    'Sykehjemmet trenger flere frivillige; helhetsbildet er at vi mangler folk.',
    'Sjå lenkja til foreldremøtet: https://example.org/skule-bilete-2025 og meld frå om spørsmål.',
    'Gruppebilete frå avdelinga: alle på biletet har godkjent at det vert lagt ut 😊',
    'Klassebildet fra 4. trinn – foreldrene har godkjent at det legges ut.',
    'Staff room photo – everyone in it has approved it for sharing.',
    'Feriebilete frå Lofoten, endeleg fri frå jobben 🌅',
    'Bilete frå topptur på Hardangerjøkulen i helga ⛰️',
    'Bilde av dagens middag: hjemmelaget fiskesuppe 🐟',
    'Hiking pic from Osa this weekend 🏞️',
    'Bilete frå sommaravslutninga i barnehagen 🌞 Alle føresette har gjeve samtykke til at bileta vert delte.',
    'Bildet fra SFO legges ut med samtykke fra alle foreldrene 🌞',
    'Photo from our staff summer party – posted with everyone’s consent 😄',
    'Elevane på 7. trinn har skrive dikt om hausten, så flinke!',
    'Lunsj med gjengen på teknisk i dag 🍕',
    'Videomøte med kollegaene i Voss i dag, det gjekk fint.',
    'Sjå denne videoen frå NRK om sjukeheimar i distrikta: https://www.nrk.no/vestland/sjukeheim-1.234',
    'Lovely waffle party at work today, thanks to everyone who baked 🧇',
    'Bilde av kaken jeg bakte til jobben i dag 🎂',
    'Selfie fra fjelltoppen! 🏔️ Neste gang blir det med kollegaene.',
    'Selfie på kontoret i dag, ny frisyre 😎',
    'Send meg bilete av kontoutskrifta, så tek eg det med på jobb.',
    'Ho har fått lov av alle på avdelinga: her er biletet frå julebordet 🎄',
    { text: 'Fin tur i fjellet i dag!', options: { attachments: { images: 1 } } },
    { text: 'Bilete frå sjukeheimen, med samtykkje frå bebuarane og pårørande.', options: { attachments: { images: 2 } } },
  ],
  invalid: [
    // Round 2: compound photo words, hyphenated photo words, workplace units inside compounds.
    { text: 'Klassebilete frå 3B i dag, så stas 😍 Elevane var så fine!', excerpt: 'Klassebilete' },
    { text: 'Natt-video frå sengeposten, me dansar for å halda oss vakne 💃', excerpt: 'Natt-video' },
    { text: 'Julebordbilder fra helsestasjonen kommer i kveld 🎄', excerpt: 'Julebordbilder' },
    { text: 'Kos i Blåbæravdelinga i dag 🫐 (bilete)', excerpt: 'bilete' },
    { text: 'Frokost med ungene i Reveavdelingen 🦊 Bilder kommer!', excerpt: 'Bilder' },
    { text: '📸 Frå vaktrommet i kveld, heldigvis roleg vakt', excerpt: '📸' },
    { text: 'Taco-fredag på flyktningmottaket 🌮 Se bildene under!', excerpt: 'bildene' },
    { text: 'Pics from the staff room: Jim fell asleep on the sofa again 😂', excerpt: 'Pics' },
    { text: 'Movie night at the asylum centre, so many smiles 🍿 (photos below)', excerpt: 'photos' },
    { text: 'Tok eit bilete av sjefen på teknisk som søv på møtet 😴', excerpt: 'bilete' },
    { text: 'Bilete frå sjukeheimen i dag 🥰 Bebuarane fekk besøk av ponniar.', messageId: 'workplace-photo', excerpt: 'Bilete' },
    { text: 'Video frå gymtimen med 6. klasse i dag 😂', excerpt: 'Video' },
    { text: 'Filma elevane under brannøvinga i dag 👏', excerpt: 'Filma' },
    { text: 'Selfie med nattevaktgjengen kl. 03 😴', excerpt: 'Selfie' },
    { text: 'Bilder fra dagens tur med beboerne på Helgatun 🌸', excerpt: 'Bilder' },
    { text: 'Filmet Hanne på kontoret da hun sovnet i personalmøtet 😂' },
    { text: 'Deler et bilde fra akuttmottaket i natt: stappfullt i korridoren.' },
    { text: 'Here’s a photo of the kids at the kindergarten today ☀️', excerpt: 'photo' },
    { text: 'Pic from the care home today: our residents had a waffle party 🧇' },
    { text: 'Sharing a video of my 2nd graders doing their Christmas dance 🎄' },
    { text: 'Night shift crew selfie 📸 3am and still smiling #nurselife' },
    { text: 'Her er Anna (95) på omsorgssenteret som fekk kake i dag 🎂' },
    { text: 'Legger ut et bilde av Ingeborg med Alzheimer som ikke ville slippe hånda mi.' },
    { text: 'Filma dette utan samtykke frå kollegaene, haha 😂', messageId: 'workplace-photo' },
    { text: 'Video av 3. klasse som synger for ordføreren i dag 🎶', excerpt: 'Video' },
    { text: 'Sports day at the primary school! Here are some pictures of the kids in the sack race 🥇', excerpt: 'pictures' },
    { text: 'Lørdagskos på Solsiden bo- og behandlingssenter 💃 Se hvor glad Erna er for dansen! Video kommer.', excerpt: 'Video' },
    { text: 'Instagram-story from the ward tonight, the patients loved the therapy dog 🐕' },
    { text: 'Bilete frå «kjekk fredag» på kontoret 🎉 Heile servicetorget i kostyme' },
    { text: 'Kjekk dag på skulen med 3B!', options: { attachments: { images: 1 } }, messageId: 'attachment-work', severity: 'warning' },
    { text: 'Great day at the care home!', options: { attachments: { videos: 1 } }, messageId: 'attachment-work' },
    { text: 'Fin dag i dag!', options: { attachments: { images: 1 } }, messageId: 'attachment', severity: 'info' },
    { text: '', options: { attachments: { images: 1 } }, messageId: 'attachment', severity: 'info' },
  ],
});

// Round 3: class codes and years, break rooms, film/snutt/story phrasings, staff parties with a work word,
// captions of a group, 'not asked', photos the writer took of case papers; negated photo words,
// permission said as 'gitt lov', scenery compounds and service places (barnehageplass) stay clean.
ruleTester(rule, {
  valid: [
    'Bebuarane treng ikkje fleire bilete på nett, dei treng besøk. Kom innom!',
    'Her er bileta frå karnevalet på skulen. Alle foreldra har gitt lov 😊',
    'Fotokonkurranse for tilsette: send inn ditt beste naturbilete innan fredag!',
    'Video: slik søkjer du barnehageplass (frå heradet si side)',
    'Vi såg ein film om vikingane med elevane i dag.',
    'Bilete frå tur med borna mine i Hardanger 🍎',
    'Kva synest de om biletet av den nye barnehagen som skal byggjast?',
    'Reminder: ikkje legg ut bilete av elevane utan samtykke frå føresette!',
    'Send meg bilete av kontoutskrifta, så tek eg det med på jobb.',
  ],
  invalid: [
    { text: 'Sjå kor kjekt vi hadde det på tur med 5C 📸', excerpt: '📸' },
    { text: 'Legg ut nokre bilete frå julebordet på jobb 🎄', excerpt: 'bilete' },
    { text: 'Ein liten film frå turdagen med 2. trinn, dei gjekk heile vegen opp!' },
    { text: 'Film av elevane som syng for bebuarane på sjukeheimen ❤️' },
    { text: 'Bilete av dei minste som malar med fingrane 🎨' },
    { text: 'Delte nettopp ein story frå klasserommet, sjå kor flinke dei er 😂' },
    { text: 'Liten snutt fra morgensamlingen med de minste 🎶' },
    { text: 'Har tatt bilde av ungene på SFO med tegningene sine 🖍️' },
    { text: 'Dagens klassebilde fra 7A 🥰' },
    { text: 'Haha sjå på Oddny som sovna på pauserommet 📷' },
    { text: 'Her er gjengen på lageret i dag 😍 har ikkje spurt dei, men dei ser så blide ut' },
    { text: 'Tok eit bilete av søknaden til Rune på kontoret, sjå kor mykje som manglar 📷' },
    { text: 'Took a photo of the application form Ali sent so you can see what he forgot 📷' },
    { text: 'A few snaps of my year 3 class at the museum today' },
    { text: 'Got a great shot of my students doing the science experiment!' },
    { text: 'Here’s the night crew at the care home 🌙 they have no idea I posted this' },
  ],
});

// Round 3e: glimpses and captured moments; 'alle er spurde' as consent; watching a film is no photo.
ruleTester(rule, {
  valid: ['Nokre glimt frå juleavslutninga med elevane, alle er spurde 🎄', 'Vi så på film med elevene i dag, fredagskos 🍿'],
  invalid: [
    { text: 'Nokre glimt frå juleavslutninga med elevane 🎄', excerpt: 'glimt frå' },
    { text: 'Noen glimt fra dagen på sykehjemmet ☀️' },
    { text: 'Captured this moment with my pupils at the science fair' },
  ],
});

// Stories and TikToks made at work; TikTok as a topic is no video.
ruleTester(rule, {
  valid: ['Vi snakka om TikTok og nettvett med elevane i dag.'],
  invalid: [{ text: 'La ut story frå nattevakta, heile gjengen dansar 💃' }, { text: 'Lagde ein TikTok med 9B i gymtimen 😂' }],
});

// A named person of a resident's age in the photo is most likely from a care home, unless a relative is named.
ruleTester(rule, {
  valid: ['Bilete frå bursdagen til bestefar Olav på 96 i dag 🎂', 'Bilete frå bursdagen til sonen min Olav på 9 🎂'],
  invalid: [{ text: 'Bilete frå bursdagsfeiringa til Margit på 97 i dag 🎂' }, { text: 'Photo of Edith (94) with her birthday cake 🎂' }],
});

// Round 3f: the writer's own old school photo, school days as a time, photosynthesis; 'my Year 5s';
// an aged resident named in the sentence before the video.
ruleTester(rule, {
  valid: [
    'Sjå kva eg fann på loftet: gamle bilete frå skuletida mi på 80-talet 😂',
    'Skulebiletet av meg frå 1995 dukka opp, for ein frisyre 😂',
    'Elevane lærte om fotosyntese i dag 🌱',
  ],
  invalid: [
    { text: 'My Year 5s made volcanoes today – video in the comments 🌋' },
    { text: 'Dagens høgdepunkt: Sigrid (89) dansa med ordføraren! Sjå videoen 💃' },
  ],
});

// Round 4: photo verbs (snapped, recorded, knipsa), colleagues and bosses in the photo's sentence,
// emergency crews at the station, meetings; buildings, the municipality's own photos shared on.
ruleTester(rule, {
  valid: [
    'Bilete av den nye brannstasjonen, flott bygg!',
    'Video av ungane mine i hagen i dag 😍',
    'Photo of my kids at the beach this weekend',
    'Ingen bilete frå jobben, lova!',
    'Alle på biletet har samtykt til at det vert delt: sommarfesten på avdelinga 🌞',
    'Sjefen min sa eg skulle ta fri i morgon, herleg',
    'Kommunen har lagt ut bilete frå opninga av den nye skulen, del gjerne!',
    'Snapped a quick pic of the sunset on my way home from work',
    'Meeting went well today, the boss was happy with the numbers',
  ],
  invalid: [
    { text: 'Video frå øvinga i dag med gutta på brannstasjonen 🚒' },
    { text: 'Bilder fra fredagsmøtet, se hvor trøtt sjefen ser ut 😂' },
    { text: 'Snapped this during bingo night with the residents 😍' },
    { text: 'Caught the head chef dancing in the kitchen this morning, video below' },
    { text: "Here's a clip of the lads at the depot trying to fix the gritter 😂" },
    { text: 'Recorded the residents singing carols this afternoon, so sweet' },
    { text: 'Bilete frå møtet i dag: leiaren vår sovna nesten 😴' },
  ],
});

// Round 5: dialect and typo photo words (bilda, pix, vidoe), youth clubs and school subjects, a sneak peek; facilities with
// nobody in the sentence, a colleague who sent the video, consent said as 'fine to share'.
ruleTester(rule, {
  valid: [
    "Bilete frå skulen: den nye leikeplassen er ferdig!",
    "Bilder av den nye barnehagen vi åpner i august",
    "Photo of the new school building, opening in August",
    "Bilete frå fotballkampen i går, for ein kamp! ⚽",
    "Vil du sjå bilete av hytta vår? Send meg ei melding",
    "Ingen bilete av elevane på nettet, takk.",
    "Vi tar ikke bilder av beboerne uten samtykke.",
    "Video frå konserten med dottera mi i kulturhuset 🎶",
    "Heradet har lagt ut nye bilete frå skulen på heimesida",
    "Bilete frå dugnaden i borettslaget 🌷",
    "Photos from our family holiday in Spain ☀️",
    "Leiaren min sende meg ein video av hunden sin 😂",
    "Fotograf kjem til skulen på fredag for skulefoto, hugs samtykkeskjema",
    "Photos from the staff party are up, everyone said it was fine to share 😊",
    "Selfie frå gymmen etter jobb 💪",
    "Bilder fra svømmehallen, ungene mine lærte å svømme i dag",
  ],
  invalid: [
    { text: "Stemningsbilete frå kveldsvakta på Tunet 🌙 alle bebuarane sit og ser på TV" },
    { text: "Photo dump from sports day with my Year 6s ☀️" },
    { text: "Sneak peek from our art class today, the kids were amazing 🎨" },
    { text: "Bilda fra turen med beboerne i går kommer i kommentarfeltet" },
    { text: "Nokre bilete frå fritidsklubben i går, ungdommane hadde pizzakveld 🍕" },
    { text: "Pix from the youth club disco last night 🕺" },
    { text: "Eg knipsa nokre bilete av brukarane på dagsenteret då dei baka 😊" },
    { text: "Vidoe frå gymmen med 3. klasse, dei var så flinke!" },
    { text: "Kjekt å sjå dei eldre på omsorgssenteret danse i dag, sjå videoen 💃" },
    { text: "Heile gjengen på kjøkenet på sjukeheimen, bilete teke i lunsjen 😄" },
    { text: "Her kjem eit bilete av Kari og Tone på jobb i dag, beste kollegaene 😍" },
    { text: "Posting a few pics of the team at the care home's summer barbecue" },
    { text: "Look at my students presenting their projects today! Photos below 👇" },
    { text: "Fotograferte ungane i barnehagen då dei fekk besøk av brannbilen 🚒" },
    { text: "Se videoen av elevene mine som synger for ordføreren 🎤" },
    { text: "Selfie med pasientane på rehab i dag 💪" },
    { text: "Bilete av kollegaen min som sovna i pausen 😂" },
    { text: "Legg ut nokre bilete frå leirskulen med 7. trinn ⛺" },
  ],
});

// Round 6: 'foreviga', group words as the people with work talk ('jentene på vakt'); films about a topic or from the media, photos asked for in a question, photos already on the official site, timetables.
ruleTester(rule, {
  valid: [
    "Ny video frå kommunen om kjeldesortering, sjå han her",
    "Skulefotografen kjem på tysdag, hugs samtykkeskjema",
    "Fotokonkurranse for elevane: send inn ditt beste naturbilete!",
    "Vi har laga ein film om korleis ein søkjer barnehageplass",
    "Photo: the new bus timetable for the school route",
    "Bilete av snøen utanfor kontoret i dag ❄️ for eit vêr",
    "Gleder meg til julebordet med jobben på fredag!",
    "Video fra NRK om eldreomsorgen i distriktene: verdt å se",
    "Ta gjerne bilete av skaden og send til oss via skjemaet på nettsida",
    "Vi tek ikkje bilete av elevane utan at foreldra har samtykt",
    "Har de bilder fra skoleavslutningen? Send dem til meg 😊",
    "Kunsten til elevane på 4. trinn er stilt ut på biblioteket, sjå bileta på heimesida til skulen",
  ],
  invalid: [
    { text: "Måtte berre foreviga dette: Ingrid og Per på avdelinga spelar kort 🃏" },
    { text: "Fekk eit kjempefint bilete av jentene på vakt i natt 🌙" },
    { text: "Legg ved eit par bilete frå skuleturen til Voss med 6. trinn" },
    { text: "Dagens beste øyeblikk på jobb: Arne (94) danset vals med sykepleieren vår 💃 video i kommentarfeltet" },
    { text: "Couldn't resist filming the kids in my class doing the conga 😂" },
    { text: "Throwback to last year's Christmas show with the pupils 🎄 (photos in thread)" },
    { text: "Har lagt ut ein liten film frå morgonsamlinga på Instagram" },
    { text: "Nokre glimt frå aktivitetsdagen på omsorgssenteret 🎈" },
    { text: "Se hvem som besøkte barnehagen i dag! 🐴 bilder kommer" },
    { text: "Video: kollegaen min prøver å starte brøytebilen 😂" },
    { text: "Tok ein selfie med heile klassen før sommarferien ☀️" },
    { text: "Managed to get a pic of the whole night shift before we clocked off" },
    { text: "Bildet er fra lunsjen med kollegaene på teknisk i dag 🍕" },
  ],
});

// Round 7: singing and play times in kindergarten as workplaces.
ruleTester(rule, {
  valid: [],
  invalid: [
    { text: "Sjå kor kjekt me hadde det på tur med bebuarane i dag! 📷" },
    { text: "Bursdagsfeiring for Gunnar (91) på avdelinga i dag, bilete under 🎂" },
    { text: "Ein liten snutt frå songstunda med borna 🎶" },
    { text: "Had to share this pic of my coworkers dressed up for Halloween 🎃" },
    { text: "Kjekke kollegaer på julebordet 🎄 bilder i kommentarfeltet" },
  ],
});

// Round 8: captions that place people ("Her sit …", "Her står …", "Her ligg …"), the employer's leave is no consent,
// meetings and technical sites as workplaces, "eit knips".
ruleTester(rule, {
  valid: [
    'Her sit eg og et middag heime, endeleg fri 😊',
    'Her står det at bussen er forseinka att.',
    'Her ligger hytta vår, bilde fra i sommer ☀️',
    'Fekk lov av alle bebuarane og pårørande å ta bilete frå grautfesten 😍',
    'Bilete av det nye vassverket, endeleg ferdig!',
    'Her står hele gjengen i kø på Kiwi, typisk lørdag.',
  ],
  invalid: [
    { text: 'Her sitter kollegaene mine og spiser kake på pauserommet 🎂 tagger alle!' },
    { text: 'Her står heile gjengen på kjøkenet på sjukeheimen i nye forklede 👩‍🍳' },
    { text: 'Her ligg Kari og kviler etter badet på omsorgssenteret 😊' },
    { text: 'Fikk lov av sjefen å ta bilder av de nye beboerne i stua 😍' },
    { text: 'Got permission from the boss to take photos of the residents in the lounge today!' },
    { text: 'Eit lite knips frå morgonmøtet på reinseanlegget, gutane i full mundur 😎' },
    { text: 'Bilde fra morgenmøtet på vannverket 💧 gode folk!' },
    { text: 'Snapped this at the morning meeting at the bus depot, what a crew!' },
  ],
});
