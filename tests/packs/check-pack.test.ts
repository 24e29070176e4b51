/** `npm run check -- --pack FILE`: an organisation tests its pack before rolling it out. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const PACK = 'examples/fjordvik-kommune.pack.json';

function check(args: string[], input?: string) {
  const r = spawnSync(tsx, ['src/cli/check.ts', ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('check --pack', () => {
  it("reports with the pack's guideline numbers and titles", () => {
    const r = check(['--pack', PACK, '--lang', 'nb', 'Saken din, 2024/1234, er behandlet.']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('G5 Ingen saksbehandling i sosiale medier');
    expect(r.out).toContain('«2024/1234»');
  });

  it('runs batches against the pack', () => {
    const r = check(['--pack', PACK, '--jsonl', '-'], '{"id":"a","text":"Epikrisen viser at han er syk."}\n{"id":"b","text":"Fin konsert!"}\n');
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    // The pack's own rule finds the record word; the built-in health rule ("han er syk") is mapped to the same guideline.
    const findings: { guideline: number; rule: string }[] = lines[0].findings;
    expect(findings.map((f) => f.rule)).toContain('fjordvik-patient-records');
    expect(new Set(findings.map((f) => f.guideline))).toEqual(new Set([1]));
    expect(lines[1].findings).toEqual([]);
  });

  it('rejects an invalid pack with the reasons and exit 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'varsam-pack-'));
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ format: 'varsam-pack/1', id: 'x', organization: 'X', guidelines: [{ id: 1, title: 'T', text: 'T' }], rules: [{ id: 'r', type: 'regex', guideline: 1, message: 'm' }] }));
    const r = check(['--pack', file, 'hei']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('is not a valid guideline pack');
    expect(r.err).toContain('rules[0].type must be one of terms, near, requires, pattern');
    expect(check(['--pack', path.join(dir, 'missing.json'), 'hei']).code).toBe(2);
  });
});
