/**
 * Force-install of the self-hosted package in a fresh Chromium profile: the
 * build is packed with a throwaway key (npm run package:selfhost), served with
 * its update.xml by a small HTTP server on 127.0.0.1, and named in an
 * ExtensionInstallForcelist policy file (removed afterwards, also on
 * failure). Chromium installs it on its own, and its content script then
 * warns on a fixture page. Playwright's --disable-extensions and
 * --disable-background-networking are left out, or Chromium would not install.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionIdFromPem } from '../../deploy/lib/identity';
import { packageSelfhost, type SelfhostResult } from '../../scripts/package-selfhost';
import { removeOnExit, removePolicy, removeStalePolicies, writePolicy } from '../deploy/policy-files';
import { allRoutes, FIXTURES, indicatorState, openFixture, validFnr } from './content-helpers';
import { CHROMIUM, EXTENSION_DIR, QUIET_FLAGS, serveSites } from './harness';

const FILE = 'varsam-test-forceinstall.json';
const SENSITIVE = `Pasienten Kari Nordmann, fnr ${validFnr('010190', 123)}, er innlagd med demens`;

let work: string;
let server: Server;
let packed: SelfhostResult;
let keyId: string;
const served: string[] = [];
let context: BrowserContext | undefined;
let stopCleanup: () => void = () => undefined;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'varsam-forceinstall-'));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const keyFile = path.join(work, 'throwaway.pem');
  writeFileSync(keyFile, privateKey);
  keyId = extensionIdFromPem(privateKey);

  // Loopback only: the update server never listens on another interface.
  const files = new Map<string, { body: Buffer; type: string }>();
  server = createServer((req, res) => {
    served.push(req.url ?? '');
    const file = files.get((req.url ?? '').split('?')[0]);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'content-length': file.body.length }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  packed = await packageSelfhost({ keyFile, baseUrl: `http://127.0.0.1:${port}/varsam/`, sourceDir: EXTENSION_DIR, outDir: path.join(work, 'out') });
  files.set('/varsam/update.xml', { body: readFileSync(packed.updateXmlFile), type: 'text/xml' });
  files.set(new URL(packed.crxUrl).pathname, { body: readFileSync(packed.crxFile), type: 'application/x-chrome-extension' });

  removeStalePolicies();
  stopCleanup = removeOnExit(FILE);
  writePolicy(FILE, { ExtensionInstallForcelist: [`${packed.id};${packed.updateUrl}`] });
  try {
    context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: QUIET_FLAGS.filter((f) => f !== '--disable-background-networking'),
      ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking', '--disable-component-extensions-with-background-pages'],
      locale: 'nn-NO',
    });
  } catch (e) {
    removePolicy(FILE);
    throw e;
  }
}, 120_000);

afterAll(async () => {
  try {
    await context?.close().catch(() => undefined);
  } finally {
    removePolicy(FILE);
    stopCleanup();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (work) rmSync(work, { recursive: true, force: true });
  }
});

interface InternalsEntry {
  id: string;
  location: string;
  registry_status: string;
  version: string;
  creation_flags: string[];
}

/**
 * Waits until chrome://extensions-internals lists the extension as enabled.
 * (Playwright loses tabs that navigate to a policy-installed extension's pages
 * and may miss its service worker, so the browser's own list is the witness.)
 */
async function installed(id: string, timeout: number): Promise<InternalsEntry> {
  const page = await context!.newPage();
  try {
    const deadline = Date.now() + timeout;
    for (;;) {
      await page.goto('chrome://extensions-internals/');
      const list = JSON.parse(await page.locator('body').innerText()) as InternalsEntry[];
      const entry = list.find((e) => e.id === id);
      if (entry && entry.registry_status === 'ENABLED') return entry;
      if (Date.now() > deadline) throw new Error(`extension ${id} was not installed within ${timeout} ms; requests to the update server: ${served.join(', ') || 'none'}`);
      await page.waitForTimeout(1000);
    }
  } finally {
    await page.close();
  }
}

describe('force-install from a self-hosted update.xml', () => {
  it('packs with the throwaway key: the id is the key id', () => {
    expect(packed.id).toBe(keyId);
    expect(packed.keyReplaced).toBe(true);
  });

  it('installs into a fresh profile from the policy alone', async () => {
    const entry = await installed(packed.id, 90_000);
    expect(entry.location).toBe('EXTERNAL_POLICY_DOWNLOAD');
    expect(entry.version).toBe(packed.version);
    expect(served.some((u) => u.startsWith('/varsam/update.xml?'))).toBe(true);
    expect(served.some((u) => u.startsWith(new URL(packed.crxUrl).pathname))).toBe(true);
  }, 100_000);

  it("warns on a fixture page through the installed extension's content script", async () => {
    const { routes } = await allRoutes();
    const { refused } = await serveSites(context!, routes);
    const page = await context!.newPage();
    try {
      const frame = await openFixture(page, FIXTURES[0]);
      await frame.click(FIXTURES[0].box);
      await page.keyboard.type(SENSITIVE);
      await frame.waitForFunction(() => (document.querySelector('varsam-indicator')?.getAttribute('data-guidelines') ?? '').split(',').includes('2'), undefined, { timeout: 10_000 });
      const state = await indicatorState(frame);
      expect(state.severity).toBe('high');
      expect(refused).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});
