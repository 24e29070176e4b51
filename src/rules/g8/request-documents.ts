/**
 * G8: asking for identity numbers or case documents in a comment or a private
 * message ("send meg bilete av kontoutskrifta på Messenger", "DM me your case
 * number", "send us your national ID number"). Pointing to the proper channel
 * (eDialog, postmottak, the website's form) is fine, and so is a warning not
 * to share ("ikkje send personnummeret ditt på Messenger").
 */
import { defineRule } from '../../engine/rule';
import { clauseIds } from '../shared/person';
import { clauseHasPrivateChannel, clauseHasProperChannel, DOCUMENTS as documents, IDENTITY_TERMS } from './case-context';


/** Verbs that ask for something to be handed over ("send meg", "legg ved", "DM me"). */
const REQUEST_VERBS = new Set([
  'send', 'sende', 'senda', 'dm', 'pm', 'inbox', 'message', 'gi', 'gje', 'give', 'oppgi', 'oppgje', 'legg', 'legge', 'leggja', 'attach',
  'post', 'share', 'del', 'dele', 'dela', 'skriv', 'skriva', 'skrive', 'write', 'gjev', 'oppgi', 'tast', 'type', 'ta', 'take', 'provide', 'upload', 'last', 'snap', 'fotografer', 'mail', 'email', 'e-post',
  'sender', 'sendar', 'gir', 'oppgir', 'oppgjev', 'legger', 'skriver', 'sends', 'leggje', 'legga', 'vis', 'vise', 'visa', 'show', 'scan', 'skann', 'skanne', 'skanna', 'poste', 'posta', 'forward', 'videresend', 'videresende', 'oppgje', 'sendt', 'fotografere', 'fotografera', 'text', 'whatsapp',
]);
/** Request verbs that are also nouns ("fått e-post med fakturaen", "got an email with the invoice"). */
const MAIL_WORDS = new Set(['e-post', 'mail', 'email', 'text', 'message', 'sms', 'dm', 'pm', 'post']);
/** Before such a word, these make it the noun: a received or named message, not a request. */
const NOUN_BEFORE = new Set(['fått', 'fekk', 'fikk', 'får', 'ein', 'en', 'ei', 'eit', 'et', 'an', 'a', 'the', 'this', 'that', 'med', 'på', 'via', 'per', 'by', 'got', 'get', 'on', 'i', 'in', 'min', 'mi', 'my', 'your', 'din', 'di']);
/** Verbs of needing: a request only with a question or "nokon" ("treng nokon personnummeret …?"). */
const NEED_VERBS = new Set(['treng', 'trenger', 'need', 'needs', 'trengst', 'trengs']);
/** Words that turn a request into a warning. */
const NEGATIONS = new Set(['ikkje', 'ikke', 'aldri', 'never', "don't", 'dont', 'not', 'no', 'ingen', 'avoid', 'unngå']);
/** Words that say the identity number is someone else's, asked about ("har nokon personnummeret til …"). */
const ASKING = new Set(['nokon', 'noen', 'anyone', 'somebody', 'someone', 'kven', 'hvem', 'who']);
/** Second-person possessives: the reader's own number or document ("personnummeret ditt", "your ID number"). */
const YOURS = new Set(['ditt', 'din', 'di', 'dine', 'dykkar', 'deres', 'your', 'yours']);
/** Digits in a value written out in the text ("fnr 14038712366", "1207.45.33891"): the number is given, not asked for. */
const VALUE_DIGITS = 6;
/** The writer as the receiver ("send meg", "give me"). */
const ME = new Set(['meg', 'me']);
/** "til meg", "to me" after the document: handed to the writer. */
const TO = new Set(['til', 'to']);
/** "here" after the document: posted in this thread ("legg ut kopi av legeerklæringa her"). */
const HERE = new Set(['her', 'here']);
/** Pronouns that stand for a document named just before ("Send den gjerne her i meldingar", "just send it here"). */
const DOC_PRONOUNS = new Set(['den', 'det', 'ho', 'han', 'dei', 'dem', 'de', 'it', 'them', 'these', 'those', 'desse', 'disse', 'dette']);
/** Words between a request verb and such a pronoun ("send den", "send meg den", "send it"). */
const PRONOUN_REACH = 2;
/** Sentences back from the pronoun in which the document must be named. */
const PRONOUN_SENTENCES = 1;
/** Words between a verb and the document it governs. */
const SPAN = 6;

/** Findings reported per text at most. */
const MAX_FINDINGS = 100;

export default defineRule({
  meta: {
    id: 'g8-request-documents',
    guideline: 8,
    severity: 'warning',
    description: 'Asking for identity numbers or case documents in comments or private messages.',
    messages: {
      request: {
        nn: 'Teksten ber om «{term}» i sosiale medium. Personopplysningar og saksdokument skal sendast gjennom sikre kanalar, ikkje i kommentarar eller private meldingar.',
        nb: 'Teksten ber om «{term}» i sosiale medier. Personopplysninger og saksdokumenter skal sendes gjennom sikre kanaler, ikke i kommentarer eller private meldinger.',
        en: 'The text asks for “{term}” on social media. Personal data and case documents must go through secure channels, not comments or private messages.',
      },
    },
    suggestions: {
      request: {
        nn: 'Be personen senda dette via eDialog, sikker digital post eller postmottak.',
        nb: 'Be personen sende dette via eDialog, sikker digital post eller postmottak.',
        en: 'Ask the person to send it through the secure online form, secure digital mail or the records office.',
      },
    },
  },
  check({ doc, context, report: send }) {
    // At most MAX_FINDINGS reports per text: enough to show, and a flood of matches stays cheap.
    let sent = 0;
    const report: typeof send = (r) => {
      if (sent < MAX_FINDINGS) send(r);
      sent += 1;
    };
    const t = doc.tokens;
    const matches = documents.match(t);
    if (matches.length === 0) return;
    const clause = clauseIds(doc);
    const text = doc.norm.lower;
    // Clauses that hold a question mark (after any of their tokens).
    const questions = new Set<number>();
    for (let k = 0; k < t.length; k += 1) {
      const gapEnd = k + 1 < t.length ? t[k + 1].start : text.length;
      for (let p = t[k].end; p < gapEnd; p += 1) {
        if (text.charCodeAt(p) === 0x3f) {
          questions.add(clause[k]);
          break;
        }
      }
    }
    // The first token after which the text writes out a long number: a number given, not asked for (G2's concern).
    let valueFrom = t.length;
    for (let k = 0; k < t.length; k += 1) {
      if (!t[k].numeric) continue;
      let digits = t[k].end - t[k].start;
      let j = k;
      while (j + 1 < t.length && t[j + 1].numeric && t[j + 1].start - t[j].end <= 1) {
        j += 1;
        digits += t[j].end - t[j].start;
      }
      if (digits >= VALUE_DIGITS) {
        valueFrom = k;
        break;
      }
      k = j;
    }
    // "e-post", "email" after "fått", "med", "an": a message named, not a verb of sending.
    const mailNoun = (k: number) => MAIL_WORDS.has(t[k].text) && k > 0 && NOUN_BEFORE.has(t[k - 1].text);
    const clauseNegated = (c: number) => {
      for (let k = 0; k < t.length; k += 1) if (clause[k] === c && NEGATIONS.has(t[k].text)) return true;
      return false;
    };
    for (const m of matches) {
      const c = clause[m.first];
      const inClause = (k: number) => k >= 0 && k < t.length && clause[k] === c;
      let request = false;
      let need = false;
      let negated = false;
      let asking = false;
      let toMe = false;
      for (let k = m.first - 1; inClause(k) && k >= m.first - SPAN; k -= 1) {
        const w = t[k].text;
        // "ta med teikningar" is bringing them to the office, not handing them over here
        if (REQUEST_VERBS.has(w) && !(w === 'ta' && t[k + 1]?.text === 'med') && !mailNoun(k)) {
          request = true;
          // "send meg …", "give me …": handed to the writer personally, outside the records
          if (k + 1 < m.first && ME.has(t[k + 1].text)) toMe = true;
        }
        if (NEED_VERBS.has(w)) need = true;
        if (NEGATIONS.has(w)) negated = true;
        if (ASKING.has(w)) asking = true;
      }
      let here = false;
      for (let k = m.last; inClause(k) && k < m.last + SPAN; k += 1) {
        const w = t[k].text;
        // "send søknaden på nytt til meg": handed to the writer personally
        if (ME.has(w) && k > 0 && TO.has(t[k - 1].text)) toMe = true;
        if (REQUEST_VERBS.has(w) && k > m.last && !mailNoun(k)) request = true;
        if (HERE.has(w)) here = true;
      }
      const yours = YOURS.has(t[m.last]?.text ?? '') || YOURS.has(t[m.first - 1]?.text ?? '');
      if (negated) continue;
      // "Treng skyss til ein elev (fnr 14038712366)", "Har noen kontonummeret til Ingvild? … 1207.45.33891":
      // a third person's number written out is disclosed, not requested.
      if (valueFrom < t.length && valueFrom >= m.first && !yours) continue;
      const question = questions.has(c);
      const privateChannel = toMe || clauseHasPrivateChannel(doc, m.first);
      // "Send me a copy of your passport and the form via DM": asked for in a private channel, a form named beside it does not make it proper.
      const proper = clauseHasProperChannel(doc, m.first) && !(request && privateChannel && !clauseNegated(c));
      const idNumber = IDENTITY_TERMS.has(m.term) || m.term.includes('nummer') || m.term.includes('number') || m.term.includes('nr');
      const asked =
        (!proper && request && (privateChannel || here || idNumber || context === 'official')) ||
        (!proper && need && (question || asking || yours) && (privateChannel || idNumber)) ||
        (!proper && idNumber && asking && question);
      if (asked) report({ messageId: 'request', start: m.start, end: m.end, data: { term: text.slice(m.start, m.end) } });
    }
    // "Vi manglar legeerklæringa. Send ho gjerne her i meldingar": the document asked for by a pronoun, in a private
    // channel or here, named in the same or the sentence before.
    let d = 0;
    for (let k = 0; k < t.length && sent === 0; k += 1) {
      if (!REQUEST_VERBS.has(t[k].text) || mailNoun(k)) continue;
      let p = -1;
      for (let j = k + 1; j < t.length && j <= k + PRONOUN_REACH && clause[j] === clause[k]; j += 1) if (DOC_PRONOUNS.has(t[j].text)) p = j;
      if (p < 0) continue;
      const sentence = t[k].sentence;
      while (d < matches.length && t[matches[d].first].sentence < sentence - PRONOUN_SENTENCES) d += 1;
      if (d >= matches.length || matches[d].first >= k) continue;
      const c = clause[k];
      if (questions.has(c) || clauseNegated(c)) continue;
      let here = false;
      for (let j = p + 1; j < t.length && j <= p + SPAN && clause[j] === c; j += 1) if (HERE.has(t[j].text)) here = true;
      const privately = clauseHasPrivateChannel(doc, k);
      // "send det via skjemaet" points to the proper channel; "send det til meg på Messenger" beside a form does not.
      if ((!here && !privately) || (clauseHasProperChannel(doc, k) && !privately)) continue;
      report({ messageId: 'request', start: t[k].start, end: t[p].end, data: { term: text.slice(t[k].start, t[p].end) } });
    }
  },
});
