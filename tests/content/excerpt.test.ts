import { describe, expect, test } from 'vitest';
import { panelExcerpt } from '../../src/content/excerpt';

describe('panelExcerpt', () => {
  test('masks identity numbers after the birth date, even when the span cuts the number', () => {
    const text = 'fnr 01019012480 er innlagd';
    const start = text.indexOf('0101');
    expect(panelExcerpt(text, start, start + 11)).toBe('010190•••••');
    expect(panelExcerpt(text, start + 3, start + 8)).toBe('010190•••••');
    expect(panelExcerpt('nr 010190 12480', 3, 15)).toBe('010190 •••••');
  });
  test('one line, at most 80 characters', () => {
    expect(panelExcerpt('a\nb\tc', 0, 5)).toBe('a b c');
    const long = 'x'.repeat(200);
    expect(panelExcerpt(long, 0, 200).length).toBe(80);
  });
  test('out-of-range offsets are clamped', () => {
    expect(panelExcerpt('hei', -5, 99)).toBe('hei');
    expect(panelExcerpt('hei', 2, 1)).toBe('');
  });
});
