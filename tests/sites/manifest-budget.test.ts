/**
 * Budgets checked on the production build (.output/chrome-mv3): no broad host
 * pattern anywhere in the manifest, and content scripts at most 60 KiB gzip in
 * total. Skipped, with a message, when there is no build (tests/e2e/content-budget.test.ts
 * checks the same after "npm run build" in "npm test").
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { OPTIONAL_HOST_PATTERNS } from '../../src/sites/registration';
import { contentScriptMatches } from '../../src/sites/index';
import { CONTENT_SCRIPT_GZIP_BUDGET, contentScriptsGzip, isBroad, manifestPatterns } from './budget';

const OUT = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
const MANIFEST = path.join(OUT, 'manifest.json');
const hasBuild = existsSync(MANIFEST);

test('isBroad recognises the broad patterns', () => {
  for (const p of ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*', 'https://*.com/*']) expect(isBroad(p)).toBe(true);
  for (const p of ['https://www.facebook.com/*', 'https://*.kommune.no/*', 'storage']) expect(isBroad(p)).toBe(false);
});

test('the source lists (content-script matches, optional hosts) are not broad', () => {
  for (const p of [...contentScriptMatches(), ...OPTIONAL_HOST_PATTERNS]) expect(isBroad(p), p).toBe(false);
});

describe.skipIf(!hasBuild)('production build (.output/chrome-mv3)', () => {
  test('the manifest has no broad host permission or match pattern', () => {
    for (const p of manifestPatterns(MANIFEST)) expect(isBroad(p), `broad pattern in manifest: ${p}`).toBe(false);
  });

  test('content scripts are at most 60 KiB gzip in total', () => {
    const { files, bytes } = contentScriptsGzip(OUT);
    expect(files.length).toBeGreaterThan(0);
    console.log(`content scripts: ${files.join(', ')}: ${(bytes / 1024).toFixed(1)} KiB gzip (budget 60 KiB)`);
    expect(bytes).toBeLessThanOrEqual(CONTENT_SCRIPT_GZIP_BUDGET);
  });
});

if (!hasBuild) {
  test.skip('production build checks skipped: no build in .output/chrome-mv3 (run "npm run build" first)', () => undefined);
}
