/**
 * G2: a street address with a house number that reads as somebody's home:
 * "Storgata 12, 5730 Ulvik" (a four-digit postcode and a place right after),
 * "bur i Granvinsvegen 38", "adressa hans er Hakestadvegen 3B".
 *
 * A street is a word ending in a street-name ending from
 * src/rules/data/street-suffix.*.json ("-vegen", "-veien", "-gata", "-bakken",
 * "-tunet", "-lia", …), or a capitalised word followed by a street word written
 * apart ("Kong Oscars gate"), then a house number (1–4 digits, an optional
 * letter). Without a postcode, an address word ("bur i", "bor i", "lives at",
 * "adresse") or a person right before it ("til Ingrid Haugland i Bakkevegen
 * 14", "Mrs. Olsen in Fjordgata 8") a street name is just a place and is not
 * reported.
 * The writer's own address ("eg bur i …") and an office's (rådhuset,
 * servicetorget) are not a breach; anyone else's, or one with no owner, is a
 * warning.
 */
import { Lexicon } from '../../engine/lexicon';
import { defineRule } from '../../engine/rule';
import type { Token } from '../../engine/tokens';
import contextEn from '../data/address-context.en.json';
import contextNb from '../data/address-context.nb.json';
import contextNn from '../data/address-context.nn.json';
import suffixEn from '../data/street-suffix.en.json';
import suffixNb from '../data/street-suffix.nb.json';
import suffixNn from '../data/street-suffix.nn.json';
import { clauseIds, firstPersonAt, ownerOf, personRefs } from '../shared/person';

const SUFFIXES = [...new Set([...suffixNn.terms, ...suffixNb.terms, ...suffixEn.terms])];
const CONTEXT = Lexicon.fromLists(contextNn, contextNb, contextEn);
/** How many tokens before the street an address word may be ("bur no i Storgata 2"). */
const CONTEXT_BACK = 6;
/** Words that may stand between a person and their street: "Ingrid Haugland i Bakkevegen 14", "Mrs. Olsen in Fjordgata 8", "Randi K., Storgata 7B". */
const PERSON_LINKS = new Set(['i', 'in', 'på', 'at', 'on', 'hos', 'hjå', 'frå', 'fra', 'from']);
/** How many tokens after the house number the postcode may be ("12, 5730 Ulvik"; "12 B, 5730"). */
const POSTCODE_AHEAD = 3;
/** How far before the street a first-person subject makes it the writer's own ("eg bur no i …"). */
const OWN_SUBJECT_BACK = 5;

function isHouseNumber(tok: Token): boolean {
  const s = tok.text;
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i += 1;
  if (i === 0 || i > 4) return false;
  return i === s.length || (i === s.length - 1 && s.charCodeAt(i) >= 97 && s.charCodeAt(i) <= 122);
}

/** "3 B", "12 c": a one-letter token after the number; never the preposition "i" or "å" ("Furulia 7 i kveld"). */
function isHouseLetter(original: string, tok: Token): boolean {
  if (tok.text.length !== 1 || tok.numeric) return false;
  return (original >= 'A' && original <= 'H') || (original >= 'a' && original <= 'h');
}

function isPostcode(tok: Token): boolean {
  return tok.numeric && tok.text.length === 4;
}

/** Is token i a street name (or the end of a two-word one)? */
function isStreet(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i].text;
  for (const s of SUFFIXES) {
    if (t === s) {
      // a street word written apart: "Kong Oscars gate"
      if (i > 0 && tokens[i - 1].capitalized && !tokens[i - 1].numeric && tokens[i - 1].end < tokens[i].start) return true;
    } else if (t.length >= s.length + 3 && t.endsWith(s)) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'g2-address',
    guideline: 2,
    severity: 'warning',
    description: 'Home addresses: a street name and number with a postcode, or after "bur i / bor i / lives at / adresse"; own and office addresses are fine.',
    messages: {
      address: {
        nn: 'Teksten ser ut til å dela ei heimeadresse. Adressa til andre skal ikkje publiserast.',
        nb: 'Teksten ser ut til å dele en hjemmeadresse. Andres adresse skal ikke publiseres.',
        en: 'The text seems to share a home address. Other people’s addresses must not be published.',
      },
    },
    suggestions: {
      address: {
        nn: 'Ta bort gateadressa; skriv heller berre staden («på Hakestad»).',
        nb: 'Fjern gateadressen; skriv heller bare stedet («på Hakestad»).',
        en: 'Remove the street address; name the area instead (“at Hakestad”).',
      },
    },
  },
  check({ doc, config, report }) {
    const t = doc.tokens;
    // Most texts hold no street with a number: the rest is read only when one is found.
    let i0 = 0;
    while (i0 + 1 < t.length && (t[i0].numeric || t[i0].text.length < 3 || !isHouseNumber(t[i0 + 1]) || !isStreet(t, i0))) i0 += 1;
    if (i0 + 1 >= t.length) return;
    const clause = clauseIds(doc);
    const isFirst = new Uint8Array(t.length);
    for (const f of firstPersonAt(doc)) isFirst[f] = 1;
    // a person reference ends here: the street right after it is where that person is
    // built on the first street with a number only (most texts have none)
    let personEnd: Uint8Array | null = null;
    const personEndsAt = (k: number): boolean => {
      if (!personEnd) {
        personEnd = new Uint8Array(t.length + 1);
        for (const r of personRefs(doc, config)) if (r.kind !== 'pronoun') personEnd[r.last] = 1;
      }
      return personEnd[k] === 1;
    };
    const contextAt = new Uint8Array(t.length);
    for (const m of CONTEXT.match(t)) contextAt[m.first] = 1;
    for (let i = i0; i + 1 < t.length; i += 1) {
      if (t[i].numeric || t[i].text.length < 3 || !isHouseNumber(t[i + 1]) || !isStreet(t, i)) continue;
      const streetFirst = t[i].text.length <= 6 && i > 0 && t[i - 1].capitalized ? i - 1 : i;
      let numberEnd = i + 2;
      // "3 B": a separate one-letter token
      if (numberEnd < t.length && isHouseLetter(doc.norm.original.charAt(doc.norm.origStart(t[numberEnd].start)), t[numberEnd]) && t[numberEnd].start - t[i + 1].end <= 1) numberEnd += 1;
      let postcode = false;
      // Where the address ends: after the postcode and its place ("Rådhusvegen 2, 5730 Fjordvik"), whose name is no owner.
      let addressEnd = numberEnd;
      for (let k = numberEnd; k < t.length && k < numberEnd + POSTCODE_AHEAD && !postcode; k += 1) {
        if (isPostcode(t[k]) && k + 1 < t.length && t[k + 1].capitalized) {
          postcode = true;
          addressEnd = k + 2;
        }
      }
      let addressWord = false;
      for (let k = streetFirst - 1; k >= 0 && k >= streetFirst - CONTEXT_BACK && !addressWord; k -= 1) if (contextAt[k]) addressWord = true;
      // "til Ingrid Haugland i Bakkevegen 14": a person, then at most an initial and a preposition, then the street
      let personAt = false;
      for (let k = streetFirst; k >= 0 && k >= streetFirst - 2 && !personAt; k -= 1) {
        if (personEndsAt(k) && clause[Math.max(k - 1, 0)] === clause[streetFirst]) personAt = true;
        else if (k > 0 && !PERSON_LINKS.has(t[k - 1].text) && t[k - 1].text.length > 1) break;
      }
      if (!postcode && !addressWord && !personAt) continue;
      // "eg bur i …", "I live at …": the writer's own address
      let ownSubject = false;
      for (let k = streetFirst - 1; k >= 0 && k >= streetFirst - OWN_SUBJECT_BACK && !ownSubject; k -= 1) ownSubject = isFirst[k] === 1 && clause[k] === clause[streetFirst];
      if (ownSubject) continue;
      const owner = ownerOf(doc, streetFirst, addressEnd, config);
      if (owner === 'self' || owner === 'office') continue;
      const start = t[streetFirst].start;
      const end = t[numberEnd - 1].end;
      report({ messageId: 'address', start, end });
      i = numberEnd - 1;
    }
  },
});
