// @vitest-environment happy-dom
/**
 * The send guard while the engine loads (the first check of a frame): the
 * send is held, the box checked when the engine is there, then prompted or
 * let through exactly once; at most HOLD_CAP_MS of waiting; a second press
 * meanwhile is the same send; a box typed into before it was watched is
 * found by the adapter's selectors.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { HOLD_CAP_MS, startSendGuard, type GuardBox, type SendGuardHandle } from '../../src/content/guard/send-guard';
import type { Finding } from '../../src/engine/types';
import { DEFAULT_PACK } from '../../src/guidelines/index';
import { facebook } from '../../src/sites/facebook';

const HIGH = { guideline: 2, rule: 'g2', severity: 'high', start: 4, end: 15, message: { nn: 'Fnr', nb: 'Fnr', en: 'Id' } } as unknown as Finding;

let guard: SendGuardHandle | null = null;
afterEach(() => {
  guard?.stop();
  guard = null;
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/**
 * A composer whose box is checked only once the engine has "loaded"
 * (resolve()); `findings` is what the check finds. `watched: false` leaves the
 * box out of boxes() (typed into before the content script watched it).
 */
function setup(findings: Finding[], options: { watched?: boolean } = {}) {
  document.body.innerHTML = `<div role="dialog"><div id="box" role="textbox" contenteditable="true">Hei 01019012480</div><div role="button" aria-label="Post" id="post">Publiser</div></div>`;
  const el = document.getElementById('box')!;
  let ready = false;
  let resolve: () => void = () => undefined;
  const loading = new Promise<void>((r) => (resolve = () => {
    ready = true;
    r();
  }));
  const box: GuardBox & { shown: Finding[] } = {
    el,
    text: el.textContent ?? '',
    shown: [],
    update() {
      if (ready) box.shown = findings;
    },
  };
  const sends: string[] = [];
  document.getElementById('post')!.addEventListener('click', () => sends.push('post'));
  const load = vi.fn(() => loading);
  guard = startSendGuard(window, {
    adapter: () => facebook,
    mode: () => 'confirm',
    lang: () => 'nn',
    pack: () => DEFAULT_PACK,
    boxes: () => (options.watched === false ? [] : [box]),
    boxFor: (e) => (e === el ? box : null),
    engineReady: () => ready,
    loadEngine: load,
  });
  return { sends, resolve, load };
}

const post = () => document.getElementById('post')!.click();
const prompt = () => document.querySelector('varsam-dialog[data-kind="send-guard"]');
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('send guard while the engine loads', () => {
  test('a high finding: the send is held, then prompted; nothing is sent', async () => {
    const { sends, resolve } = setup([HIGH]);
    post();
    post(); // pressed again while held: the same send
    expect(sends).toEqual([]);
    expect(prompt()).toBeNull();
    resolve();
    await flush();
    expect(prompt()).not.toBeNull();
    expect(sends).toEqual([]);
    (prompt()!.shadowRoot!.querySelector('button.post') as HTMLButtonElement).click();
    expect(sends).toEqual(['post']);
  });

  test('a clean text: the held send goes ahead exactly once, with no prompt', async () => {
    const { sends, resolve } = setup([]);
    post();
    post();
    resolve();
    await flush();
    expect(prompt()).toBeNull();
    expect(sends).toEqual(['post']);
  });

  test('no engine within the cap: the send goes ahead once', async () => {
    vi.useFakeTimers();
    const { sends } = setup([HIGH]);
    post();
    await vi.advanceTimersByTimeAsync(HOLD_CAP_MS - 1);
    expect(sends).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sends).toEqual(['post']);
    expect(prompt()).toBeNull();
  });

  test('the guard stopped while a send is held: the send still goes ahead once', async () => {
    const { sends, resolve } = setup([HIGH]);
    post();
    guard!.stop();
    guard = null;
    resolve();
    await flush();
    expect(sends).toEqual(['post']);
  });

  test('a box not yet watched is found next to the Post button', async () => {
    const { sends, resolve } = setup([HIGH], { watched: false });
    post();
    expect(sends).toEqual([]);
    resolve();
    await flush();
    expect(prompt()).not.toBeNull();
  });
});
