/**
 * npm run screenshots: renders the popup, the options page and the in-page
 * warning of the built extension (.output/chrome-mv3) in headless Chromium,
 * to PNG files in docs/screenshots/. Pages are served locally by request
 * routing; nothing goes to the network. Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { extensionId, launch } from '../tests/e2e/harness';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

/** A synthetic identity number (passes the control digits, belongs to no one). */
const FNR = '02013299997';
const POST = `Kari på avdelinga vår har fødselsnummer ${FNR}, og ho er innlagd att. Dette er eigentleg underlagt teieplikt.`;

const FACEBOOK_PAGE = `<!doctype html>
<html lang="nn"><head><meta charset="utf-8"><title>Facebook (fixture)</title>
<style>
  body { font: 15px system-ui, sans-serif; margin: 0; background: #f0f2f5; color: #1c1e21; }
  header { background: #fff; padding: 10px 24px; font-weight: 700; color: #1877f2; font-size: 22px; box-shadow: 0 1px 2px #0002; }
  .composer { background: #fff; width: 560px; margin: 40px auto; border-radius: 8px; padding: 16px; box-shadow: 0 1px 3px #0003; }
  .composer h1 { font-size: 17px; margin: 0 0 12px; text-align: center; }
  [role="textbox"] { min-height: 120px; padding: 8px; outline: none; font-size: 18px; line-height: 1.4; }
  button.post { width: 100%; background: #1877f2; color: #fff; border: 0; border-radius: 6px; padding: 8px; font-weight: 600; margin-top: 12px; }
</style></head>
<body><header>facebook</header>
<form class="composer"><h1>Lag innlegg</h1>
<div role="textbox" contenteditable="true" aria-label="Kva tenkjer du på?"></div>
<button type="button" class="post">Publiser</button></form></body></html>`;

async function serveFacebook(context: BrowserContext): Promise<void> {
  await context.route('https://www.facebook.com/', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: FACEBOOK_PAGE }));
}

async function openExtensionPage(context: BrowserContext, id: string, file: string, size: { width: number; height: number }, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${id}/${file}`);
  await page.waitForSelector('[data-ready="true"]');
  return page;
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file, fullPage });
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await launch({ locale: 'nn-NO' });
  try {
    const { context } = browser;
    const id = await extensionId(context);
    await serveFacebook(context);

    // The in-page warning: a breaching post in a Facebook-like compose box, panel open.
    const site = await context.newPage();
    await site.setViewportSize({ width: 900, height: 640 });
    await site.goto('https://www.facebook.com/');
    await site.click('[role="textbox"]');
    await site.keyboard.type(POST);
    let indicator = true;
    try {
      await site.waitForFunction(() => (document.querySelector('varsam-indicator')?.getAttribute('data-guidelines') ?? '') !== '', undefined, { timeout: 15_000 });
      await site.click('varsam-indicator button.badge');
      await site.waitForTimeout(300);
      await shot(site, 'in-page-warning.png');
    } catch {
      indicator = false;
      console.warn('no in-page indicator appeared: in-page-warning.png not written');
    }

    // The popup, marked from the Facebook tab (which is the active tab when the popup loads).
    const popup = await openExtensionPage(context, id, 'popup.html', { width: 400, height: 600 }, 'light');
    await site.bringToFront();
    await popup.reload();
    await popup.waitForSelector('[data-ready="true"]');
    if (indicator) await popup.waitForSelector('[data-testid="tab-status"][data-state="breach"]', { timeout: 10_000 });
    await popup.locator('li.guideline[data-guideline="2"] summary').click();
    await popup.bringToFront();
    await shot(popup, 'popup.png');

    // The popup's own text check, in the dark colour scheme.
    const dark = await openExtensionPage(context, id, 'popup.html', { width: 400, height: 600 }, 'dark');
    await dark.fill('#check-text', POST);
    await dark.waitForSelector('li.finding');
    await dark.locator('#check-heading').scrollIntoViewIfNeeded();
    await dark.evaluate(() => document.getElementById('check-heading')?.scrollIntoView({ block: 'start' }));
    await shot(dark, 'popup-check-dark.png');

    // The options page.
    const options = await openExtensionPage(context, id, 'options.html', { width: 900, height: 900 }, 'light');
    await shot(options, 'options.png', true);
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
