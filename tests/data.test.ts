/**
 * Word lists are data: one concern and language each, with a source note,
 * terms sorted (JavaScript's default order), unique, lower-case and trimmed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dataDir = path.resolve(import.meta.dirname, '../src/rules/data');
const files = readdirSync(dataDir).filter((f) => f.endsWith('.json'));

function checkList(list: unknown, label: string): void {
  expect(Array.isArray(list), `${label} is a list`).toBe(true);
  const items = list as unknown[];
  for (const t of items) {
    expect(typeof t, `${label}: ${String(t)}`).toBe('string');
    const s = t as string;
    expect(s, `${label}: "${s}" lower-case`).toBe(s.toLowerCase());
    expect(s, `${label}: "${s}" trimmed, single spaces`).toBe(s.trim().split(/ +/).join(' '));
    expect(s.length, `${label}: empty term`).toBeGreaterThan(0);
  }
  expect(items, `${label} sorted`).toEqual([...items].sort());
  expect(new Set(items).size, `${label} unique`).toBe(items.length);
}

describe('word lists', () => {
  it('exist', () => expect(files.length).toBeGreaterThan(0));

  it.each(files)('%s: concern, language, source; sorted, unique, lower-case', (file) => {
    const data = JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as Record<string, unknown>;
    expect(typeof data.concern).toBe('string');
    expect(typeof data.source).toBe('string');
    expect((data.source as string).length).toBeGreaterThan(5);
    expect(['nn', 'nb', 'en', 'any']).toContain(data.lang);
    const suffix = file.split('.').slice(-2, -1)[0];
    if (['nn', 'nb', 'en'].includes(suffix)) expect(data.lang, 'language in the file name matches').toBe(suffix);
    for (const [key, value] of Object.entries(data)) {
      if (Array.isArray(value)) checkList(value, `${file} ${key}`);
      if (key === 'map' && value && typeof value === 'object') {
        const keys = Object.keys(value);
        expect(keys).toEqual([...keys].sort());
        for (const k of keys) expect(k).toBe(k.toLowerCase());
      }
    }
  });
});
