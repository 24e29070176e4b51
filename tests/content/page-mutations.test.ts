// @vitest-environment happy-dom
/**
 * The batched page observer (page-mutations.ts): listeners get the matches of
 * their selectors in the added subtrees (the subtree's root too), one batch
 * for many records, the parents that got new children, nothing for subtrees
 * with no match, and a listener that throws does not stop the others.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { watchPageMutations, type PageMutations } from '../../src/content/page-mutations';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

let watcher: PageMutations | null = null;
afterEach(() => {
  watcher?.stop();
  watcher = null;
  document.body.innerHTML = '';
});

describe('watchPageMutations', () => {
  test('matches in and at added subtrees, batched over many records, each interest its own', async () => {
    document.body.innerHTML = '<div id="feed"></div><div id="box" contenteditable="true"></div>';
    watcher = watchPageMutations(window);
    const links: string[][] = [];
    const boxes: string[][] = [];
    const parents: string[][] = [];
    watcher.add({ selector: () => 'a[href^="https:"]', found: (els) => links.push(els.map((e) => e.id)) });
    watcher.add({ selector: () => '[contenteditable="true"]', found: (els) => boxes.push(els.map((e) => e.id)), changed: (ps) => parents.push(ps.map((p) => p.id)) });
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 3; i++) {
      const article = document.createElement('div');
      article.innerHTML = `<p>Post ${i}</p><a id="l${i}" href="https://example.org/${i}">x</a><a href="#local">lik</a>`;
      feed.appendChild(article);
    }
    const bare = document.createElement('a');
    bare.id = 'bare';
    bare.href = 'https://example.org/bare';
    feed.appendChild(bare);
    const newBox = document.createElement('div');
    newBox.id = 'newbox';
    newBox.setAttribute('contenteditable', 'true');
    feed.appendChild(newBox);
    document.getElementById('box')!.appendChild(document.createTextNode('Utkast'));
    // Passes are time-sliced (1 ms, at most 2.5 ms a second): happy-dom is slow, so this may take a few passes.
    await wait(2500);
    expect(links.flat().sort()).toEqual(['bare', 'l0', 'l1', 'l2']);
    expect(boxes.flat()).toEqual(['newbox']);
    expect(parents).toHaveLength(1);
    expect([...parents[0]].sort()).toEqual(['box', 'feed']);
  });

  test('nothing is handed out for subtrees without a match, or when no selector is wanted', async () => {
    watcher = watchPageMutations(window);
    const got: Element[][] = [];
    let wanted = '';
    watcher.add({ selector: () => wanted, found: (els) => got.push([...els]) });
    document.body.innerHTML = '<div><p>ingen lenkje</p></div>';
    await wait(300);
    wanted = 'a[href]';
    const d = document.createElement('div');
    d.innerHTML = '<span>framleis ingen</span>';
    document.body.appendChild(d);
    await wait(300);
    expect(got).toEqual([]);
  });

  test('a throwing listener does not stop the others; stop() ends all', async () => {
    watcher = watchPageMutations(window);
    const got: string[] = [];
    watcher.add({ selector: () => 'a', found: () => { throw new Error('boom'); } });
    watcher.add({ selector: () => 'a', found: (els) => got.push(...els.map((e) => e.id)) });
    const a = document.createElement('a');
    a.id = 'one';
    document.body.appendChild(a);
    await wait(300);
    expect(got).toEqual(['one']);
    watcher.stop();
    const b = document.createElement('a');
    b.id = 'two';
    document.body.appendChild(b);
    await wait(300);
    expect(got).toEqual(['one']);
  });
});
