/**
 * The content script's static budgets on the production build, run after
 * "npm run build" (the unit test of the same name skips without a build):
 * no broad host pattern in the manifest, content scripts at most 60 KiB gzip.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT_SCRIPT_GZIP_BUDGET, contentScriptsGzip, isBroad, manifestPatterns } from '../sites/budget';
import { EXTENSION_DIR } from './harness';

test('the built manifest has no broad host permission or match pattern', () => {
  const patterns = manifestPatterns(path.join(EXTENSION_DIR, 'manifest.json'));
  expect(patterns.filter(isBroad)).toEqual([]);
});

test('the built content scripts are at most 60 KiB gzip in total', () => {
  const { files, bytes } = contentScriptsGzip(EXTENSION_DIR);
  expect(files.length).toBeGreaterThan(0);
  console.log(`content scripts: ${files.join(', ')}: ${(bytes / 1024).toFixed(1)} KiB gzip (budget 60 KiB)`);
  expect(bytes).toBeLessThanOrEqual(CONTENT_SCRIPT_GZIP_BUDGET);
});
