/**
 * Links in received content (issue 6, G12), production build. Fixture
 * conversations at messenger.com and x.com/messages: each kind of suspicious
 * link (shortener, raw IP, punycode, look-alike of the municipality and of a
 * brand, executable, a site-wrapped link, a log-in lure in nn and en) gets a
 * marker, safe links, an unknown link with ordinary words, and links
 * outside the message area or in the compose box are untouched, a link below
 * the fold is judged only when it is scrolled into view; a click (also a
 * middle click, and Enter on the focused link) on a marked link first shows
 * why, "Avbryt" stops it, "Opne likevel" lets the page's own handler run once
 * or the navigation happen. Every request is served here.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionId, launch, serveSites, type Launched } from './harness';
import { pageRoutes } from './fixtures/guard-routes';

const MESSENGER = 'https://www.messenger.com/t/links/';
const XDM = 'https://x.com/messages/links/';
const ARRIVED = '<!doctype html><title>arrived</title><p>arrived</p>';
const SUSPICIOUS = ['brand-lookalike', 'ip-host', 'lure-en', 'lure-nn', 'org-lookalike', 'punycode', 'risky-file', 'shortener', 'wrapped'];

let browser: Launched;
let refused: string[];

beforeAll(async () => {
  browser = await launch();
  const routes = {
    ...(await pageRoutes([{ file: 'links-messenger.html', url: MESSENGER }, { file: 'links-xdm.html', url: XDM }])),
    // The intended navigation targets.
    'https://www.nrk.no/vestland/': ARRIVED,
    'http://192.168.4.7/logg-inn': ARRIVED,
    'https://t.co/bad00001': ARRIVED,
    'https://t.co/safe0001': ARRIVED,
    'https://bit.ly/3abcXY': ARRIVED,
  };
  ({ refused } = await serveSites(browser.context, routes));
  await extensionId(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

const marked = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('a[data-varsam-link="suspicious"]')].map((a) => a.id).sort());
const linkPrompt = (page: Page) => page.evaluate(() => document.querySelector('varsam-dialog[data-kind="link-prompt"]')?.shadowRoot?.textContent ?? null);
const clicks = (page: Page) => page.evaluate(() => (window as unknown as { __linkClicks: string[] }).__linkClicks);

async function openConversation(url: string, expected: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction((n) => document.querySelectorAll('a[data-varsam-link]').length >= n, expected, { timeout: 5000 });
  await page.waitForTimeout(300);
  return page;
}

describe('Messenger-like conversation', () => {
  test('each kind of suspicious link is marked; safe, outside and compose-box links untouched; below the fold judged when visible', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(MESSENGER, { waitUntil: 'load' });
      const before = await page.evaluate(() => [...document.querySelectorAll('a')].map((a) => [a.id, a.getAttribute('href'), a.textContent]));
      await page.waitForFunction((n) => document.querySelectorAll('a[data-varsam-link]').length >= n, SUSPICIOUS.length, { timeout: 5000 });
      await page.waitForTimeout(300);
      expect(await marked(page)).toEqual(SUSPICIOUS);
      // Addresses and texts are never changed; safe links carry no attribute of ours.
      const after = await page.evaluate(() => [...document.querySelectorAll('a')].map((a) => [a.id, a.getAttribute('href'), a.textContent]));
      expect(after).toEqual(before);
      const safeAttrs = await page.evaluate(() => ['safe-official', 'safe-news'].map((id) => document.getElementById(id)!.getAttributeNames().sort().join(',')));
      expect(safeAttrs).toEqual(['href,id', 'href,id']);
      await page.evaluate(() => document.getElementById('far-below')!.scrollIntoView());
      await page.waitForFunction(() => document.getElementById('far-below')!.hasAttribute('data-varsam-link'), null, { timeout: 3000 });
      expect(await marked(page)).toEqual([...SUSPICIOUS, 'far-below'].sort());
    } finally {
      await page.close();
    }
  });

  test('a safe link navigates at once, through the page handler, with no prompt', async () => {
    const page = await openConversation(MESSENGER, SUSPICIOUS.length);
    try {
      await Promise.all([page.waitForURL('https://www.nrk.no/vestland/'), page.click('#safe-news')]);
      expect(await page.textContent('p')).toBe('arrived');
    } finally {
      await page.close();
    }
  });

  test('Avbryt: the prompt says why, no navigation and no page handler; Escape too', async () => {
    const page = await openConversation(MESSENGER, SUSPICIOUS.length);
    try {
      await page.click('#ip-host');
      await page.waitForSelector('varsam-dialog[data-kind="link-prompt"]');
      const text = await linkPrompt(page);
      expect(text).toContain('192.168.4.7');
      expect(text).toContain('IP-nummer');
      expect(text).toContain('Opne likevel');
      expect(text).toContain('Avbryt');
      await page.evaluate(() => (document.querySelector('varsam-dialog')!.shadowRoot!.querySelector('button.cancel') as HTMLButtonElement).click());
      await page.waitForTimeout(200);
      expect(page.url()).toBe(MESSENGER);
      expect(await clicks(page)).toEqual([]);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('ip-host');
      // Keyboard: Enter on the focused link prompts, Escape cancels.
      await page.keyboard.press('Enter');
      await page.waitForSelector('varsam-dialog[data-kind="link-prompt"]');
      await page.keyboard.press('Escape');
      expect(await linkPrompt(page)).toBeNull();
      expect(page.url()).toBe(MESSENGER);
      // Each reason is explained.
      await page.click('#brand-lookalike');
      expect(await linkPrompt(page)).toContain('dnb');
      await page.keyboard.press('Escape');
      await page.click('#risky-file');
      expect(await linkPrompt(page)).toContain('.exe');
      await page.keyboard.press('Escape');
      await page.click('#shortener');
      expect(await linkPrompt(page)).toContain('forkorta');
      await page.keyboard.press('Escape');
      // The log-in lure, from the words around the link (nn) and from the link text (en).
      await page.click('#lure-nn');
      expect(await linkPrompt(page)).toContain('logga inn eller stadfesta');
      await page.keyboard.press('Escape');
      await page.click('#lure-en');
      expect(await linkPrompt(page)).toContain('logga inn eller stadfesta');
      await page.keyboard.press('Escape');
      expect(await clicks(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('Opne likevel: the page handler runs once; a plain link navigates', async () => {
    const page = await openConversation(MESSENGER, SUSPICIOUS.length);
    try {
      await page.click('#org-lookalike');
      expect(await linkPrompt(page)).toContain('ulvik');
      await page.evaluate(() => (document.querySelector('varsam-dialog')!.shadowRoot!.querySelector('button.open') as HTMLButtonElement).click());
      await page.waitForTimeout(200);
      expect(await clicks(page)).toEqual(['org-lookalike']);
      expect(await page.evaluate(() => (window as unknown as { __handled: number }).__handled)).toBe(1);
      expect(await linkPrompt(page)).toBeNull();

      await page.click('#ip-host');
      await page.waitForSelector('varsam-dialog[data-kind="link-prompt"]');
      await page.keyboard.press('Tab'); // Avbryt -> Opne likevel
      await Promise.all([page.waitForURL('http://192.168.4.7/logg-inn'), page.keyboard.press('Enter')]);
      expect(await page.textContent('p')).toBe('arrived');
    } finally {
      await page.close();
    }
  });

  test('a middle click prompts first (no new tab); Opne likevel opens the link in a new tab once', async () => {
    const page = await openConversation(MESSENGER, SUSPICIOUS.length);
    try {
      const pagesBefore = browser.context.pages().length;
      await page.click('#shortener', { button: 'middle' });
      await page.waitForSelector('varsam-dialog[data-kind="link-prompt"]');
      expect(await linkPrompt(page)).toContain('forkorta');
      await page.waitForTimeout(300);
      expect(browser.context.pages().length).toBe(pagesBefore);
      await page.keyboard.press('Escape');
      expect(await linkPrompt(page)).toBeNull();
      await page.waitForTimeout(200);
      expect(browser.context.pages().length).toBe(pagesBefore);
      // A safe link's middle click is the browser's own: a new tab, no prompt.
      const [safe] = await Promise.all([browser.context.waitForEvent('page'), page.click('#safe-news', { button: 'middle' })]);
      await safe.close();
      expect(await linkPrompt(page)).toBeNull();
      // Opne likevel after a middle click: the link opens in a new tab, this page stays.
      await page.click('#shortener', { button: 'middle' });
      await page.waitForSelector('varsam-dialog[data-kind="link-prompt"]');
      const [opened] = await Promise.all([
        browser.context.waitForEvent('page'),
        page.evaluate(() => (document.querySelector('varsam-dialog')!.shadowRoot!.querySelector('button.open') as HTMLButtonElement).click()),
      ]);
      // A background tab may report an error page before its navigation commits: wait for the address.
      await opened.waitForURL('https://bit.ly/3abcXY');
      expect(await opened.textContent('p')).toBe('arrived');
      await opened.close();
      expect(page.url()).toBe(MESSENGER);
      expect(browser.context.pages().length).toBe(pagesBefore);
    } finally {
      await page.close();
    }
  });
});

describe('X-like direct messages (t.co links)', () => {
  test('judged by the shown target: shortener and brand look-alike marked, the safe and the internal link not', async () => {
    const page = await openConversation(XDM, 2);
    try {
      expect(await marked(page)).toEqual(['x-brand', 'x-shortener']);
      // Avbryt: no new tab; Opne likevel: the link opens as the anchor says (target=_blank), once.
      await page.click('#x-shortener');
      await page.waitForSelector('varsam-dialog[data-kind="link-prompt"]');
      await page.keyboard.press('Escape');
      const pagesBefore = browser.context.pages().length;
      await page.waitForTimeout(200);
      expect(browser.context.pages().length).toBe(pagesBefore);
      expect(await clicks(page)).toEqual([]);
      await page.click('#x-shortener');
      await page.waitForSelector('varsam-dialog[data-kind="link-prompt"]');
      const [popup] = await Promise.all([
        browser.context.waitForEvent('page'),
        page.evaluate(() => (document.querySelector('varsam-dialog')!.shadowRoot!.querySelector('button.open') as HTMLButtonElement).click()),
      ]);
      await popup.waitForLoadState('load');
      expect(popup.url()).toBe('https://t.co/bad00001');
      expect(await clicks(page)).toEqual(['x-shortener']);
      await popup.close();
      // A safe link opens with no prompt.
      const [safe] = await Promise.all([browser.context.waitForEvent('page'), page.click('#x-safe')]);
      await safe.waitForLoadState('load');
      expect(safe.url()).toBe('https://t.co/safe0001');
      await safe.close();
    } finally {
      await page.close();
    }
  });
});

test('no request left the machine but the intended navigations', () => {
  expect(refused).toEqual([]);
});
