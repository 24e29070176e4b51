/**
 * Budgets checked on the production build (.output/chrome-mv3): no broad host
 * permission anywhere in the manifest, and content scripts at most 60 KiB
 * gzip in total. Skipped, with a message, when there is no build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { OPTIONAL_HOST_PATTERNS } from '../../src/sites/registration';
import { contentScriptMatches } from '../../src/sites/index';

const OUT = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
const MANIFEST = path.join(OUT, 'manifest.json');
const hasBuild = existsSync(MANIFEST);
export const CONTENT_SCRIPT_GZIP_BUDGET = 60 * 1024;

/** A host pattern that reaches (nearly) every site. */
export function isBroad(pattern: string): boolean {
  const p = pattern.trim();
  if (p === '<all_urls>') return true;
  const scheme = p.indexOf('://');
  if (scheme < 0) return false;
  const rest = p.slice(scheme + 3);
  const host = rest.slice(0, rest.indexOf('/') < 0 ? rest.length : rest.indexOf('/'));
  // "*", "*.com", "*.no": every host, or every host under a top-level domain.
  return host === '*' || (host.startsWith('*.') && !host.slice(2).includes('.'));
}

test('isBroad recognises the broad patterns', () => {
  for (const p of ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*', 'https://*.com/*']) expect(isBroad(p)).toBe(true);
  for (const p of ['https://www.facebook.com/*', 'https://*.kommune.no/*', 'storage']) expect(isBroad(p)).toBe(false);
});

test('the source lists (content-script matches, optional hosts) are not broad', () => {
  for (const p of [...contentScriptMatches(), ...OPTIONAL_HOST_PATTERNS]) expect(isBroad(p), p).toBe(false);
});

describe.skipIf(!hasBuild)('production build (.output/chrome-mv3)', () => {
  test('the manifest has no broad host permission or match pattern', () => {
    const m = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    const patterns: string[] = [
      ...(m.permissions ?? []),
      ...(m.host_permissions ?? []),
      ...(m.optional_permissions ?? []),
      ...(m.optional_host_permissions ?? []),
      ...(m.content_scripts ?? []).flatMap((c: { matches?: string[] }) => c.matches ?? []),
      ...(m.web_accessible_resources ?? []).flatMap((w: { matches?: string[] }) => w.matches ?? []),
    ];
    for (const p of patterns) expect(isBroad(p), `broad pattern in manifest: ${p}`).toBe(false);
    expect(m.permissions ?? []).not.toContain('<all_urls>');
    expect(m.permissions ?? []).not.toContain('tabs');
  });

  test('content scripts are at most 60 KiB gzip in total', () => {
    const dir = path.join(OUT, 'content-scripts');
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
    expect(files.length).toBeGreaterThan(0);
    let total = 0;
    for (const f of files) total += gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length;
    console.log(`content scripts: ${files.join(', ')}: ${(total / 1024).toFixed(1)} KiB gzip (budget 60 KiB)`);
    expect(total).toBeLessThanOrEqual(CONTENT_SCRIPT_GZIP_BUDGET);
  });
});

if (!hasBuild) {
  test.skip('production build checks skipped: no build in .output/chrome-mv3 (run "npm run build" first)', () => undefined);
}
