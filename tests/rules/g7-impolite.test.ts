import rule from '../../src/rules/g7/impolite';
import { ruleTester } from '../helpers/rule-tester';

const official = { context: 'official' as const };
const o = (text: string, extra: Record<string, unknown> = {}) => ({ text, options: official, ...extra });

ruleTester(rule, {
  valid: [
    // Round 2: polite replies that share words with the new cues.
    o('Nei, dessverre er symjehallen stengd i dag på grunn av vedlikehald. Me opnar att i morgon kl. 07.'),
    o('Nei. Brua er open som vanleg, og ferja går etter rutetabellen. Sjå ulvik.kommune.no for endringar i vinter.'),
    o('Lykke til med den nye jobben, og takk for alle åra i heimetenesta! 💐'),
    o('Haha, for ein flott gjeng! Takk til alle som kom på dugnaden i dag.'),
    o('Haha, for ein flott snømann 😂 Takk for at de delte biletet med oss!'),
    o('Hehe, that’s one happy dog at the library 🤣 Thanks for sharing!'),
    o('No problem at all, Sarah. The form is on our website under Building permits.'),
    o('Good luck with your exams, everyone! The library is open late all week.'),
    o('Nei, vi har ikke fått søknaden ennå. Send den gjerne via skjemaet på nettsiden.'),
    o('Takk for beskjed! Vaktmeister er varsla om gatelyset ved kaia og ser på det i morgon 👍'),
    o('Hei Arne. Takk for tilbakemeldinga, og orsak at brøytinga har vore sein i dag. Mannskapet er ute no.'),
    o('Hei Knut. Veien er brøytet nå. Beklager ventetiden, og takk for at du sa ifra!'),
    o('Thank you for the kind words, Julia! We’ll pass them on to the staff 😊'),
    o('Påminning: Servicetorget har sommaropningstid frå 1. juli. Meir informasjon på ulvik.kommune.no 🌞'),
    o('Planlagt straumstans: BKK varslar straumstans i Osa torsdag. Meir info på bkk.no.'),
    o('Reminder: there will be a fire drill at Ulvik school on Thursday. No need to worry – it’s planned! 🚒'),
    o('Takk for den fine tilbakemeldinga! Me gler oss over at biblioteket fell i smak.'),
    o('Gratulerer med dagen til alle som feirar i dag 🎉'),
    o('Du kan lesa meir om NAV-kontoret si opningstid på nav.no.'),
    o('Har du fått med deg konserten i helga? 🙂 Som nemnt er det gratis inngang.'),
    o('ULVIK HERAD INFORMERER: Vatnet må IKKJE drikkast utan koking før vidare.'),
    o('Takk for innspelet ditt. Vi ser på saka og kjem tilbake til deg så snart vi kan.'),
    o('Hei Ola! Som nemnt i innlegget vårt er vegen allereie brøyta, men vi sender mannskapet ut igjen no.'),
    o('Skulle du ha fleire spørsmål, kan du ringa servicetorget i staden for å venta på svar her.'),
    o('Thanks Mark! As mentioned, the library is already open on Sundays 📚'),
    o('You should have received a letter about this already. If not, please contact us.'),
    // Private context: G7 does not apply.
    'Kanskje du skulle lesa nettsida før du klagar? 🙄',
  ],
  invalid: [
    // Round 2: curt openings, repeated answers, mocking laughter, "can't read", "believe what you like".
    o('Nei. Sjå nettsida.', { messageId: 'sarcasm' }),
    o('Nei. Søknadsfristen var i mars.', { messageId: 'sarcasm' }),
    o('No. The decision stands.', { messageId: 'sarcasm' }),
    o('Nei, me opnar ikkje bassenget tidlegare. Det har me sagt fleire gonger.', { messageId: 'sarcasm' }),
    o('Det har vi sagt mange ganger nå: skolen er stengt i høstferien.', { messageId: 'sarcasm' }),
    o('We’ve told you before, the tip is closed on Sundays. Many times.', { messageId: 'sarcasm' }),
    o('Hehe, lykke til med den søknaden 🤣', { messageId: 'sarcasm' }),
    o('Haha, good luck with that one 😂', { messageId: 'impolite' }),
    o('Utruleg kor mange som ikkje klarer å lesa skilta ved parkeringsplassen.', { messageId: 'impolite' }),
    o('Det er visst mange som ikke klarer å lese en enkel oppslagstavle.', { messageId: 'impolite' }),
    o('Some people apparently can’t read the opening hours on the door.', { messageId: 'impolite' }),
    o('Du får tru kva du vil. Vegen blir ikkje asfaltert i år.', { messageId: 'impolite' }),
    o('Du får tro hva du vil om det, vi har gjort vårt.', { messageId: 'impolite' }),
    o('Believe what you want, the figures are public.', { messageId: 'impolite' }),
    o('Vedtaket står seg. Ferdig snakka.', { messageId: 'impolite' }),
    o('Beslutningen er tatt. Ferdig snakket.', { messageId: 'impolite' }),
    o('The council has decided. End of discussion.', { messageId: 'impolite' }),
    o('Les gjerne saka før du kommenterer. Berre eit tips.', { messageId: 'impolite' }),
    o('Kanskje lese innlegget før du kommenterer?', { messageId: 'impolite' }),
    o('Maybe read the post before commenting. Just a tip.', { messageId: 'impolite' }),
    o('Kanskje du skulle lesa nettsida før du klagar? Det står der svart på kvitt. 🙄', { messageId: 'impolite' }),
    o('Jaja, då får du vel flytta til Voss då, om alt er så mykje betre der 😉', { excerpt: 'får du vel' }),
    o('Det har me svart på minst ti gongar no. Svaret er framleis nei.', { excerpt: 'ti gongar' }),
    o('Om du hadde møtt opp på folkemøtet, hadde du kanskje forstått saka.', { excerpt: 'hadde du kanskje' }),
    o('Takk for den «konstruktive» tilbakemeldinga.', { messageId: 'sarcasm', excerpt: '«konstruktive»' }),
    o('Vi gidder ikke svare på sånt tull.', { excerpt: 'gidder' }),
    o('Hvis du hadde lest informasjonen, hadde du visst dette. Men det er kanskje for mye å forlange 🙂', { excerpt: 'for mye å forlange' }),
    o('Vi har brøytet veien din to ganger allerede. Kanskje du kunne tatt en tur ut med spaden selv? 😉', { messageId: 'sarcasm' }),
    o('Maybe try reading the signs next time? 🙄', { messageId: 'emoji' }),
    o('Sorry you didn’t enjoy Ulvik. Bergen is that way 👉', { excerpt: 'is that way' }),
    o('Obviously the road is closed, it was on the news.', { excerpt: 'Obviously' }),
    o('Clearly you didn’t read the notice we posted.', { excerpt: 'Clearly you didn’t' }),
    o('Ja, for det er jo så lett å brøyta alle vegane på ein time.', { messageId: 'impolite' }),
    o('Les deg opp før du kommenterer.', { excerpt: 'Les deg opp' }),
    o('Som alle veit, er fristen 1. mars.', { excerpt: 'Som alle veit' }),
    o('Det burde ikkje vore SÅ vanskeleg å få med seg.', { messageId: 'shouting', excerpt: 'SÅ' }),
    o('DET STÅR PÅ NETTSIDA VÅR.', { messageId: 'shouting' }),
    o('Det står på nettsida, les ALLE punkta.', { messageId: 'shouting', excerpt: 'ALLE' }),
    o('Fristen var i går!!!', { messageId: 'shouting', excerpt: '!!!' }),
    o('Og du trudde det var gratis?!', { messageId: 'shouting' }),
    o('Dette er tredje gongen du klagar på det same. Vi har ikkje tid til å svara deg kvar einaste dag.', { messageId: 'impolite' }),
    o('Det er ikkje vår feil at du ikkje les postkassa di.', { messageId: 'impolite' }),
    o('Please stop spamming our page with the same complaint.', { messageId: 'impolite' }),
    o('Did you even read what we wrote?', { messageId: 'impolite' }),
    o('Du har visst ikkje fått med deg at det er vinter.', { messageId: 'impolite' }),
    o('Vi svarer ikke på flere spørsmål om dette.', { messageId: 'impolite' }),
    o('Tja, om du meiner det sjølv så.', { messageId: 'impolite' }),
    o('LOL, no. The pool is closed, like we said three times already.', { messageId: 'impolite' }),
    o('You keep asking the same question. As we said, the answer is still no.', { messageId: 'impolite' }),
    o('Du må gjerne mene at vi gjør en dårlig jobb, men da kan du jo søke jobb her selv 😉', { messageId: 'sarcasm' }),
  ],
});

// Round 3: blame, accusations and curt dismissals; the reader in capitals; "as we have written" with a condescending cue.
ruleTester(rule, {
  valid: [
    o('Det er ikkje vanskeleg å søkja: skjemaet ligg på nettsida, og du kan ringja oss om du treng hjelp.'),
    o('Du får svar på søknaden innan fire veker. Ha ein fin dag!'),
  ],
  invalid: [
    o('Det er ikke vår skyld at du ikke sjekker e-posten din.', { messageId: 'impolite' }),
    o('Vær så snill å slutte å mase om dette her.', { messageId: 'impolite' }),
    o('Det veit du godt sjølv. Slutt å spreie rykte.', { messageId: 'impolite' }),
    o('Vi forstår at DU synes dette er urettferdig.', { messageId: 'shouting' }),
    o('Som vi har skrevet før: det er ikke så vanskelig å finne skjemaet.', { messageId: 'sarcasm' }),
    o('Call us in opening hours like everybody else. We do not read your complaints at night.', { messageId: 'sarcasm' }),
    o('That is a lie, and you know that very well.', { messageId: 'impolite' }),
  ],
});

// Round 4: sarcastic idioms in official replies.
ruleTester(rule, {
  valid: [o('Takk for at du tok deg tid til å gi oss tilbakemelding! Vi ser på saka.')],
  invalid: [
    o('Så hyggeleg at du tok deg tid til å klaga 🙂', { messageId: 'impolite' }),
    o('Vi er ikke tankelesere.', { messageId: 'impolite' }),
    o('Sure, we will fix the weather too.', { messageId: 'impolite' }),
    o('Velkommen etter! Fristen gjekk ut i mars.', { messageId: 'impolite' }),
  ],
});

// Round 5: dismissals ("ikkje vårt bord"), sarcastic questions, "everyone else managed", a bare order as its own sentence.
ruleTester(rule, {
  valid: [
    o('Les meir om tilbodet på nettsida vår. God helg!'),
    o('Hei! Du kan lese om ordninga her: ulvik.kommune.no/bustad'),
  ],
  invalid: [
    o('Ikkje vårt bord. Ring fylket.', { messageId: 'impolite' }),
    o('Det står på nettsida. Les.', { messageId: 'impolite', excerpt: 'Les' }),
    o("It's on the website. Read it.", { messageId: 'impolite', excerpt: 'Read it' }),
    o('Du tror kanskje at veiene brøyter seg selv?', { messageId: 'impolite' }),
    o('Everyone else managed to find the form.', { messageId: 'impolite' }),
    o('We welcome constructive feedback. This wasn’t it.', { messageId: 'impolite' }),
  ],
});

// Round 6: counterfactual reproaches ("Hadde du ringt …, hadde du fått svar"), "we just work here", "tired of answering".
ruleTester(rule, {
  valid: [o('Hadde du lyst til å koma på folkemøtet? Det er ope for alle.')],
  invalid: [
    o('Hadde du ringt oss i staden for å skriva her, hadde du fått svar.', { messageId: 'sarcasm' }),
    o('Du får ta det opp med politikerne. Vi bare jobber her.', { messageId: 'impolite' }),
    o("Honestly, we're tired of answering the same question every day.", { messageId: 'impolite' }),
    o('Maybe you should check your facts before posting.', { messageId: 'impolite' }),
  ],
});

// Round 7: "what part of … don't you understand", "not here to entertain you", "thanks for the lecture".
ruleTester(rule, {
  valid: [o('Ta det med ro, vi ordnar det i løpet av dagen. Takk for at du sa frå!')],
  invalid: [
    o("Not sure what part of 'closed' you don't understand.", { messageId: 'impolite' }),
    o('Vi er ikkje her for å underhalda deg.', { messageId: 'impolite' }),
    o('Thanks for the lecture. We will keep doing our jobs.', { messageId: 'impolite' }),
    o('Dette har vi forklart fleire gonger no. Les svaret over.', { messageId: 'sarcasm' }),
  ],
});

// Round 8: "try to keep up", "if you'd bothered to check", "det er lov å lese".
ruleTester(rule, {
  valid: [o('Hei! Det er lov å ringja oss om du lurer på noko, vi svarar gjerne.')],
  invalid: [
    o('Please try to keep up.', { messageId: 'impolite' }),
    o("If you'd bothered to check, you'd see the road has been gritted.", { messageId: 'impolite' }),
    o('Det er lov å lese før man skriver.', { messageId: 'impolite' }),
  ],
});

// Round 9 (word families, not fixed phrases): blame, dismissals, mock expertise, orders, rhetorical questions,
// insults at the reader, shrugging tautologies, evident-word + reader + negation, tags at the reader.
ruleTester(rule, {
  valid: [
    // Denied rude words and benign uses of the new cue words.
    o('Det finst ingen dumme spørsmål 😊 Skjemaet ligg på nettsida under «Bustad».'),
    o('There are no stupid questions 😊 The form is on our website.'),
    o('Det var dumt at dunken ikkje vart tømt! Me sender bilen i morgon.'),
    o('The rubbish collection is delayed this week because of the snow. Sorry for the inconvenience!'),
    // An order in a headline question; a warning about third parties; "whatever" inside a sentence.
    o('Slutt å røykja? Frisklivssentralen har kurs frå 1. mars.'),
    o('Crooks are sending fake text messages about parking fines. Don’t click the link!'),
    o('Whatever the weather, the market goes ahead on Saturday.'),
    o('Kor lenge er BankID-brikka gyldig eigentleg? Sjå bankid.no.'),
    o('Check yr.no before heading up the mountain.'),
    o('Les meir om ordninga på nettsida vår.'),
    // Evident-words and "not the only one" without a reproach.
    o('Det er openbert at vegen treng ny asfalt, og me har meldt det inn til fylket. Takk for at du sa frå!'),
    o('Du er ikkje den einaste som har meldt om dette, så me ser på det no. Takk for tolmodet.'),
    o('You’re not the only one who reported this, so we’re looking into it now. Thanks for your patience.'),
    o('Det er rart at du ikkje har fått brevet. Me sjekkar adressa og sender det på nytt i dag.'),
    o('Ekspertane frå NVE held ope møte om flaumsikring tysdag kl. 19.'),
    o('Me ringjer deg når me har svar frå entreprenøren.'),
    o('Reminder: IT will NEVER ask for your password on e-mail.'),
    o('Trur du det går an å koma på ope møte tysdag? Me vil gjerne høyra kva du meiner.'),
    o('Det er dessverre ikke kommunen som har ansvaret for denne veien, men vi har sendt beskjed til fylket.'),
    o('Maybe if the weather holds, the fireworks will go ahead at 22:00. We’ll update here.'),
  ],
  invalid: [
    // Blame and dismissal.
    o('Det er faktisk di eiga skuld at søknaden kom for seint.', { messageId: 'impolite' }),
    o('Det er din egen skyld at du ikke fikk plass.', { messageId: 'impolite' }),
    o('That’s entirely your own fault for missing the deadline.', { messageId: 'impolite' }),
    o('Svaret er nei. Punktum.', { messageId: 'impolite' }),
    o('That’s just how it is. Get over it.', { messageId: 'impolite' }),
    o('Ingen tvingar deg til å bu her.', { messageId: 'impolite' }),
    o('If you don’t like it, you’re free to move.', { messageId: 'sarcasm' }),
    // Mock expertise, "people like you", "easier to complain".
    o('Du veit sikkert betre enn fagfolka våre, du.', { messageId: 'impolite' }),
    o('Another armchair expert in the comments.', { messageId: 'impolite' }),
    o('Folk som deg gjer ikkje jobben vår lettare.', { messageId: 'impolite' }),
    o('Det er visst lettere å klage enn å lese.', { messageId: 'impolite' }),
    // Orders at the reader, rhetorical questions.
    o('Slutt å skriva same kommentaren under kvart innlegg.', { messageId: 'impolite', excerpt: 'Slutt å' }),
    o('Grow up and take care of your own bin.', { messageId: 'impolite' }),
    o('Trur du verkeleg at vi har folk på vakt heile natta berre for vegen din?', { messageId: 'impolite' }),
    o('Hva hadde du forventet? Det har snødd i tre dager.', { messageId: 'impolite' }),
    o('Why can’t you just call the service centre like everyone else?', { messageId: 'impolite' }),
    o('Kvifor spør du oss om noko som står i avisa kvar veke?', { messageId: 'impolite' }),
    // Insults and mocking words about the reader only when the sentence addresses them.
    o('Du er ein kverulant, og det veit alle.', { messageId: 'impolite' }),
    o('Beklager at virkeligheten ikke passer deg.', { messageId: 'impolite' }),
    o('Du har tydeligvis ikke peiling på hvordan vannverket fungerer.', { messageId: 'impolite' }),
    // Structural cues.
    o('Vegen blir brøyta når han blir brøyta.', { messageId: 'impolite', excerpt: 'brøyta når han blir brøyta' }),
    o('It’s done when it’s done, sorry.', { messageId: 'impolite' }),
    o('Igjen: me brøyter etter plan, ikkje etter kven som skrik høgast.', { messageId: 'impolite', excerpt: 'Igjen:' }),
    o('Det er tydelig at du ikke har lest saken.', { messageId: 'impolite' }),
    o('It’s obvious you haven’t read the report.', { messageId: 'impolite' }),
    o('Du er ikkje den einaste som har snø i innkjørsla, veit du.', { messageId: 'sarcasm' }),
    o('Me har SVART på dette før. Sjå lenger opp i tråden.', { messageId: 'shouting', excerpt: 'SVART' }),
    o('Du tar feil. Les vedtaket.', { messageId: 'impolite', excerpt: 'Les vedtaket' }),
    o('Whatever. The decision stands.', { messageId: 'impolite', excerpt: 'Whatever' }),
    o('Hm, så du meiner heradet skal trylla fram pengar til ny hall? Spennande.', { messageId: 'impolite' }),
    // Two weak cues.
    o('Det stod tydeleg i brevet, så det er litt rart at du er overraska no.', { messageId: 'sarcasm' }),
    o('Tja, det er jo alltid lett å vera etterpåklok frå sofaen.', { messageId: 'sarcasm' }),
    o('You could have just googled it, you know.', { messageId: 'sarcasm' }),
    o('Well, maybe if people stopped flushing wipes, the pipes wouldn’t clog every month? Just a thought 🙂', { messageId: 'sarcasm' }),
  ],
});

// Round 10: dialect and typo forms (kansje, sku, ka e, sjøl), "find out yourself", "we have other things to do",
// "nei, nei og atter nei", "accept the answer", rhetorical "that hard?".
ruleTester(rule, {
  valid: [
    o('Kanskje du kan sjå på nettsida? Der ligg alle skjema. Ring oss om du står fast 🙂'),
    o('Vet du hva? Biblioteket har fått nye bøker! Kom innom 📚'),
    o('Tror du at du har rett på bostøtte? Sjekk ordningen på husbanken.no.'),
    o('Look it up on our website under Forms, or call us if you need help 🙂'),
    o('Accept the cookies to see the map, or download the PDF version here.'),
    o('No, the bus doesn’t go there, unfortunately. Route 950 to Voss is the closest.'),
    o('Er det vanskeleg å søkja? Nei, skjemaet tek fem minutt. Ring oss om du treng hjelp.'),
  ],
  invalid: [
    o('Kansje du sku lest nettsida før du klaga?', { messageId: 'impolite' }),
    o('Ka e det du ikkje skjønne? Bassenget e stengt.', { messageId: 'impolite' }),
    o('E det så vanskelig å lese ein plakat?', { messageId: 'impolite' }),
    o('Dere får finne ut av det selv.', { messageId: 'impolite' }),
    o('Look it up yourself, it’s on the website.', { messageId: 'impolite' }),
    o('Vet du hva, vi har faktisk annet å gjøre.', { messageId: 'impolite' }),
    o('Nei, nei og atter nei. Bussen går ikkje dit.', { messageId: 'impolite' }),
    o('Is reading that hard? It’s on the sign.', { messageId: 'impolite' }),
    o('We’re not your personal snow-clearing service.', { messageId: 'impolite' }),
    o('Vi har gitt deg svar tre ganger nå. Godta det.', { messageId: 'sarcasm' }),
    o('Tror du vi sitter og venter på kommentaren din?', { messageId: 'sarcasm' }),
    o('Oh look, you finally noticed. The decision was made in March.', { messageId: 'impolite' }),
  ],
});

// Round 11: mock offers (the job yourself, take over), counted comments, taunts (viss du tør), "beneath us", "Neste."
ruleTester(rule, {
  valid: [
    o('Kanskje du vil vera med i brukarrådet? Me søkjer nye medlemer, sjå nettsida.'),
    o('Du er hjarteleg velkomen på ope møte om budsjettet torsdag kl. 19!'),
    o('Dette er første gong me har fått melding om dette, så takk for at du sa frå!'),
    o('Next: the council meets on 12 March. Papers are on our website.'),
    o('You can choose for yourself whether you want a paper or an e-invoice.'),
  ],
  invalid: [
    o('Du er hjarteleg velkomen til å gjera jobben sjølv.', { messageId: 'impolite' }),
    o('Great that you know our budget so well. Maybe you’d like to take over?', { messageId: 'sarcasm' }),
    o('Takk for den tiande kommentaren om same sak i dag, Marit.', { messageId: 'sarcasm' }),
    o('This is the third time you’ve asked. The answer hasn’t changed.', { messageId: 'sarcasm' }),
    o('Nei, vi har ikke tenkt å svare på det. Neste.', { messageId: 'impolite' }),
    o('Det er berre å møta opp på kommunestyremøtet og seia det der, viss du tør 😏', { messageId: 'sarcasm' }),
    o('Frankly, this question is beneath us.', { messageId: 'impolite' }),
    o('Selvfølgelig, vi skal flytte hele bussruten for deg 😂', { messageId: 'sarcasm' }),
  ],
});

// Round 12: ironic hyperbole and mock deference (for ein skandale, dine høge krav), "we assume you can find it yourself",
// resigned dismissal (synd at du ikkje likar det, men slik blir det); reassurance and plain questions stay clean.
ruleTester(rule, {
  valid: [
    o('Synd at du ikke fikk plass på kurset! Vi setter opp et nytt kurs i mars, meld deg på her.'),
    o('Shame about the weather, but the market goes ahead indoors in the town hall.'),
    o('Interesting question! The council will discuss it on 12 March.'),
    o('Slapp av i sommar med gratis konsertar i parken kvar torsdag 🎶'),
    o('Er det i det heile lov å grilla på stranda? Ja, men berre på grillplassane.'),
  ],
  invalid: [
    o('Ja, for ein skandale at søppelbilen kom fem minutt for seint.', { messageId: 'impolite' }),
    o('Beklager at vi ikke lever opp til dine høye krav.', { messageId: 'impolite' }),
    o('We’ve explained this in three posts now, so we assume you can find it yourself.', { messageId: 'impolite' }),
    o('Synd at du ikkje likar det, men slik blir det.', { messageId: 'sarcasm' }),
    o('I think you’re mixing up the council and the county, but it wouldn’t be the first time.', { messageId: 'sarcasm' }),
    o('Hei Gro. Om du hadde følgd med på lokalradioen, hadde du fått med deg at vegen var stengd. Men det er kanskje for mykje å be om.', { messageId: 'impolite' }),
  ],
});

// Round 13: "we are not your own service" (a possessive after "vi er ikkje"), "no matter how much you complain",
// rhetorical "er det så rart?", mock job offers and "just a suggestion" as weak cues.
ruleTester(rule, {
  valid: [
    o('There are vacancies in the technical department – apply by 1 March!'),
    o('Vi er ikkje ferdige med brøytinga enno, men bilen er på veg til vegen din. Takk for tolmodet!'),
    o('Det er ikkje så rart at mange er frustrerte. Me har auka mannskapet frå i dag.'),
    o('Kanskje lurt å ringe før du kommer, så vi kan ha papirene klare? Velkommen!'),
  ],
  invalid: [
    o('Me er ikkje servicetorget ditt klokka tre om natta.', { messageId: 'impolite', excerpt: 'Me er ikkje servicetorget ditt' }),
    o('We’re not your 24-hour help desk.', { messageId: 'impolite' }),
    o('Brøytingen går sin gang, uansett hvor mye du klager her inne.', { messageId: 'impolite' }),
    o('Det er vel ikkje så rart at bossdunken ikkje vart tømt når han stod inne i garasjen?', { messageId: 'impolite' }),
    o('If you think you can do better, there are vacancies in the technical department 😊', { messageId: 'sarcasm' }),
    o('Maybe call before you drive all the way here next time? Just a suggestion.', { messageId: 'sarcasm' }),
  ],
});

// Round 14: a bare "Nei." later in the reply, "doesn't make you right", "pleased with yourself", counted comments in an hour,
// "try again when you've calmed down", "that's not a question … and it's wrong".
ruleTester(rule, {
  valid: [
    o('Er bassenget ope på søndag? Nei. Men treningssenteret er ope frå kl. 10.'),
    o('Vi skjønner at du er skuffet, og vi beklager. Vi ser på om ruten kan endres fra neste år.'),
    o('Haha, what a lovely snowman! Thanks for sharing 😄'),
    o('Hei Sigrid. Takk for kommentarane dine, me har lese dei og sendt dei vidare til vegavdelinga.'),
  ],
  invalid: [
    o('Haha, den var god. Nei.', { messageId: 'sarcasm' }),
    o('We understand you’re angry, but that doesn’t make you right.', { messageId: 'impolite' }),
    o('Fint at du er nøgd med deg sjølv. Me held fram med jobben.', { messageId: 'impolite' }),
    o('Try again when you’ve calmed down.', { messageId: 'impolite' }),
    o('Det der er ikkje eit spørsmål, det er ein påstand. Og han er feil.', { messageId: 'sarcasm' }),
    o('Nei, vi kommer ikke til å endre ruten fordi én person klager.', { messageId: 'impolite' }),
  ],
});

// Round 15: mild cues (neste gong, ekspert, honestly, vacancies) are friendly beside a wink or laughter alone;
// a mild suggestion asked as a question turns sharp ("Kanskje på tide …? 😂").
ruleTester(rule, {
  valid: [
    o('Haha, takk til alle saman som kom på dugnaden! 😂'),
    o('Neste gong kjem me med meir kaffi, lova 😉'),
    o('We’re hiring! Vacancies in the kindergarten – maybe something for you? 😉'),
    o('Honestly, the best view in the region 😉'),
    o('Good one! 😂 Thanks for the photo of the snowman.'),
    o('Jøss, for en flott snømann! 😂'),
    o('Slapp av og nyt sommaren! Konsertar i parken kvar torsdag 😉'),
    o('Sure thing! The library is open until 8 pm 😉'),
  ],
  invalid: [
    o('Kanskje på tide å kjøpa seg ei ordentleg skuffe? 😂', { messageId: 'sarcasm' }),
    o('Another so-called expert, apparently. Next time, read the post.', { messageId: 'sarcasm' }),
    o('Sjølvsagt, me skal flytta heile bussruta for deg 😂', { messageId: 'sarcasm' }),
    o('Someone hasn’t done their homework 😏', { messageId: 'sarcasm' }),
    o('Did you bother reading the post at all?', { messageId: 'impolite' }),
  ],
});

// Round 16: everyday phrases that share words with the cues stay clean ("gi deg svar" is "give you", a place to grow up,
// "til slutt", empathy with what is hard to live with, time to spare, thanks for all your comments).
ruleTester(rule, {
  valid: [
    o('Vi kan gi deg svar i morgen, Kari. Takk for tålmodigheten!'),
    o('Me kan gje deg meir informasjon på telefon 56 52 00 00.'),
    o('Ulvik er ein god stad å vokse opp. Velkomen til nye familiar!'),
    o('Ulvik is a great place to grow up 🌄'),
    o('Til slutt å minna om at fristen er fredag.'),
    o('Vi forstår at det er vanskelig å leve med det, og vi beklager.'),
    o('Got time on your hands? Volunteer at the library!'),
    o('Takk for alle kommentarane dine, me set pris på engasjementet 😊'),
    o('Dessverre har vi ikkje tid til å svare på alle spørsmål her, men ring oss gjerne.'),
    o('Virtual reality at the library for you and your family this Saturday!'),
    o('Nei nei nei, for ein flott dag på 17. mai! 😄'),
  ],
  invalid: [],
});

// Round 17: words that are everyday outside a reproach stay clean (your kind words, a place to grow up, no one asked
// about this before, dare to try ice bathing, read a book this summer, people like you make the town).
ruleTester(rule, {
  valid: [
    o('Thanks for your kind words! We’ll pass them on 😊'),
    o('Ingen har spurt om dette før, så takk for at du tek det opp!'),
    o('Bli med på isbading laurdag om du tør! 🥶'),
    o('Prøv å lesa ei bok i sommar – biblioteket har ope heile juli 📚'),
    o('Vi treng folk som deg! Søk på stillinga innan 1. mars.'),
    o('Heradet skal syte for at alle får plass i barnehagen.'),
    o('Mange eldre orkar ikkje å måka snø sjølv, så me tilbyr hjelp.'),
    o('Skriv namnet med store bokstavar på skjemaet.'),
    o('It’s not your fault, and we’re sorry for the confusion.'),
    o('Drop everything and come to the summer party in the park on Saturday!'),
    o('Nagging cough? The health centre has drop-in hours on Tuesdays.'),
  ],
  invalid: [
    o('Folk som deg gjer ikkje jobben vår lettare.', { messageId: 'impolite' }),
    o('Vi orker ikke mer av dette maset.', { messageId: 'impolite' }),
  ],
});
