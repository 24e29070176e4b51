import rule from '../../src/rules/g3/own-behalf';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    // Disclaimers anywhere clear it.
    'Dette er mitt personlege syn: eg meiner heradet gjer ein stor feil med eigedomsskatten.',
    'Eg skriv på eigne vegne. Nedlegginga av Vik skule er ein skandale.',
    'Min personlige mening: kommunen burde satse mer på barnehagene.',
    'Skriver dette som privatperson – kommunestyret tar feil om skolestrukturen.',
    'Speaking for myself, I think the council is wrong about the property tax.',
    'My own view, not my employer’s: closing the school is a mistake.',
    // No opinion: facts, announcements, shared information.
    'Kommunestyret vedtok budsjettet i går. Protokollen ligg på nettsida.',
    'Heradet søkjer sommarvikarar til heimetenesta.',
    'The council approved the budget last night; the minutes are online.',
    'Kommunen har lagt ut høringen om ny skolestruktur. Fristen er 1. mars.',
    // Opinions on matters that do not touch the municipality.
    'Eg synest den nye Marvel-filmen var dårleg.',
    'I think this is the best pizza in Hardanger!',
    'Jeg mener at fotballaget burde bytte trener.',
    // Official context is G7's business.
    { text: 'Kommunen meiner dette er ein god plan.', options: { context: 'official' } },
  ],
  invalid: [
    { text: 'Eg meiner heradet gjer ein stor feil når dei legg ned skulen i Osa.', messageId: 'opinion' },
    { text: 'Nedlegginga av barnehagen er ein skandale. Skam dykk, kommunestyret!', excerpt: 'skandale' },
    { text: 'Heradet må stoppa denne galskapen med eigedomsskatt no.' },
    { text: 'Å auka eigedomsskatten igjen er heilt feil, trur eg.' },
    { text: 'Jeg synes kommunen prioriterer helt feil når de kutter i hjemmetjenesten.' },
    { text: 'Kommunen bør skamme seg over budsjettet for neste år.' },
    { text: 'Kommunestyret sitt vedtak om skolestruktur er hårreisende.' },
    { text: 'I think the municipality is wasting money on consultants.' },
    { text: 'The council should be ashamed of these budget cuts.' },
    { text: 'Closing the school in Osa is madness. The council must stop this now!' },
    { text: 'Ulvik herad må tenkje seg om to gonger før dei kuttar i skulebudsjettet.' },
    { text: 'Kommunen vil legge ned sykehjemmet, og det er en skandale.', options: { config: { organizationNames: ['Fjordvik'] } } },
  ],
});

// Round 2: evaluations as idioms ("spel for galleriet", "tyveri", "ein katastrofe") on municipal matters
// and services in plural; a private-opinion disclaimer clears it.
ruleTester(rule, {
  valid: [
    'Dette er mi private meining: heradet burde satsa meir på kulturhuset.',
    'My private opinion, not my employer’s: the new zoning plan is a disaster.',
    'Symjehallen opnar att måndag, velkomne!',
  ],
  invalid: [
    { text: 'Høyringa om vindkraft er berre spel for galleriet.' },
    { text: 'Eiendomsskatten til kommunen er rett og slett tyveri.' },
    { text: 'Den nye brannstasjonen på Haugen er berre tull, han burde liggja sentralt.' },
    { text: 'Budsjettet for skolene er en katastrofe.' },
    { text: 'Closing the village school is a disaster for the whole valley.' },
  ],
});

// An evaluation right after a colleague reference is about that person (G4), not a municipal matter.
ruleTester(rule, {
  valid: ['Økonomisjefen vår er heilt udugeleg, og heradet sitt budsjett kjem i morgon.'],
  invalid: [{ text: 'Rådmannen er udugeleg og budsjettet er ein skandale.' }],
});

// Round 3: opinions voiced indirectly (rhetorical questions, "typisk", "eg skjønar ikkje korleis", irony emoji,
// "honestly"), evaluations of reforms and policies; an evaluation inside or right before a colleague reference is
// about the person; the town hall as a place is not the municipality.
ruleTester(rule, {
  valid: [
    'Typisk meg å gløyma matpakka heime igjen 😅',
    'I have no idea when the council meets next, does anyone know?',
    'Kommunestyret handsamar budsjettet på torsdag. Møtet er ope for alle.',
    'Our lovely but crazy manager threw a party at the town hall 😂',
    'Eg skjønar ikkje korleis eg skal rekka alt før jul!',
  ],
  invalid: [
    { text: 'Eg skjønar ikkje korleis formannskapet kan forsvara å selja kaia.' },
    { text: 'Kven i all verda i heradet fann på å flytta legevakta?' },
    { text: 'Typical council: new offices for management, nothing for the schools.' },
    { text: 'Honestly the council has no clue about the school budget.' },
    { text: 'Så kommunen har råd til nye konsulentar igjen 🙄' },
    { text: 'Eigedomsskatten er urettferdig mot pensjonistar.' },
    { text: 'Kommunereforma har vore ein katastrofe for distrikta.' },
    { text: 'Jeg er så lei av at kommunen aldri hører på de ansatte.' },
    { text: 'Politikerne har mistet bakkekontakten når de bygger ned sykehjemsplassene.' },
    { text: 'The council has failed our elderly, and the new care policy makes no sense.' },
    { text: 'Skulepolitikken i heradet er eit sirkus.' },
  ],
});

// Round 4: campaign calls and rhetorical questions about municipal matters.
ruleTester(rule, {
  valid: ['Isen på vatnet ved skulen er for tynn, ikkje gå ut på han!', 'Sign up for the council meeting livestream here.'],
  invalid: [
    { text: 'Kvifor i all verda skal heradet byggja ny rundkøyring no?' },
    { text: 'Nok er nok! Skriv under på oppropet mot nedlegginga av skulen.' },
    { text: 'Hva er vitsen med en ny plan når kommunen aldri følger den opp?' },
    { text: 'Am I the only one who thinks the council got the school closure wrong?' },
    { text: 'Why on earth is the council spending millions on a new town hall?' },
  ],
});

// Everyday life at a service (a school, a kindergarten) is no policy opinion, whatever the words.
ruleTester(rule, {
  valid: [
    'Det var totalt kaos i garderoben i barnehagen i dag 😂',
    'Typisk at eg gløymde gymtøyet, skulen ringde meg 🙈',
    'Jeg er så lei av regnet, men barna i barnehagen elsker sølepytter.',
    'The school won the county football cup, crazy good!',
    'Typically the council meets on Tuesdays.',
  ],
  invalid: [],
});

// Round 6: "ein må jo lura på", destroying the village school, "på rådhuset" as the administration.
ruleTester(rule, {
  valid: [],
  invalid: [
    { text: 'Ein må jo lura på kva som går føre seg på rådhuset når dei brukar millionar på konsulentar.' },
    { text: 'Bygdeskulen er hjartet i grenda, og politikarane er i ferd med å knusa det.' },
    { text: 'Closing the health centre would be a disaster for this community, and the council knows it.' },
  ],
});

// Round 7: outrage at a municipal plan ("rysta over at kommunen …", "furious that the council …").
ruleTester(rule, {
  valid: ['Eg er så frustrert over at eg gløymde nøklane heime.'],
  invalid: [
    { text: 'Som helsefagarbeidar er eg rysta over at kommunen vil slå saman dei to sjukeheimane.' },
    { text: 'Kor mange gonger skal heradet få lov å ta frå oss tilboda?' },
    { text: 'Parents are furious that the council is closing the village school.' },
  ],
});

// Round 8: verdicts in other words (cowardly, life-threatening, a fiasco, poor job, ignoring us, the right decision);
// wider matters and services judged in their sentence ("X er ein vits", "skandale at X", "thanks for nothing, council");
// someone else's view, a passed-on warning, a person judged ("han er so feig") and jokes are no opinion of the writer.
ruleTester(rule, {
  valid: [
    'Kommunen åtvarar: isen på vatnet er farleg for ungar.',
    'The council warns that the path by the river is dangerous after the rain.',
    'Worst traffic ever on the way to the council office, but the meeting went well.',
    'My kids think the new school lunch is disgusting lol',
    'The school play was a disaster, but the kids had fun 😂',
    'Typisk at eg gløymde gymtøyet, skulen ringde meg 🙈',
    'Parkeringsavgifta er 20 kr timen, husk å betale i appen.',
    'Gratulerer til kommunen med ny barnehage!',
    'Kva synest politikarane om bompengane? Dei meiner det er ein katastrofe for pendlarane.',
    'Kinoen vart kjøpt av ein privat investor i fjor, og no er det konsertar der igjen.',
    'Rådmannen la fram kutta i går, men ho er so feig at ho ikkje møtte pressa.',
    'Vi er stolte av den nye turnusen, den gir meir tid med brukarane.',
  ],
  invalid: [
    { text: 'Heradet er for feigt til å ta ein skikkeleg debatt om skulestrukturen.' },
    { text: 'Skulebussen er ein vits, ungane står i regnet kvar morgon.' },
    { text: 'Parkeringsavgifta i sentrum er rett og slett ran.' },
    { text: 'Den nye turnusen er heilt uforsvarleg for oss som jobbar natt.' },
    { text: 'Kommunen har gitt blaffen i oss som bur i utkanten.' },
    { text: 'Heradet fortener kritikk for måten dei har handtert busetjinga.' },
    { text: 'Korleis kan politikarane forsvara å kutta i barnehagen?' },
    { text: 'Eldreomsorga i heradet er ein skam.' },
    { text: 'Politikarane har mista kontakten med folk flest.' },
    { text: 'Takk for ingenting, kommunestyret.' },
    { text: 'Jeg synes kommunen gjør en dårlig jobb med veiene.' },
    { text: 'Busstilbudet her er under enhver kritikk.' },
    { text: 'Nedbemanningen i hjemmetjenesten er rett og slett livsfarlig.' },
    { text: 'Kommunen har rotet det til skikkelig med nye barnehageplasser.' },
    { text: 'The council keeps ignoring us out here in the villages.' },
    { text: 'This council cares more about tourists than about the people who live here.' },
    { text: 'The council has completely dropped the ball on snow clearing.' },
    { text: 'Closing the pool was the worst decision this council has made.' },
    { text: 'Thanks for nothing, council.' },
    { text: 'Kommunen har råd til konsulentar igjen 🤦' },
    { text: 'Er det berre eg som meiner skulenedlegginga er ein dårleg idé?' },
    { text: 'Hårreisande at rådhuset skal leigast ut til ein privat aktør!' },
  ],
});

// Round 9: verdicts as verbs and idioms (ofrar, overgrep, tomme ord, gjer som dei vil, out of his depth, profit over
// people), shame at the municipality, votes withheld, common misspellings of the municipality; own embarrassment and
// everyday pride are no opinion.
ruleTester(rule, {
  valid: [
    'Eg skjemmes litt over kor mykje kake eg åt i dag.',
    'Folk som klagar på vêret burde flytte til Spania 😂',
    "I'm so proud of our school's choir!",
    'Ny rundkjøring åpner mandag, kjør forsiktig.',
  ],
  invalid: [
    { text: 'Komunen e heilt på jordet med denne saka.' },
    { text: 'Heradet har ingen plan for eldreomsorga, berre tomme ord.' },
    { text: 'Sentraliseringa av tenestene er eit overgrep mot distrikta.' },
    { text: 'Kommunen ofrar ungane våre for å spare pengar.' },
    { text: 'Me vert ikkje høyrde, heradet gjer akkurat som dei vil.' },
    { text: 'Eg kjem aldri til å stemme på dei som styrer kommunen no.' },
    { text: 'Jeg skjemmes over kommunen min.' },
    { text: 'Helt ærlig, kommunestyret er ikke skikket til å styre.' },
    { text: "I'm ashamed of how this municipality treats its elderly." },
    { text: 'The mayor is clearly out of his depth.' },
    { text: 'The council is killing this village.' },
    { text: 'The council chose profit over people, plain and simple.' },
  ],
});

// Round 10: fed up with the municipality, overlooked by management.
ruleTester(rule, {
  valid: ['Eg er drittlei av regnet no.'],
  invalid: [
    { text: 'Vi i barnehagane er lei av å bli oversett av leiinga.' },
    { text: 'Eg er drittlei av at kommunen aldri svarar på e-post.' },
    { text: 'We are sick and tired of being ignored by the council.' },
  ],
});

// Round 11: critical questions (a question word, then a modal or a negation with the municipality), calls to reverse
// a decision; plain questions and invitations are no opinion.
ruleTester(rule, {
  valid: [
    'Kvifor er kommunehuset stengt i dag?',
    'Why is the council office closed today?',
    'Hvorfor har kommunen flagget på halv stang?',
    'Korleis kan eg søkje om byggeløyve hos kommunen?',
    "Why don't you come to the council meeting with me?",
  ],
  invalid: [
    { text: 'Kvifor klarer ikkje kommunen å brøyte vegane våre?' },
    { text: 'Hvorfor må kommunen alltid kutte i skolen?' },
    { text: "Why can't the council fix the potholes on our road?" },
    { text: 'How come the municipality never listens to parents?' },
    { text: 'Politikarane må snu i denne saka.' },
    { text: 'Vi krev omkamp om skulestrukturen!' },
  ],
});

// Round 12: a service left to decay, a job not done, sadness at how the municipality treats people; a post marked as
// private clears it; sympathy for a person is no opinion.
ruleTester(rule, {
  valid: [
    '(Privat innlegg) Kommunen prioriterer helt feil.',
    'Uttaler meg privat her, men nedleggelsen er en skandale.',
    'Speaking personally, the council’s budget is a disaster.',
    'Så trist å sjå korleis det går med naboen vår, ho på omsorgsbustaden.',
  ],
  invalid: [
    { text: 'Kommunen har latt skolen forfalle i årevis.' },
    { text: 'Dei har late sjukeheimen forfalle i mange år, og heradet gjer ingenting.' },
    { text: 'Ordføreren har ikke gjort jobben sin.' },
    { text: 'Det er trist å se hvordan kommunen behandler sine ansatte.' },
    { text: 'The municipality has let the school fall apart for years.' },
    { text: 'Our mayor hasn’t done his job.' },
  ],
});

// Round 13: accusations of spin and haste (pyntar på tala, hastar gjennom, rushed through, hiding the truth), disbelief
// at a municipal plan; disbelief at the weather or the children's growth is no opinion.
ruleTester(rule, {
  valid: ['I can’t believe how beautiful the fjord is today!', 'Eg kan ikkje fatte kor fort ungane veks.', 'Kommunen sel gamle skulebussar på auksjon, sjå lenka.'],
  invalid: [
    { text: 'Kommunen pyntar på tala, det veit alle.' },
    { text: 'Kommunestyret hastar gjennom vedtaket utan å høyre på folk.' },
    { text: 'Jeg kan ikke fatte at kommunen vil selge kaia.' },
    { text: 'Kommunen skjuler sannheten om budsjettet.' },
    { text: 'The school merger is being rushed through without listening to anyone.' },
    { text: "I can't believe the council wants to sell the community hall." },
  ],
});

// Accusations of corruption, superlatives of the worst kind, and municipal transport and budget matters.
ruleTester(rule, {
  valid: [
    'Den dårlegaste filmen eg har sett i år, men popkornet var godt.',
    'My household budget is tight this month, no more takeaways.',
    'Skyssen til bryllaupet er ordna, gler meg!',
    'Verste planen eg har lagt for ein fjelltur, det regna heile helga.',
    'Hadde eit mareritt i natt om at eg gløymde møtet med kommunen 😅',
  ],
  invalid: [
    { text: 'Heradet sin plan for hamna er rein korrupsjon, kven tener pengane?' },
    { text: 'Kommunens tomtesalg lukter korrupsjon lang vei.' },
    { text: 'The way the council hands out contracts is pure corruption.' },
    { text: 'Den nye reguleringsplanen er den dårlegaste eg har sett frå kommunen.' },
    { text: 'Skoleskyssen er den dummeste ordningen kommunen har funnet på.' },
    { text: 'Skyssordninga dei innfører er livsfarleg for ungane.' },
    { text: 'Closing the library is the dumbest decision the council has ever made.' },
    { text: 'The school budget cuts are a disgrace.' },
    { text: 'Verste budsjettet eg har sett frå heradet på år og dag.' },
    { text: 'Kommunen taper saken i retten, og det har de fortjent.' },
    { text: 'The council is going to lose in court and it serves them right.' },
    { text: 'Som lærar kan eg seie at den nye timeplanen er eit mareritt for elevane.' },
    { text: 'Den nye turnusen er et rent mareritt.' },
    { text: 'As a nurse I can tell you the new staffing plan is a nightmare for patients.' },
    { text: 'Kommunen sparer seg til fant, og ungane betaler prisen.' },
    { text: 'Kor lenge skal heradet halde på med dette tullet?' },
    { text: 'The council has completely failed the elderly.' },
    { text: 'Kutta i heimetenesta er hjartelause.' },
  ],
});
