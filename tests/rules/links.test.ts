/** Link finding and assessment (src/rules/shared/links.ts), independent of the rule runner. */
import { describe, expect, it } from 'vitest';
import { assessLink, findLinks, MAX_LINKS, type LinkReason } from '../../src/rules/shared/links';
import { isMixedScript, skeleton, withinOneEdit } from '../../src/rules/shared/links-lookalike';

const config = { officialDomains: ['ulvik.kommune.no'], organizationNames: ['ulvik'] };

describe('assessLink', () => {
  const suspicious: [string, LinkReason, string?][] = [
    ['https://bit.ly/3abc', 'shortener'],
    ['https://tinyurl.com/ab12', 'shortener'],
    ['http://buff.ly/x', 'shortener'],
    ['https://rebrand.ly/offer', 'shortener'],
    ['http://192.0.2.7/login', 'ip-host'],
    ['http://[2001:db8::7]/a', 'ip-host'],
    ['http://3232235777/', 'ip-host'],
    ['https://xn--bnkid-qua.no/logg-inn', 'punycode'],
    ['https://vіpps.no/login', 'mixed-script'], // Cyrillic і
    ['https://ulvik-herad.net', 'org-lookalike', 'ulvik'],
    ['https://ulvikherad-login.com/', 'org-lookalike', 'ulvik'],
    ['https://uIvik.kommune-portal.com', 'org-lookalike', 'ulvik'],
    ['https://ulvik.net/lonn', 'org-lookalike', 'ulvik'],
    ['https://bankid-oppdatering.net/start', 'brand-lookalike', 'bankid'],
    ['https://vipps-kampanje.xyz', 'brand-lookalike', 'vipps'],
    ['https://nav-utbetaling.com', 'brand-lookalike', 'nav'],
    ['https://posten-toll.info/betal', 'brand-lookalike', 'posten'],
    ['https://altinn.no.skjema-innlevering.com', 'brand-lookalike', 'altinn'],
    ['https://skateetaten.no/refusjon', 'brand-lookalike', 'skatteetaten'],
    ['https://helsenorqe.no', 'brand-lookalike', 'helsenorge'],
    ['https://sparebank1-sikker.com', 'brand-lookalike', 'sparebank1'],
    ['https://nordea-verify.net', 'brand-lookalike', 'nordea'],
    ['https://office365-mail.support', 'brand-lookalike', 'office365'],
    ['https://rnicrosoft.com/login', 'brand-lookalike', 'microsoft'],
    ['https://dnb-no.kundeservice.info', 'brand-lookalike', 'dnb'],
    ['https://example.org/files/setup.exe', 'risky-file'],
    ['https://example.org/a/b/faktura.zip?dl=1', 'risky-file'],
    ['https://example.org/app.apk', 'risky-file'],
    ['https://example.org/x.msi#top', 'risky-file'],
    ['https://example.org/update.js', 'risky-file'],
  ];
  it.each(suspicious)('%s → %s', (url, reason, imitates) => {
    const a = assessLink(url, config);
    expect(a).not.toBeNull();
    expect(a!.reasons).toContain(reason);
    if (imitates) expect(a!.imitates).toBe(imitates);
  });

  const fine = [
    'https://www.ulvik.kommune.no/kultur',
    'https://ulvik.kommune.no',
    'https://intranett.ulvik.kommune.no/setup.exe', // official: never flagged (G6)
    'https://www.nav.no/no/person',
    'https://www.altinn.no',
    'https://helsenorge.no/vaksiner',
    'https://www.vipps.no',
    'https://www.bankid.no',
    'https://www.dnb.no/privat',
    'https://www.posten.no/sporing',
    'https://www.skatteetaten.no',
    'https://login.microsoftonline.com/',
    'https://www.microsoft.com/nb-no',
    'https://www.nrk.no/vestland/',
    'https://www.yr.no',
    'https://visitulvik.no', // a local business with the name, no municipal word
    'https://www.example.org/rapport.pdf',
    'https://poster.com/shop',
    'mailto:postmottak@ulvik.kommune.no',
    '',
  ];
  it.each(fine)('%s is fine', (url) => {
    expect(assessLink(url, config)).toBeNull();
  });

  it('takes official domains from the configuration, with or without scheme and www', () => {
    expect(assessLink('https://ulvik-herad.net/x', { officialDomains: ['https://www.ulvik-herad.net/'], organizationNames: ['ulvik'] })).toBeNull();
  });

  it('never throws on odd input', () => {
    for (const u of ['http://', '://', 'http://[', 'mailto:', '@', 'x'.repeat(10000), 'http://%%%/', 'http://a..b/']) {
      expect(() => assessLink(u, config)).not.toThrow();
    }
    expect(assessLink(undefined as unknown as string, config)).toBeNull();
  });
});

describe('findLinks', () => {
  it('finds links with and without a scheme, with offsets', () => {
    const text = 'Sjå «http://helsenorge.no.mine-dokument.info» og tinyurl.com/abc, eller www.nrk.no. Skriv til postmottak@ulvik.kommune.no.';
    const links = findLinks(text);
    expect(links.map((l) => text.slice(l.start, l.end))).toEqual([
      'http://helsenorge.no.mine-dokument.info',
      'tinyurl.com/abc',
      'www.nrk.no',
      'postmottak@ulvik.kommune.no',
    ]);
    expect(links[3].email).toBe(true);
  });

  it('does not read numbers, dates or versions as links', () => {
    expect(findLinks('Versjon 1.2.3.4 kom 12.05.2024 kl. 09.00, IP 10.0.0.5.')).toEqual([]);
  });

  it('caps the number of links', () => {
    expect(findLinks('https://a.no/x '.repeat(MAX_LINKS + 50)).length).toBe(MAX_LINKS);
  });

  it('is fast on pathological input (100k characters)', () => {
    for (const s of ['http://'.repeat(15000), 'a.'.repeat(50000), '@'.repeat(100000), '1'.repeat(100000), 'a@b.'.repeat(25000), 'x.no/'.repeat(20000)]) {
      findLinks(s); // warm up
      // CPU time of the fastest of five runs: the machine may be busy with other work.
      let best = Infinity;
      for (let k = 0; k < 5; k += 1) {
        const c0 = process.cpuUsage();
        findLinks(s);
        const used = process.cpuUsage(c0);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      expect(best, s.slice(0, 10)).toBeLessThan(50);
    }
  });
});

describe('look-alike helpers', () => {
  it('folds look-alike characters', () => {
    expect(skeleton('rnicrosoft')).toBe(skeleton('microsoft'));
    expect(skeleton('u1vik')).toBe(skeleton('ulvik'));
    expect(skeleton('p0sten')).toBe(skeleton('posten'));
    expect(skeleton('vvindows')).toBe(skeleton('windows'));
  });
  it('compares within one edit', () => {
    expect(withinOneEdit('vipps', 'vips')).toBe(true);
    expect(withinOneEdit('vipps', 'vippss')).toBe(true);
    expect(withinOneEdit('vipps', 'vlpps')).toBe(true);
    expect(withinOneEdit('vipps', 'viqqs')).toBe(false);
  });
  it('finds mixed scripts', () => {
    expect(isMixedScript('vіpps.no')).toBe(true);
    expect(isMixedScript('blåbær.no')).toBe(false);
    expect(isMixedScript('пример.рф')).toBe(false);
  });
});
