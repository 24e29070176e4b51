/**
 * G2: e-mail addresses of a third person.
 *
 * Not a breach: an address at one of the organisation's official domains
 * (config.officialDomains and their subdomains), an office or role address
 * (postmottak@, post@, firmapost@, info@ …; src/rules/data/email-role.*.json),
 * or one the text gives as the writer's own or an office's ("send meg ein
 * e-post på", "kontakt servicetorget på").
 * A breach (warning): an address the text gives as somebody else's (his, her,
 * a relative's, a name's), by the same owner cues as g2-phone.
 * No owner stated: an `info` reminder, as for phone numbers, unless the
 * address is built from a name written elsewhere in the text ("Kari Nes …
 * kari.nes@gmail.com"): then it is that person's, a warning.
 */
import { Lexicon } from '../../engine/lexicon';
import { defineRule } from '../../engine/rule';
import roleEn from '../data/email-role.en.json';
import roleNn from '../data/email-role.nn.json';
import { scanEmails, scanObfuscatedEmails } from '../shared/email-scan';
import { tokenRange } from '../shared/number-context';
import { ownerOf, personRefs } from '../shared/person';

const ROLES = Lexicon.fromLists(roleNn, roleEn);

function isOfficialDomain(domain: string, official: readonly string[]): boolean {
  return official.some((d) => {
    const o = d.toLowerCase();
    return domain === o || domain.endsWith(`.${o}`);
  });
}

/** "post", "postmottak", "servicetorget.ulvik" → the first label of the local part is a role word. */
function isRoleLocal(local: string): boolean {
  let word = '';
  for (let i = 0; i < local.length; i += 1) {
    const c = local[i];
    if (c === '.' || c === '_' || c === '+') break;
    word += c;
  }
  return ROLES.has(word) || ROLES.has(local);
}

/** True when a label of the local part ("kari.nes82" → kari, nes82) is a name written elsewhere in the text. */
function localNamesSomeone(local: string, named: ReadonlySet<string>): boolean {
  if (named.size === 0) return false;
  let label = '';
  for (let i = 0; i <= local.length; i += 1) {
    const c = i < local.length ? local[i] : '.';
    if (c === '.' || c === '_' || c === '-' || c === '+') {
      if (named.has(label)) return true;
      label = '';
    } else if (c < '0' || c > '9') label += c;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'g2-email',
    guideline: 2,
    severity: 'warning',
    description: 'E-mail addresses given as a third person’s; official domains, role addresses (postmottak@, post@) and one’s own are fine.',
    messages: {
      thirdParty: {
        nn: 'Teksten ser ut til å dela e-postadressa til ein annan person. Private kontaktopplysningar skal ikkje publiserast.',
        nb: 'Teksten ser ut til å dele e-postadressen til en annen person. Private kontaktopplysninger skal ikke publiseres.',
        en: 'The text seems to share another person’s e-mail address. Private contact details must not be published.',
      },
      unattributed: {
        nn: 'Teksten inneheld ei e-postadresse. Er ho di eiga eller kontoret sitt? Del ikkje andre si private adresse.',
        nb: 'Teksten inneholder en e-postadresse. Er den din egen eller kontorets? Ikke del andres private adresse.',
        en: 'The text contains an e-mail address. Is it your own or the office’s? Do not share other people’s private addresses.',
      },
    },
    suggestions: {
      thirdParty: {
        nn: 'Ta bort adressa, eller vis til postmottaket eller eit offisielt kontaktpunkt.',
        nb: 'Fjern adressen, eller vis til postmottaket eller et offisielt kontaktpunkt.',
        en: 'Remove the address, or point to the official inbox or contact point.',
      },
    },
  },
  check({ doc, config, report }) {
    // plain addresses, and addresses written to dodge scanners ("kari.hansen (at) gmail.com", "per dot olsen at online dot no")
    const emails = [...scanEmails(doc.norm.lower), ...scanObfuscatedEmails(doc.norm.lower, doc.tokens)];
    if (emails.length === 0) return;
    // Names written elsewhere in the text ("Kari Nes … kari.nes@gmail.com"): the address is that person's.
    const named = new Set<string>();
    for (const r of personRefs(doc, config)) {
      if (r.kind !== 'name' && r.kind !== 'title') continue;
      for (let k = r.first; k < r.last; k += 1) if (doc.tokens[k].text.length >= 3) named.add(doc.tokens[k].text);
    }
    for (const m of emails) {
      if (isOfficialDomain(m.domain, config.officialDomains) || isRoleLocal(m.local)) continue;
      const { first, last } = tokenRange(doc, m.start, m.end);
      let owner = ownerOf(doc, first, last, config);
      if (owner === 'unknown' && localNamesSomeone(m.local, named)) owner = 'third';
      if (owner === 'third') report({ messageId: 'thirdParty', start: m.start, end: m.end });
      else if (owner === 'unknown') report({ messageId: 'unattributed', start: m.start, end: m.end, severity: 'info' });
    }
  },
});
