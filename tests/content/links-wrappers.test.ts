import { describe, expect, test } from 'vitest';
import { targetOf } from '../../src/content/links/wrappers';

describe('targetOf: the address judged for a received link', () => {
  test('a plain link is itself', () => {
    expect(targetOf('https://www.nrk.no/x', 'nrk.no/x')).toBe('https://www.nrk.no/x');
  });
  test('site wrappers give their target', () => {
    expect(targetOf('https://l.facebook.com/l.php?u=https%3A%2F%2Fbit.ly%2Fabc&h=AT0', 'bit.ly/abc')).toBe('https://bit.ly/abc');
    expect(targetOf('https://l.messenger.com/l.php?u=http%3A%2F%2F10.0.0.1%2Flogin', '')).toBe('http://10.0.0.1/login');
    expect(targetOf('https://www.youtube.com/redirect?q=https%3A%2F%2Fexample.com%2Fa.exe&v=1', '')).toBe('https://example.com/a.exe');
  });
  test('t.co is judged by the shown target; nothing when the text is no address', () => {
    expect(targetOf('https://t.co/abc', 'bit.ly/3abcXY')).toBe('https://bit.ly/3abcXY');
    expect(targetOf('https://t.co/abc', 'https://paypa1.com/signin…')).toBe('https://paypa1.com/signin');
    expect(targetOf('https://t.co/abc', 'pic')).toBeNull();
  });
  test('not http(s) or unreadable: nothing', () => {
    expect(targetOf('mailto:a@b.no', 'a@b.no')).toBeNull();
    expect(targetOf('javascript:void(0)', 'x')).toBeNull();
    expect(targetOf('not a url', 'x')).toBeNull();
    expect(targetOf('https://l.facebook.com/l.php?u=javascript%3Aalert(1)', '')).toBeNull();
  });
});
