// @vitest-environment happy-dom
/**
 * The received-link check's cheap parts and the log-in lure (issue 6, G12):
 * known-safe hosts settle a link without the engine, and never one the
 * engine would mark; the lure is found from the words around the link with
 * the engine's own G12 rule, in nn, nb and en.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { isKnownSafe, plainDomain, plainHostOf } from '../../src/content/links/known-safe';
import { isLure, messageAround, NEUTRAL_LINK, type Analyzer } from '../../src/content/links/lure';
import { startLinkWatch, type LinkWatchHandle } from '../../src/content/links/link-watch';
import { analyze } from '../../src/engine/index';
import { assessLink } from '../../src/engine/links';
import { facebook } from '../../src/sites/facebook';

const analyzer: Analyzer = (text, config) => analyze(text, { config });

describe('known-safe links need no engine', () => {
  test('own host, official domains and well-known domains are safe; the rest go to the engine', () => {
    const official = ['ulvik.kommune.no'];
    expect(isKnownSafe('https://www.facebook.com/groups/1', 'www.facebook.com', official)).toBe(true);
    expect(isKnownSafe('https://www.ulvik.kommune.no/tenester', 'www.messenger.com', official)).toBe(true);
    expect(isKnownSafe('https://www.nrk.no/vestland/', 'www.messenger.com', official)).toBe(true);
    expect(isKnownSafe('https://bit.ly/3abc', 'www.messenger.com', official)).toBe(false);
    expect(isKnownSafe('https://nrk.no.mine-dokument.info/', 'www.messenger.com', official)).toBe(false);
    expect(isKnownSafe('https://notnrk.no/', 'www.messenger.com', official)).toBe(false);
  });

  test('anything unusual goes to the engine: user info, backslashes, IP addresses, other schemes', () => {
    expect(plainHostOf('https://nrk.no@evil.example/')).toBeNull();
    expect(plainHostOf('https://nrk.no\\@evil.example/')).toBeNull();
    expect(plainHostOf('http://10.0.0.1/login')).toBeNull();
    expect(plainHostOf('ftp://nrk.no/')).toBeNull();
    expect(plainHostOf('https://WWW.NRK.no:443/x')).toBe('www.nrk.no');
    expect(isKnownSafe('https://www.nrk.no@10.0.0.1/', 'x.com', [])).toBe(false);
  });

  test('never clears a link the engine marks (safe-looking hosts with a suspicious engine verdict)', () => {
    const urls = [
      'https://www.nrk.no/', 'https://nrk.no.login-sikker.ru/', 'https://xn--nrk-yla.no/', 'https://bit.ly/x', 'https://www.vg.no/a.exe',
      'https://dnb-kundeservice.com/login', 'https://helsenorge.no.mine-dokument.info/', 'https://ulvik-kommune-faktura.info/betal',
    ];
    for (const url of urls) {
      if (isKnownSafe(url, 'www.messenger.com', [])) expect(assessLink(url, {}), url).toBeNull();
    }
  });

  test('official domains are read as the engine reads them', () => {
    expect(plainDomain('https://www.Ulvik.kommune.no/x')).toBe('ulvik.kommune.no');
    expect(plainDomain('*.ulvik.no')).toBe('ulvik.no');
  });
});

describe('log-in lure around a received link', () => {
  const around = (before: string, anchor: string, after = '') => ({ before, anchor, after });

  test('nn, nb and en: a request to log in, verify or confirm next to an unknown link', () => {
    expect(isLure(analyzer, around('Kontoen din blir stengd. Stadfest kontoen din her: ', 'skjema'), 'https://konto.example-mail.net/', {})).toBe(true);
    expect(isLure(analyzer, around('Hei! Du må ', 'logge inn her', ' for å bekrefte kontoen din.'), 'https://bekreft.example-mail.net/', {})).toBe(true);
    expect(isLure(analyzer, around('Your mailbox is full. ', 'Log in to verify your account'), 'https://mailbox.example-mail.net/a', {})).toBe(true);
  });

  test('the link text alone can be the lure', () => {
    expect(isLure(analyzer, around('', 'Verify your account'), 'https://secure.example-mail.net/', {})).toBe(true);
  });

  test('no lure: ordinary words, or an official or well-known domain', () => {
    expect(isLure(analyzer, around('Bilete frå turen: ', 'album'), 'https://photos.example-mail.net/album', {})).toBe(false);
    expect(isLure(analyzer, around('Logg inn for å stadfesta: ', 'Min side'), 'https://www.ulvik.kommune.no/min-side', { officialDomains: ['ulvik.kommune.no'] })).toBe(false);
    expect(isLure(analyzer, around('Log in to verify your account: ', 'altinn'), 'https://www.altinn.no/', {})).toBe(false);
  });

  test('a link suspicious for another reason is stood in for by a neutral address: only the words decide', () => {
    expect(assessLink(NEUTRAL_LINK)).toBeNull();
    expect(isLure(analyzer, around('Logg inn: ', '192.168.4.7/logg-inn'), NEUTRAL_LINK, {})).toBe(true);
    expect(isLure(analyzer, around('Klikk: ', 'bit.ly/3abcXY'), NEUTRAL_LINK, {})).toBe(false);
  });

  test('G12 switched off by configuration: no lure', () => {
    expect(isLure(analyzer, around('Your mailbox is full. ', 'Log in to verify your account'), 'https://m.example-mail.net/', { disabledGuidelines: [12] })).toBe(false);
  });
});

describe('the message around an anchor', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  test('the message block, split at the anchor; a list of messages is not one message', () => {
    document.body.innerHTML = `<div role="grid" id="grid"><div role="row"><span>Kontoen din er sperra. Stadfest her: <a id="a" href="https://x.example/">lenkje</a></span> i dag.</div><div role="row">Anna melding</div></div>`;
    const m = messageAround(document.getElementById('a')!, '[role="grid"]');
    expect(m).toEqual({ before: 'Kontoen din er sperra. Stadfest her: ', anchor: 'lenkje', after: ' i dag.' });
  });

  test('a message area that is one message is taken whole', () => {
    document.body.innerHTML = `<div id="list"><div data-testid="messageEntry"><p>Verify your account now.</p><p><a id="a" href="https://x.example/">here</a></p></div><div data-testid="messageEntry">Other</div></div>`;
    const m = messageAround(document.getElementById('a')!, '[data-testid="messageEntry"]');
    expect(m).toEqual({ before: 'Verify your account now.', anchor: 'here', after: '' });
  });
});

describe('link watcher with the lure reason (happy-dom)', () => {
  let links: LinkWatchHandle | null = null;
  afterEach(() => {
    links?.stop();
    links = null;
    document.body.innerHTML = '';
  });

  test('a lure link is marked and its prompt names the lure; a plain unknown link and a safe one are not', () => {
    document.body.innerHTML = `<div role="main"><div role="grid">
      <div role="row">Your password has expired. <a id="lure" href="https://pw-reset.example-mail.net/">Log in to verify your account</a></div>
      <div role="row">Bilete: <a id="plain" href="https://photos.example-mail.net/album">album</a></div>
      <div role="row">Nytt: <a id="safe" href="https://www.nrk.no/">nrk.no</a></div>
    </div></div>`;
    links = startLinkWatch(window, { adapter: () => facebook, lang: () => 'en', engineConfig: () => ({}), assessor: () => assessLink, analyzer: () => analyzer, loadEngine: async () => undefined });
    links.scanNow(true);
    expect(document.getElementById('lure')!.getAttribute('data-varsam-link')).toBe('suspicious');
    expect(document.getElementById('plain')!.hasAttribute('data-varsam-link')).toBe(false);
    expect(document.getElementById('safe')!.hasAttribute('data-varsam-link')).toBe(false);
    document.getElementById('lure')!.click();
    const text = document.querySelector('varsam-dialog')?.shadowRoot?.textContent ?? '';
    expect(text).toContain('log in or confirm');
  });

  test('a middle click (auxclick) on a suspicious link is stopped and prompts; a right click is not', () => {
    document.body.innerHTML = `<div role="main"><div role="grid"><div role="row">Klikk: <a id="bad" href="https://bit.ly/3abcXY">bit.ly/3abcXY</a></div></div></div>`;
    links = startLinkWatch(window, { adapter: () => facebook, lang: () => 'nn', engineConfig: () => ({}), assessor: () => assessLink, loadEngine: async () => undefined });
    links.scanNow(true);
    const a = document.getElementById('bad')!;
    const right = new MouseEvent('auxclick', { button: 2, bubbles: true, cancelable: true, composed: true });
    a.dispatchEvent(right);
    expect(right.defaultPrevented).toBe(false);
    expect(document.querySelector('varsam-dialog')).toBeNull();
    const middle = new MouseEvent('auxclick', { button: 1, bubbles: true, cancelable: true, composed: true });
    a.dispatchEvent(middle);
    expect(middle.defaultPrevented).toBe(true);
    expect(document.querySelector('varsam-dialog')?.shadowRoot?.textContent).toContain('forkorta');
  });
});
