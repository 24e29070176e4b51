/**
 * The first guarded send in a fresh browser profile (issue 6): the engine is
 * injected on first need, so the very first analysis may still be pending when
 * the employee presses send. Each case starts its own browser with a new
 * profile, opens a fixture, types and sends at once, and expects the prompt
 * for a high finding, and one send with no prompt for a clean text.
 */
import { afterEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serveSites, type Launched } from './harness';
import { validFnr } from './content-helpers';
import { pageRoutes } from './fixtures/guard-routes';

const FNR = validFnr('010190', 123);
const HIGH = `Pasienten Kari Nordmann, fnr ${FNR}, er innlagd med demens`;
const CLEAN = 'Fin tur i fjellet i dag, sola skein heile dagen.';

const PAGES = {
  lexical: { file: 'guard-lexical.html', url: 'https://www.facebook.com/guard/', box: '#editor', send: '[aria-label="Post"]' },
  messenger: { file: 'guard-messenger.html', url: 'https://www.messenger.com/t/guard/', box: '#editor', send: '[aria-label="Press enter to send"]' },
  draft: { file: 'guard-draft.html', url: 'https://x.com/guard/', box: '[data-testid="tweetTextarea_0"]', send: '[data-testid="tweetButtonInline"]' },
};

type Sent = { how: string; text: string }[];
let browser: Launched | null = null;
let refused: string[] = [];

afterEach(async () => {
  await browser?.close();
  browser = null;
  expect(refused).toEqual([]);
});

/** A new browser with a new profile; the first page is the fixture, with the text typed at once. */
async function fresh(name: keyof typeof PAGES, body: string): Promise<Page> {
  browser = await launch();
  ({ refused } = await serveSites(browser.context, await pageRoutes([PAGES[name]])));
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(PAGES[name].url, { waitUntil: 'load' });
  await page.click(PAGES[name].box);
  await page.keyboard.type(body);
  return page;
}

const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: Sent }).__sent);
const dialogOpen = (page: Page) => page.evaluate(() => Boolean(document.querySelector('varsam-dialog[data-kind="send-guard"]')));

/** The prompt comes (the send waits for settings, the engine and the check); nothing was sent meanwhile. */
async function expectPrompt(page: Page): Promise<void> {
  await page.waitForSelector('varsam-dialog[data-kind="send-guard"]', { timeout: 15_000 });
  expect(await sent(page)).toEqual([]);
}

/** "Publiser likevel" sends exactly once. */
async function postAnyway(page: Page, how: string): Promise<void> {
  await page.evaluate(() => (document.querySelector('varsam-dialog')!.shadowRoot!.querySelector('button.post') as HTMLButtonElement).click());
  await page.waitForTimeout(300);
  expect((await sent(page)).map((s) => s.how)).toEqual([how]);
  expect(await dialogOpen(page)).toBe(false);
}

/** A clean text goes out exactly once, with no prompt. */
async function expectOneSend(page: Page, how: string): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __sent: Sent }).__sent.length > 0, null, { timeout: 15_000 });
  await page.waitForTimeout(500);
  expect(await dialogOpen(page)).toBe(false);
  expect((await sent(page)).map((s) => s.how)).toEqual([how]);
}

test('Messenger: Enter at once after typing an identity number gets the prompt; Publiser likevel sends once', async () => {
  const page = await fresh('messenger', HIGH);
  await page.keyboard.press('Enter');
  await expectPrompt(page);
  await postAnyway(page, 'enter');
});

test('Facebook: a click on Post at once after typing an identity number gets the prompt; Publiser likevel sends once', async () => {
  const page = await fresh('lexical', HIGH);
  await page.click(PAGES.lexical.send);
  await expectPrompt(page);
  await postAnyway(page, 'click');
});

test('X: Ctrl+Enter at once after typing an identity number gets the prompt', async () => {
  const page = await fresh('draft', HIGH);
  await page.keyboard.press('Control+Enter');
  await expectPrompt(page);
});

test('Messenger: a clean text sent with Enter at once goes out exactly once, with no prompt', async () => {
  const page = await fresh('messenger', CLEAN);
  await page.keyboard.press('Enter');
  await expectOneSend(page, 'enter');
});

test('Facebook: a clean text sent with a click at once goes out exactly once, with no prompt', async () => {
  const page = await fresh('lexical', CLEAN);
  await page.click(PAGES.lexical.send);
  await expectOneSend(page, 'click');
});
