// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { rangeFor, readText } from '../../src/content/read-text';

function box(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.appendChild(el);
  return el;
}

describe('readText', () => {
  const cases: [string, string, string][] = [
    ['Lexical paragraphs with an empty one', '<p><span data-lexical-text="true">Hei</span></p><p><br></p><p><span>der</span></p>', 'Hei\n\nder'],
    ['Lexical empty editor', '<p><br></p>', ''],
    ['line break inside a paragraph', '<p>a<br>b</p>', 'a\nb'],
    ['Draft.js blocks', '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">Ein</span></span></div></div><div data-block="true"><div><span><span data-text="true">To</span></span></div></div></div>', 'Ein\nTo'],
    ['Quill paragraphs', '<p>Fyrste</p><p>Andre</p>', 'Fyrste\nAndre'],
    ['ProseMirror trailing break', '<p>Tekst</p><p><br class="ProseMirror-trailingBreak"></p>', 'Tekst\n'],
    ['plain contenteditable divs after Enter', 'a<div>b</div><div><br></div>', 'a\nb\n'],
    ['images (emoji) are skipped', '<p>Hei <img alt="🙂" src="x.png"> du</p>', 'Hei  du'],
    ['inline formatting', '<p>Hei <b>du</b> <i>der</i></p>', 'Hei du der'],
  ];
  test.each(cases)('%s', (_name, html, expected) => {
    expect(readText(box(html)).text).toBe(expected);
  });

  test('a textarea gives its value and no segments', () => {
    const t = document.createElement('textarea');
    t.value = 'Hei\nder';
    expect(readText(t)).toEqual({ text: 'Hei\nder', segments: [] });
  });

  test('offsets map back to DOM ranges that hold the same text', () => {
    const el = box('<p>Pasienten <b>Kari</b> Nordmann</p><p>er innlagd</p>');
    const read = readText(el);
    expect(read.text).toBe('Pasienten Kari Nordmann\ner innlagd');
    for (const word of ['Pasienten', 'Kari', 'Nordmann', 'innlagd', 'Kari Nordmann']) {
      const start = read.text.indexOf(word);
      const range = rangeFor(read, start, start + word.length, document);
      expect(range?.toString()).toBe(word);
    }
    // Across the block boundary: the range covers both blocks' text.
    const s = read.text.indexOf('Nordmann');
    const range = rangeFor(read, s, read.text.indexOf('innlagd') + 7, document);
    expect(range?.toString().replace(/\s+/g, ' ')).toContain('Nordmann');
    expect(rangeFor(read, 3, 3, document)).toBeNull();
  });

  test('reading never changes the box', () => {
    const el = box('<p>Hei <b>du</b></p><p><br></p>');
    const before = el.innerHTML;
    readText(el);
    expect(el.innerHTML).toBe(before);
  });

  test('linear on a large box', () => {
    const el = box('<p>ord ord ord</p>'.repeat(5000));
    const t0 = performance.now();
    const read = readText(el);
    expect(read.text.length).toBe(5000 * 12 - 1);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
