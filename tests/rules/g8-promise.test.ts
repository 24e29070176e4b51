import rule from '../../src/rules/g8/promise';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(rule, {
  valid: [
    'Søknadene blir handsama etter fristen 1. mars.',
    'Vi går gjennom søknadene i neste veke.',
    'Budsjettet blir nok vedteke i desember.',
    'Dette går nok bra, det er berre regn 🌧️',
    'We will review all applications after the deadline.',
    'Søknaden din blir behandlet så snart som mulig.',
  ],
  invalid: [
    { text: 'Slapp av, søknaden om barnehageplass går heilt sikkert gjennom 😉', messageId: 'promise' },
    { text: 'Jeg har sett på skjenkesøknaden, og den går helt sikkert gjennom.', messageId: 'promise' },
    { text: 'Tilbygget er for stort til byggesaka, så det blir nok avslag.', messageId: 'promise' },
    { text: 'Don’t worry, your application will be approved, I’ll make sure of it.', messageId: 'promise' },
    { text: 'About the application: the garage won’t be approved.', messageId: 'promise' },
    { text: 'Vi lovar at du får plass i barnehagen, sjølv om du søkte etter fristen.', messageId: 'promise' },
    { text: 'Søknaden din blir garantert innvilget.', messageId: 'promise' },
    { text: 'Saka di om skjenkeløyve kjem opp i mai. Du får nok ja.', messageId: 'promise' },
    { text: 'Tipper garasjen til Olsen blir godkjent neste uke, jeg har sett tegningene 😎', messageId: 'promise' },
    { text: 'I reckon your appeal will be granted, I have seen the documents.', messageId: 'promise' },
  ],
});

// Round 5: 'klart', 'sjølvsagt', 'of course' as certainty; deciding verbs (reject, avvisa) only with a case noun as object.
ruleTester(rule, {
  valid: [
    "Of course you'll get a reply, we answer all messages within two days",
    "Høyrer at formannskapet kjem til å seia nei til ny barnehage, pengane skal gå til vegen",
  ],
  invalid: [
    { text: "Klart du får byggeløyve for garasjen, eg har sett på søknaden og han er grei" },
    { text: "Selvfølgelig får dere startlån, søknaden ser fin ut" },
    { text: "The planning office is going to reject the cabin application, I heard it today" },
  ],
});

// Round 6: probe sentences of unseen kinds (insider knowledge of a neighbour's application, forms sent to the writer privately, grants, a job named before 'søknaden din'); benign ones every G8 rule leaves alone.
ruleTester(rule, {
  valid: [],
  invalid: [
    { text: "Eg skal sørgje for at du får plass på sjukeheimen" },
    { text: "You'll definitely get the grant, I've seen the numbers" },
    { text: "Søknaden din går nok gjennom, slapp av" },
    { text: "Ingen fare, du får nok bustøtte i år også" },
    { text: "I'll make sure your application is approved before Christmas" },
    { text: "Det går i orden med dispensasjonen din, eg har snakka med sjefen" },
  ],
});

// Round 7: 'til meg' after a document is handed to the writer; the writer's own application ('eg har søkt om barnehageplass til veslejenta').
ruleTester(rule, {
  valid: [],
  invalid: [
    { text: "Ho Berit på Vik har søkt om omsorgsløn, men ho får nok nei" },
  ],
});

// Round 3: jumping the queue, the money of an application, a policy on every case is no outcome of one.
ruleTester(rule, {
  valid: [
    'Tippar kommunen kjem til å avslå alle søknader om dispensasjon i strandsona i år.',
    'I bet they are going to reject every application for cabins near the shore this year.',
    'Eg flyttar snart, så eg står ikkje lenger i køen til barnehagen.',
  ],
  invalid: [
    { text: 'Send meg namnet ditt, så flyttar eg deg fram i køen til barnehageplass 😉' },
    { text: 'Klag på brøytinga, så flytter jeg deg frem i køen!' },
    { text: "Message me your address and I'll move you to the front of the queue." },
    { text: 'Eg har sett søknaden din om stønad, du får nok pengane neste veke.' },
    { text: 'Jeg har sett på søknaden, du får nok pengene før jul.' },
  ],
});
