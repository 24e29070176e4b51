import rule from '../../src/rules/g2/email';
import { scanEmails } from '../../src/rules/shared/email-scan';
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester';

describe('scanEmails', () => {
  it('finds addresses and trims punctuation', () => {
    expect(scanEmails('skriv til kari.nes@gmail.com. takk').map((m) => m.local + '@' + m.domain)).toEqual(['kari.nes@gmail.com']);
    expect(scanEmails('(ola_n+1@epost.no)').map((m) => m.domain)).toEqual(['epost.no']);
  });
  it('skips things that are not addresses', () => {
    expect(scanEmails('@ulvikherad på Instagram')).toEqual([]);
    expect(scanEmails('a@b')).toEqual([]);
    expect(scanEmails('kl. 12@kantina')).toEqual([]);
    expect(scanEmails('x@y.z1')).toEqual([]);
    expect(scanEmails('@@@@')).toEqual([]);
  });
});

ruleTester(rule, {
  valid: [
    'Send søknaden til postmottak@ulvik.kommune.no innan fredag.',
    'Spørsmål? Skriv til servicetorget@ulvik.kommune.no',
    'Kari Nes i kulturavdelinga: kari.nes@ulvik.kommune.no',
    'Kontakt post@fjordhotell.no for bestilling.',
    'Send meg ein e-post på min.privat@gmail.com så ordnar vi det.',
    'Email me at ola.hansen@outlook.com if you are interested.',
    'Påmelding til firmapost@bygg.no eller info@lag.no.',
    'Følg oss på @ulvikherad!',
  ],
  invalid: [
    // round 2: a reflexive possessive gives the address to a third person; "X sende meg" makes X the owner
    { text: 'Faren til ein av elevane gav meg e-posten sin i går: bjorn.lie77@gmail.com', severity: 'warning' },
    { text: 'Ho på resepsjonen sendte meg adressa si: kari.moe@hotmail.com', severity: 'warning' },
    { text: 'Han som skreiv innlegget har adressa per.olsen@hotmail.com, send han ei helsing', messageId: 'thirdParty', severity: 'warning', excerpt: 'per.olsen@hotmail.com' },
    { text: 'E-posten til dottera hennar er lise.dahl@gmail.com.', excerpt: 'lise.dahl@gmail.com' },
    { text: 'Hun vil at vi skriver til henne på anne.b@online.no', excerpt: 'anne.b@online.no' },
    { text: 'Her is the address of Trond Vik: trondvik77@yahoo.no', excerpt: 'trondvik77@yahoo.no' },
    { text: 'Pasienten sin son sa vi kunne bruka nils_brekke@icloud.com', excerpt: 'nils_brekke@icloud.com' },
    { text: 'Kven eig denne adressa: xyz123@gmail.com?', messageId: 'unattributed', severity: 'info' },
  ],
});

ruleTester(rule, {
  valid: ['E-posten min er kari.nes@gmail.com, skriv gjerne!', 'My email is tom.berg@outlook.com if you want the recipe.'],
  invalid: [{ text: 'Sønnen til en av beboerne våre vil ha beskjed på e-post: tor.aasen@outlook.com', severity: 'warning' }],
});

ruleTester(rule, {
  valid: ['Kontakt Ulvik Sogelag på sogelag.ulvik@gmail.com for meir info.'],
  invalid: [
    { text: 'Har nokon e-posten til Kari Nes? Eg trur det er kari.nes@gmail.com', severity: 'warning', excerpt: 'kari.nes@gmail.com' },
    { text: 'Mr. Dahl wants answers. Try bdahl_55@yahoo.com, or dahl.b@yahoo.com.', severity: 'warning', excerpt: 'dahl.b@yahoo.com' },
  ],
});
