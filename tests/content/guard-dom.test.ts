// @vitest-environment happy-dom
/**
 * The send guard and the link watcher in a DOM (happy-dom) with stub boxes:
 * what is stopped, what passes, and that "Publiser likevel" / "Opne likevel"
 * let the page's own handler run exactly once. The real-browser tests cover
 * real editors (tests/e2e/guard*.test.ts, links.test.ts).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { startSendGuard, type GuardBox, type SendGuardHandle } from '../../src/content/guard/send-guard';
import { startLinkWatch, type LinkWatchHandle } from '../../src/content/links/link-watch';
import { assessLink } from '../../src/engine/links';
import type { SendGuard } from '../../src/config/types';
import type { Finding } from '../../src/engine/types';
import { DEFAULT_PACK } from '../../src/guidelines/index';
import { facebook } from '../../src/sites/facebook';

const HIGH = { guideline: 2, rule: 'g2', severity: 'high', start: 0, end: 5, message: { nn: 'Fnr', nb: 'Fnr', en: 'Id' } } as unknown as Finding;

let guard: SendGuardHandle | null = null;
let links: LinkWatchHandle | null = null;
afterEach(() => {
  guard?.stop();
  links?.stop();
  guard = links = null;
  document.body.innerHTML = '';
});

function setup(mode: SendGuard, findings: Finding[]) {
  document.body.innerHTML = `<div role="dialog"><div id="box" contenteditable="true">Hei 01019012480</div><div role="button" aria-label="Post" id="post">Publiser</div></div><button id="other">Lik</button>`;
  const el = document.getElementById('box')!;
  const box: GuardBox = { el, text: el.textContent ?? '', shown: findings, update: () => undefined };
  const sends: string[] = [];
  document.getElementById('post')!.addEventListener('click', () => sends.push('post'));
  document.getElementById('other')!.addEventListener('click', () => sends.push('other'));
  guard = startSendGuard(window, {
    adapter: () => facebook,
    mode: () => mode,
    lang: () => 'nn',
    pack: () => DEFAULT_PACK,
    boxes: () => [box],
    boxFor: (e) => (e === el ? box : null),
  });
  return { sends };
}

const shadow = () => document.querySelector('varsam-dialog')?.shadowRoot ?? null;
const button = (cls: string) => shadow()?.querySelector(`button.${cls}`) as HTMLButtonElement | null;

describe('send guard', () => {
  test('a high finding stops the post click; Publiser likevel lets it through once', () => {
    const { sends } = setup('confirm', [HIGH]);
    document.getElementById('post')!.click();
    expect(sends).toEqual([]);
    expect(shadow()?.querySelector('[role="dialog"]')?.getAttribute('aria-modal')).toBe('true');
    expect(shadow()?.textContent).toContain('Retningslinje 2');
    button('post')!.click();
    expect(sends).toEqual(['post']);
    expect(document.querySelector('varsam-dialog')).toBeNull();
  });
  test('Endre closes with nothing sent; other buttons pass; a clean box passes', () => {
    const { sends } = setup('confirm', [HIGH]);
    document.getElementById('other')!.click();
    expect(sends).toEqual(['other']);
    document.getElementById('post')!.click();
    button('edit')!.click();
    expect(sends).toEqual(['other']);
    expect(document.querySelector('varsam-dialog')).toBeNull();
  });
  test('clean box and sendGuard off pass straight through', () => {
    let r = setup('confirm', []);
    document.getElementById('post')!.click();
    expect(r.sends).toEqual(['post']);
    guard!.stop();
    r = setup('off', [HIGH]);
    document.getElementById('post')!.click();
    expect(r.sends).toEqual(['post']);
  });
  test('block-high: no Publiser likevel', () => {
    setup('block-high', [HIGH]);
    document.getElementById('post')!.click();
    expect(button('post')).toBeNull();
    expect(button('edit')).not.toBeNull();
  });
});

describe('link watcher', () => {
  test('suspicious links in a message area are marked and prompt on click; safe ones are untouched', () => {
    document.body.innerHTML = `<div role="main"><div role="grid"><a id="bad" href="https://bit.ly/abc">bit.ly/abc</a> <a id="ok" href="https://www.nrk.no/">nrk.no</a></div></div><a id="outside" href="https://bit.ly/out">x</a>`;
    const clicks: string[] = [];
    document.addEventListener('click', (e) => {
      clicks.push((e.target as Element).id);
      e.preventDefault();
    });
    links = startLinkWatch(window, { adapter: () => facebook, lang: () => 'nn', engineConfig: () => ({}), assessor: () => assessLink, loadEngine: async () => undefined });
    links.scanNow(true);
    expect(document.getElementById('bad')!.getAttribute('data-varsam-link')).toBe('suspicious');
    expect(document.getElementById('ok')!.hasAttribute('data-varsam-link')).toBe(false);
    expect(document.getElementById('outside')!.hasAttribute('data-varsam-link')).toBe(false);
    document.getElementById('ok')!.click();
    expect(clicks).toEqual(['ok']);
    document.getElementById('bad')!.click();
    expect(clicks).toEqual(['ok']);
    expect(shadow()?.textContent).toContain('forkorta');
    button('cancel')!.click();
    expect(clicks).toEqual(['ok']);
    document.getElementById('bad')!.click();
    button('open')!.click();
    expect(clicks).toEqual(['ok', 'bad']);
  });
});
