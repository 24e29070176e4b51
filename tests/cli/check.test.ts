import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

function check(args: string[], input?: string) {
  const r = spawnSync(tsx, ['src/cli/check.ts', ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('check command', () => {
  it('prints a clean report and exits 0 for a clean text', () => {
    const r = check(['Fin tur i fjellet i dag!']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Ingen funn');
  });

  it('reports guideline, title, excerpt, message and suggestion, and exits 1 on a warning', () => {
    const r = check(['--lang', 'en', 'This is confidential, but …']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('G2 Confidentiality and privacy');
    expect(r.out).toContain('«confidential»');
    expect(r.out).toContain('Suggestion:');
  });

  it('reads the text from standard input', () => {
    const r = check([], 'Dette er teiepliktig.');
    expect(r.code).toBe(1);
  });

  it('prints findings as JSON with --json', () => {
    const r = check(['--json', 'konfidensielt']);
    const findings = JSON.parse(r.out);
    expect(findings[0]).toMatchObject({ guideline: 2, severity: 'warning', start: 0, end: 13 });
  });

  it('checks a JSON-lines batch in order and reports malformed lines', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'varsam-cli-'));
    const file = path.join(dir, 'batch.jsonl');
    writeFileSync(file, ['{"id":"a","text":"Hei","context":"private"}', 'not json', '{"id":"c","text":"konfidensielt"}', ''].join('\n'));
    const r = check(['--jsonl', file]);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c']);
    expect(lines[0].findings).toEqual([]);
    expect(lines[1].error).toBe('not valid JSON');
    expect(lines[2].findings[0].guideline).toBe(2);
    expect(r.err).toContain('line 2: not valid JSON');
    expect(r.code).toBe(2);
  });

  it.each([
    [['--context', 'work', 'x'], '--context must be "private" or "official"'],
    [['--frobnicate'], 'unknown option --frobnicate'],
    [['--jsonl'], '--jsonl needs a value'],
    [['--jsonl', '/nonexistent/file.jsonl'], 'cannot read /nonexistent/file.jsonl'],
    [['--config', '/nonexistent/c.json', 'x'], 'cannot read'],
  ])('exits 2 with a clear message for %j', (args, message) => {
    const r = check(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('reports a bad configuration value and keeps working', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'varsam-cli-'));
    const file = path.join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({ disabledGuidelines: 'all', colleagueNames: ['Kari'] }));
    const r = check(['--config', file, 'konfidensielt']);
    expect(r.err).toContain('disabledGuidelines must be a list');
    expect(r.code).toBe(1);
  });
});
