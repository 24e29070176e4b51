import { describe, expect, test } from 'vitest';
import { badgeFor, buildSummary, mergeSummaries, sameSummary } from '../../src/content/summary';

describe('tab summary', () => {
  const boxes = [
    { context: 'private' as const, shown: [{ guideline: 2, severity: 'high' as const }, { guideline: 2, severity: 'warning' as const }, { guideline: 1, severity: 'info' as const }] },
    { context: 'official' as const, shown: [{ guideline: 7, severity: 'warning' as const }] },
  ];
  test('counts per guideline with the highest severity, no text', () => {
    const s = buildSummary('facebook', boxes, 'private', 5);
    expect(s).toEqual({
      site: 'facebook',
      boxes: 2,
      context: 'official',
      guidelines: { 1: { count: 1, highest: 'info' }, 2: { count: 2, highest: 'high' }, 7: { count: 1, highest: 'warning' } },
      updatedAt: 5,
    });
    expect(sameSummary(s, { ...s, updatedAt: 99 })).toBe(true);
  });
  test('toolbar badge: warning-or-high findings; red for high, amber for warning; empty when none', () => {
    expect(badgeFor(buildSummary('x', boxes, 'private', 0))).toEqual({ text: '3', color: '#c62828' });
    expect(badgeFor(buildSummary('x', [boxes[1]], 'private', 0))).toEqual({ text: '1', color: '#e0a100' });
    expect(badgeFor(buildSummary('x', [], 'private', 0)).text).toBe('');
    expect(badgeFor(null).text).toBe('');
  });
  test('frames of one tab are merged', () => {
    const a = buildSummary('instagram', [boxes[0]], 'private', 1);
    const b = buildSummary('instagram', [boxes[1]], 'private', 2);
    const m = mergeSummaries([a, b]);
    expect(m?.boxes).toBe(2);
    expect(m?.guidelines[2]).toEqual({ count: 2, highest: 'high' });
    expect(m?.context).toBe('official');
    expect(mergeSummaries([])).toBeNull();
  });
});
