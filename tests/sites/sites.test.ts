// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { SITES, adapterForHost, cleanHost, contentScriptMatches, generic, originsForHosts } from '../../src/sites/index';

const none = { add: [], skip: [] };

describe('site adapters', () => {
  test('every named site has hosts, https match patterns, selectors with editor and where they were seen', () => {
    const ids = new Set<string>();
    for (const site of SITES) {
      expect(ids.has(site.id)).toBe(false);
      ids.add(site.id);
      expect(site.hosts.length).toBeGreaterThan(0);
      expect(site.boxes.length).toBeGreaterThan(0);
      for (const m of site.matches) {
        expect(m.startsWith('https://')).toBe(true);
        expect(m.endsWith('/*')).toBe(true);
        expect(m.includes('*.')).toBe(false);
      }
      for (const host of site.hosts) expect(site.matches).toContain(`https://${host}/*`);
      for (const b of site.boxes) {
        expect(b.seenOn.length).toBeGreaterThan(5);
        expect(() => document.querySelector(b.selector)).not.toThrow();
      }
    }
    expect([...ids].sort()).toEqual(['bluesky', 'facebook', 'instagram', 'linkedin', 'mastodon', 'reddit', 'threads', 'x', 'youtube']);
  });

  test('the manifest matches are the named sites only, never broad', () => {
    const matches = contentScriptMatches();
    expect(matches).toContain('https://www.facebook.com/*');
    expect(matches).toContain('https://x.com/*');
    expect(matches).toContain('https://mastodon.social/*');
    expect(matches).toContain('https://mastodon.online/*');
    for (const m of matches) {
      expect(m).not.toBe('<all_urls>');
      expect(m.startsWith('*://*')).toBe(false);
      expect(m.startsWith('https://*/')).toBe(false);
    }
    expect(new Set(matches).size).toBe(matches.length);
  });

  test('adapterForHost picks the site, honours skip by id or host, and uses the generic adapter for added hosts', () => {
    expect(adapterForHost('www.facebook.com', none)?.id).toBe('facebook');
    expect(adapterForHost('x.com', none)?.id).toBe('x');
    expect(adapterForHost('mastodon.online', none)?.id).toBe('mastodon');
    expect(adapterForHost('www.facebook.com', { add: [], skip: ['facebook'] })).toBeNull();
    expect(adapterForHost('x.com', { add: [], skip: ['x.com'] })).toBeNull();
    expect(adapterForHost('example.org', none)).toBeNull();
    expect(adapterForHost('intranett.ulvik.kommune.no', { add: ['ulvik.kommune.no'], skip: [] })).toBe(generic);
    expect(adapterForHost('intranett.ulvik.kommune.no', { add: ['ulvik.kommune.no'], skip: ['intranett.ulvik.kommune.no'] })).toBeNull();
    expect(adapterForHost('evilulvik.kommune.no', { add: ['ulvik.kommune.no'], skip: [] })).toBeNull();
  });

  test('configured hosts are cleaned; bad ones give no pattern', () => {
    expect(cleanHost('https://Intranett.Ulvik.kommune.no/start?x=1')).toBe('intranett.ulvik.kommune.no');
    expect(cleanHost('*.ulvik.kommune.no')).toBe('ulvik.kommune.no');
    expect(cleanHost('localhost')).toBe('');
    expect(cleanHost('bad host.no')).toBe('');
    expect(cleanHost('')).toBe('');
    expect(originsForHosts(['ulvik.kommune.no', 'nope', 'ulvik.kommune.no'])).toEqual(['https://ulvik.kommune.no/*', 'https://*.ulvik.kommune.no/*']);
  });
});
