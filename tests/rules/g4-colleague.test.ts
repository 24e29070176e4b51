import rule from '../../src/rules/g4/colleague';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // Neutral or grateful group mentions.
    'Lunsj med gjengen på jobb i dag 🍕',
    'Takk til alle kollegaene mine for ei fantastisk veke!',
    'Takk for alle gode kollegaer gjennom 20 år.',
    'Tusen takk til kollegene mine for en flott avskjed 💐',
    'Sommarfest med kollegaane i heimetenesta, for ein kveld!',
    'Great team, great day at work!',
    'Had a lovely lunch with my colleagues today.',
    'Ny kollega på avdelinga i dag, velkommen til oss Siri!',
    'Sjefen vår heldt ein fin tale på julebordet.',
    // About the writer, not a colleague.
    'Eg er gravid! Kollegaene mine var dei første som fekk vita det.',
    'Jeg har vært sykmeldt i to uker, men gleder meg til å se kollegene igjen.',
    'Back at work after surgery, my colleagues sent flowers 💐',
    // Clients and places are not colleagues.
    'Anna (92) på omsorgssenteret fekk besøk av barnebarna i dag.',
    'Tur til Voss på jobb i dag, fint vêr.',
  ],
  invalid: [
    { text: 'Kollegaen min er så lat at eg får gjera alt sjølv.', messageId: 'colleague' },
    { text: 'Sjefen min har null peiling på kva me held på med.' },
    { text: 'Høyrde at Kari på økonomi skal skiljast 👀' },
    { text: 'Ho i resepsjonen er visst gravid igjen, haha.' },
    { text: 'Han på vakt i natt sov heile tida, for ein latsabb.' },
    { text: 'Avdelingsleiaren vår er den dårlegaste sjefen eg har hatt.' },
    { text: 'Rektoren vår er heilt udugeleg, han skjønar ingenting.' },
    { text: 'Ny leder på avdelingen. Hun er helt inkompetent og bestemmer alt over hodet på oss.' },
    { text: 'Hørte på pauserommet at Ola og Kari har noe på gang 😏' },
    { text: 'Kollegaen min er innlagt på psykiatrisk igjen, stakkars.' },
    { text: 'Vikaren vår er visst sykmeldt igjen, typisk.' },
    { text: 'My manager is useless and has no idea what she is doing.' },
    { text: 'Apparently Tom in accounting is getting a divorce 👀' },
    { text: 'The new guy at work spends half the day on his phone. Must be nice.' },
    { text: 'My coworker is pregnant again, third time in four years lol' },
    // Names from configuration.
    { text: 'Bjørg er så lat, ho gjer ingenting.', options: { config: { colleagueNames: ['Bjørg'] } } },
  ],
});

// The writer's own matters, and capitalised words after an emoji, are not about a colleague.
ruleTester(rule, {
  valid: [
    'Finally back at work after my surgery 💪 Feeling good, thanks for all the kind messages ❤️',
    'Tilbake på jobb etter mi sjukmelding 🙌 Kollegaene mine tok så godt imot meg.',
  ],
  invalid: [
    { text: 'Kollegaen min drikk for mykje, alle veit det.' },
    { text: 'Sjefen vår er så frekk og arrogant mot dei nye.' },
    { text: 'My coworker is so rude and unprofessional with clients.' },
  ],
});

// Round 2: references without a colleague word (role compounds, indefinite and relative heads,
// unit compounds), irony and hints, health details; requests and clients stay clean.
ruleTester(rule, {
  valid: [
    // Requests to whoever is on shift are work talk, not statements about them.
    'Kan nokon på nattevakta sjekka at ytterdøra er låst? Takk!',
    'Kan noen på kveldsvakten ringe meg når dere er ferdige?',
    'Could someone on the early shift restock the printer paper?',
    // A client after "ho eine" is not a co-worker.
    'Ho eine pasienten på korttidsavdelinga fekk besøk av hunden sin i dag 🐶',
    // Grateful or neutral mentions of a boss by role compound.
    'Økonomisjefen vår held eit godt innlegg om budsjettet på personalmøtet.',
    'Enhetslederen vår ønsket alle god jul med kake.',
    'Our new manager bought coffee for the whole team today ☕',
    // A fire chief is not a colleague.
    'Brannsjefen seier at dei har kontroll på situasjonen.',
    // The writer's own health before the mention.
    'Etter operasjonen i vår er eg endeleg tilbake, kollegaane mine har vore gull.',
  ],
  invalid: [
    { text: 'Helsesjefen vår er fullstendig udugeleg, ingen skjønar kva ho driv med.' },
    { text: 'Personalsjefen er tydelegvis meir oppteken av kaffi enn av oss 🙃' },
    { text: 'Nokon på byggesakskontoret burde kanskje læra seg å svara på e-post.' },
    { text: 'Noen folk i lønningsavdelingen er tydeligvis ikke i stand til å regne 🤡' },
    { text: 'Han som sit ved vindauget på skattekontoret er visst sjukmeld igjen.' },
    { text: 'Hun som jobber i skranken på innbyggertorget har fått kreft, stakkars.' },
    { text: 'Our lovely director once again gave herself the only free weekend.' },
    { text: 'My new team lead has zero experience and it shows 🙄' },
    { text: 'Whoever is on the night shift in the warehouse should learn to close a door.' },
    { text: 'Funny how the manager’s niece got the summer job 🤔' },
    { text: 'Kollegaen vår Arne hadde hjerneinfarkt i helga, stakkars kona.' },
    { text: 'Tenker på han i teknisk etat som ble lagt inn på sykehus i går.' },
  ],
});

// Praise right before the reference is a grateful mention; a contempt emoji still counts.
ruleTester(rule, {
  valid: [
    'Verdas beste kollegaer, dei veit ikkje at eg har bestilt kake til fredag 🎂',
    'Med verdens beste kolleger på nattevakt, de vet ikke at jeg tar bilde haha',
    'Shoutout to the best colleagues, they have no idea I made a cake 🎂',
  ],
  invalid: [{ text: 'Verdas beste sjef 🙄 Har ikkje svart på ein e-post sidan påske.' }],
});

// Round 3: idioms of incompetence, insults, irony, hints and private-life gossip; job titles with a
// workplace phrase, colleague compounds, 'look at X' with laughter; topics of a talk and neutral news stay clean.
ruleTester(rule, {
  valid: [
    'Rektor skal ha eit innlegg om mobbing på foreldremøtet.',
    'Ny sjef på NAV-kontoret i dag, spennande!',
    'Ho i sentralbordet hjelpte meg å finna rett kontor, så hyggeleg.',
    'Styraren i barnehagen har ordna med ny leikeplass.',
    'Han nye på teknisk er kjempeflink med kart, vi er heldige.',
    'Ny leder på avdelingen fra mandag, vi gleder oss.',
    'Takk til avdelingslederen for en flott sommerfest!',
    'The new head of department starts on Monday, welcome!',
    'The new manager at the job centre has been really helpful.',
    'My colleague told a joke at lunch and we all laughed.',
    'Sjukepleiaren på jobben lærte meg mykje om sårstell, eg er så takknemleg.',
    'Look at my colleagues, best team ever ❤️',
    'Sjå på kollegaane mine i nye uniformer 😂 så stilige!',
    'Sjefen min kjem til å drepa meg om eg gløymer kaka i morgon 😅',
    'Crazy busy day at work, but my colleagues made it fun.',
    'Sjefen vår sa at alle veit kor viktig denne jobben er.',
    'The nurses on the ward raised money for the new MRI machine.',
    'Til foreldra som søkte om permisjon for sonen: rektor har fått beskjed.',
  ],
  invalid: [
    { text: 'Ho i sentralbordet har vel aldri høyrt om service.' },
    { text: 'Sjefen vår er omtrent like nyttig som ein sjokoladeteikanne.' },
    { text: 'Han nye på teknisk kan ingenting. Korleis fekk han eigentleg den jobben?' },
    { text: 'Kontorsjefen er ein klovn.' },
    { text: 'Sjefen har favorittar, og det veit alle på huset.' },
    { text: 'Inspektøren held på å gå frå kona, seier folk.' },
    { text: 'Styraren i barnehagen er heilt ute av stand til å ta ei avgjerd.' },
    { text: 'Einingsleiaren kan ikkje ein døyt om pleie.' },
    { text: 'Sjukepleiarkollegaen min har stjele morfin frå medisinrommet, seier folk.' },
    { text: 'Rektor er helt på jordet.' },
    { text: 'Nestlederen er en ja-mann uten ryggrad.' },
    { text: 'Min leder tar æren for alt vi gjør.' },
    { text: 'Takk for nok en genial beslutning, kjære leder 🙄' },
    { text: 'Helsesøster på jobben har begynt å date en av pappaene 🙈' },
    { text: 'Vår kjære rådmann har igjen klart å skuffe alle.' },
    { text: 'Han på vaktmeisterkontoret snakkar dritt om alle bak ryggen deira.' },
    { text: 'Korleis orkar folk å jobba med Sindre? Han kjeftar på alle.' },
    { text: 'Ho nye på skulekontoret kan jo ingenting 🤬' },
    { text: 'Sjå på Gunnar som sovna på personalrommet 😂' },
    { text: 'The head of finance is a total clown.' },
    { text: 'Someone in my office keeps stealing food from the fridge and I know exactly who.' },
    { text: 'Our principal is clearly out of his depth.' },
    { text: 'My manager sat through the meeting nodding like a puppet.' },
    { text: 'Haha look at Jonas sleeping at his desk at work 😂' },
  ],
});

// Round 3b: a broader vocabulary of criticism (character words with u-, insults, 'dårleg på', 'lovar alt og held
// ingenting', credit and favourites, skiving, 'fått sparken'); 'han nye læraren'; 'the new director'.
// Everyday words about weather, moving town or the writer's own lack of experience stay clean.
ruleTester(rule, {
  valid: [
    'Awful weather today, but my colleagues cheered me up with cake.',
    'Typisk vestlandsvêr, men kollegaane mine tok med paraply til alle ☔',
    'Kollegaen min har flytta frå Bergen til Ulvik, velkomen!',
    'Eg hadde ingen erfaring då eg starta, men kollegaane mine lærte meg alt.',
    'I had no idea how to use the new system, but my manager was so patient.',
    'Skryt til kollegene mine som sto på hele helgen!',
    'My colleague found a snake in the school garden today 🐍',
  ],
  invalid: [
    { text: 'Rektor lovar alt og held ingenting.' },
    { text: 'Sjefen min er så utruleg dårleg på å gje tilbakemelding.' },
    { text: 'Den nye sjefen på NAV-kontoret er ein pingle som aldri tek ei avgjerd.' },
    { text: 'Han nye læraren på 6. trinn har ikkje kontroll på klassen i det heile.' },
    { text: 'Styreren på barnehagen er en kjeftesmelle.' },
    { text: 'Kollegaen min er så nedlatende mot brukerne.' },
    { text: 'Sjefen min har fått sparken fra forrige jobb, og nå skjønner jeg hvorfor.' },
    { text: 'Lederen vår snakker ned til alle som ikke har høyere utdanning.' },
    { text: 'The new director is an arrogant prat.' },
    { text: 'My boss is the most passive-aggressive person alive.' },
    { text: 'Our team lead never shows up to anything and then complains.' },
  ],
});

// Round 3c: hearsay after a first-person subject ('Eg har høyrt at …'), money and eating troubles, drugs,
// a spouse leaving; possessive colleague words ("my colleague's husband").
ruleTester(rule, {
  valid: ['Kollegaen min skal gifta seg i sommar, gler meg til bryllaupet! 💍', 'My colleague just got engaged, so happy for her! 💍'],
  invalid: [
    { text: 'Eg har høyrt at kollegaen vår på teknisk skal skiljast.' },
    { text: 'Kollegaen min slit med pengar, ho har fått inkasso igjen.' },
    { text: 'Kollegaen min har slutta å eta, ho er berre skinn og bein no.' },
    { text: 'Word on the street is that my boss failed his drug test.' },
    { text: 'My colleague’s husband left her for the babysitter, she’s a wreck at work.' },
  ],
});

// Round 3d: hints at unnamed co-workers ('somme på jobben', 'visse personar på kontoret', 'some people in this
// office', 'a certain someone at work'); 'imponerande' is irony, but praise when exclaimed or intensified.
ruleTester(rule, {
  valid: [
    'Enkelte kollegaer har jobba her i over 30 år, imponerande!',
    'Kollegaen min har fullført sitt første maraton, så imponerande! 🏅',
    'Noen på kontoret har bakt kake, tusen takk!',
  ],
  invalid: [
    { text: 'Somme på jobben trur visst at kaffien lagar seg sjølv.' },
    { text: 'Visse personar på kontoret har tydelegvis ikkje høyrt om oppvaskmaskin.' },
    { text: 'Enkelte ledere burde kanskje ta en titt i speilet.' },
    { text: 'Some people in this office really need to learn how to use a microwave 🙄' },
    { text: 'A certain someone at work has taken credit for my work again.' },
    { text: 'Petter på IT har ikke svart på en eneste e-post på to uker. Imponerende.' },
  ],
});

// Words about a day or a joke, and fundraising for a cancer charity, are not remarks about a colleague.
ruleTester(rule, {
  valid: [
    'For ein katastrofal dag på vegane, men kollegaane mine kom seg trygt heim.',
    'Kollegaen min fortalde ein teit vits i lunsjen, eg lo så eg grein 😂',
    'Sjukepleiarane på avdelinga samla inn pengar til kreftforeininga 🎗️',
    'Helsesøster på jobben held foredrag om søvn for foreldre i kveld.',
  ],
  invalid: [{ text: 'Sjukepleiaren på jobben er så frekk mot alle nye.' }],
});

// Round 3f: more everyday criticism in nb and en (not a single decision, eye-rolling, all talk, in over her head,
// gossiping behind backs, on her phone while the children run about, friends with the director).
ruleTester(rule, {
  valid: ['My colleague is great because she’s always kind to everyone.', 'Lederen vår sier lite om planene før de er klare, og det skjønner jeg.'],
  invalid: [
    { text: 'Enhetslederen vår lover og lover, men ingenting skjer.' },
    { text: 'Hun i skranken himler med øynene hver gang noen spør om noe.' },
    { text: 'Leiaren vår på sjukeheimen er aldri der når det trengst.' },
    { text: 'Han nye vikaren les berre på mobilen medan ungane spring rundt.' },
    { text: 'The new supervisor is clearly in way over her head.' },
    { text: 'My colleague gossips about everyone behind their backs.' },
    { text: 'Our deputy head got the job because she’s friends with the director.' },
  ],
});

// Dialect spellings ('e' for 'er', 'so' for 'så', 'itte', 'mykkje').
ruleTester(rule, {
  valid: ['Eg kan ikkje noko om Excel, men kollegaen min hjelpte meg.', 'Vår kjære kommune har igjen klart å skuffe alle innbyggjarane.'],
  invalid: [
    { text: 'Kollegaen min e so lat at eg må gjera alt sjølv.' },
    { text: 'Leiaren vår e ein katastrofe.' },
    { text: 'Han nye på teknisk kan itte nåkka som helst.' },
    { text: 'Kollegaen min drikk for mykkje, alle vett det.' },
  ],
});
