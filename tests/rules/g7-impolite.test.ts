import rule from '../../src/rules/g7/impolite';
import { ruleTester } from '../helpers/rule-tester';

const official = { context: 'official' as const };
const o = (text: string, extra: Record<string, unknown> = {}) => ({ text, options: official, ...extra });

ruleTester(rule, {
  valid: [
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
    o('Takk for innspelet ditt. Vi ser på saka og kjem tilbake til deg så snart vi kan.'),
    o('Hei Ola! Som nemnt i innlegget vårt er vegen allereie brøyta, men vi sender mannskapet ut igjen no.'),
    o('Skulle du ha fleire spørsmål, kan du ringa servicetorget i staden for å venta på svar her.'),
    o('Thanks Mark! As mentioned, the library is already open on Sundays 📚'),
    o('You should have received a letter about this already. If not, please contact us.'),
    // Private context: G7 does not apply.
    'Kanskje du skulle lesa nettsida før du klagar? 🙄',
  ],
  invalid: [
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
