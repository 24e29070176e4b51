/**
 * The Firefox build (MV3) passes `web-ext lint` with no errors and carries
 * the add-on id and the statement that no data is collected.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../deploy/lib/identity';

const root = path.resolve(import.meta.dirname, '../..');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);
const OUT = path.join(root, '.output/firefox-mv3');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('Firefox build', () => {
  it('builds, lints without errors and declares its id and data collection', () => {
    const build = spawnSync(bin('wxt'), ['build', '-b', 'firefox'], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: '1' } });
    expect(build.status, build.stderr || build.stdout).toBe(0);

    const manifest = JSON.parse(readFileSync(path.join(OUT, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.key).toBeUndefined();
    expect(manifest.browser_specific_settings.gecko).toMatchObject({ id: GECKO_ID, data_collection_permissions: { required: ['none'] } });

    const lint = spawnSync(bin('web-ext'), ['lint', '--source-dir', OUT, '--output', 'json', '--no-config-discovery'], { cwd: root, encoding: 'utf8' });
    const report = JSON.parse(lint.stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    if (report.warnings.length > 0) console.log('web-ext lint warnings:', report.warnings.map((w) => `${w.code} ${w.file ?? ''}`).join('; '));
    expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
  }, 180_000);
});
