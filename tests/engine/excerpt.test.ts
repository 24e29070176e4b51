import { describe, expect, it } from 'vitest';
import { excerptOf, maskDigits } from '../../src/engine/excerpt';

describe('excerpt masking', () => {
  it('keeps the first six digits of a number and masks the rest', () => {
    expect(maskDigits('01019012345')).toBe('010190•••••');
    expect(maskDigits('010190 12345')).toBe('010190 •••••');
    expect(maskDigits('01.01.90 12345')).toBe('01.01.90 •••••');
    expect(maskDigits('fnr 010190-12345.')).toBe('fnr 010190-•••••.');
  });
  it('restarts the count at a word', () => {
    expect(maskDigits('rom 12 og 13')).toBe('rom 12 og 13');
  });
  it('masks only G2 excerpts', () => {
    const text = 'x 01019012345 y';
    expect(excerptOf(text, { guideline: 2, start: 2, end: 13 })).toBe('010190•••••');
    expect(excerptOf(text, { guideline: 8, start: 2, end: 13 })).toBe('01019012345');
  });
});
