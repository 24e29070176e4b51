// @vitest-environment happy-dom
/**
 * The early hold (src/content/guard/early-hold.ts): while the content script
 * reads its settings, a send from a box with text is stopped and remembered
 * once, and pressed again exactly once on release (or by itself after the
 * cap); nothing else is touched.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { holdEarlySends, type EarlyHold } from '../../src/content/guard/early-hold';
import { facebook } from '../../src/sites/facebook';

let hold: EarlyHold | null = null;
afterEach(() => {
  hold?.release();
  hold = null;
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** A composer (Post button) and a chat box (Enter sends); the page records each send. */
function page(text: string) {
  document.body.innerHTML = `<div role="dialog"><div id="box" role="textbox" contenteditable="true">${text}</div><div role="button" aria-label="Post" id="post">Publiser</div></div>
<div role="main"><div id="chat" role="textbox" aria-label="Message" contenteditable="true">${text}</div></div><button id="other">Lik</button>`;
  const sends: string[] = [];
  document.getElementById('post')!.addEventListener('click', () => sends.push('post'));
  document.getElementById('other')!.addEventListener('click', () => sends.push('other'));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') sends.push(e.ctrlKey ? 'ctrl-enter' : e.shiftKey ? 'shift-enter' : 'enter');
  });
  return { sends };
}

const enter = (id: string, init: KeyboardEventInit = {}) =>
  document.getElementById(id)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true, ...init }));

describe('early hold', () => {
  test('a click on Post with text is held, and clicked again exactly once on release', () => {
    const { sends } = page('Hei 01019012480');
    hold = holdEarlySends(window, facebook);
    document.getElementById('post')!.click();
    document.getElementById('post')!.click(); // the same send pressed again
    expect(sends).toEqual([]);
    expect(hold.held()).toBe(1);
    hold.release();
    expect(sends).toEqual(['post']);
    hold.release();
    expect(sends).toEqual(['post']);
    document.getElementById('post')!.click(); // no longer held
    expect(sends).toEqual(['post', 'post']);
  });

  test('Enter in a chat box and Ctrl+Enter are held and pressed again on release; Shift+Enter is a new line', () => {
    const { sends } = page('Hei');
    hold = holdEarlySends(window, facebook);
    enter('chat', { shiftKey: true });
    expect(sends).toEqual(['shift-enter']);
    enter('chat');
    enter('box', { ctrlKey: true });
    expect(sends).toEqual(['shift-enter']);
    expect(hold.held()).toBe(2);
    hold.release();
    expect(sends).toEqual(['shift-enter', 'enter', 'ctrl-enter']);
  });

  test('an empty box, other buttons and a plain Enter in a post box pass straight through', () => {
    const { sends } = page('  ');
    hold = holdEarlySends(window, facebook);
    document.getElementById('post')!.click();
    document.getElementById('other')!.click();
    enter('chat');
    expect(sends).toEqual(['post', 'other', 'enter']);
    document.getElementById('box')!.textContent = 'Hei';
    enter('box');
    expect(sends).toEqual(['post', 'other', 'enter', 'enter']);
    expect(hold.held()).toBe(0);
  });

  test('releases by itself after the cap: a send is never swallowed', () => {
    vi.useFakeTimers();
    const { sends } = page('Hei');
    let started = 0;
    hold = holdEarlySends(window, facebook, { capMs: 500, onFirstHold: () => started++ });
    document.getElementById('post')!.click();
    enter('chat');
    expect(started).toBe(1); // the engine starts loading at the first held send
    vi.advanceTimersByTime(499);
    expect(sends).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sends).toEqual(['post', 'enter']);
  });

  test('a control the page replaced meanwhile: the new one next to the same box is clicked', () => {
    const { sends } = page('Hei');
    hold = holdEarlySends(window, facebook);
    document.getElementById('post')!.click();
    const old = document.getElementById('post')!;
    const fresh = old.cloneNode(true) as HTMLElement;
    fresh.addEventListener('click', () => sends.push('new post'));
    old.replaceWith(fresh);
    hold.release();
    expect(sends).toEqual(['new post']);
  });

  test('on a page with no adapter nothing is held', () => {
    const { sends } = page('Hei');
    hold = holdEarlySends(window, null);
    document.getElementById('post')!.click();
    expect(sends).toEqual(['post']);
  });
});
