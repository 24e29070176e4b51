/**
 * One page-wide MutationObserver for the content script, batched. The
 * observer's callback only keeps each record's list of added nodes (no loop
 * over the nodes, no DOM query); once per idle callback (with a short timeout)
 * the added element subtrees are searched with ONE combined selector of what
 * the listeners want (compose boxes, links in message areas), one native
 * query per subtree, and a subtree with no child element costs one matches().
 * Text-only and attribute changes are not observed. Listeners run inside
 * try/catch: nothing throws in the page.
 */

export interface PageInterest {
  /** The elements wanted, as one CSS selector; '' when nothing is wanted now. Called once per batch. */
  selector(): string;
  /** Elements in or at the added subtrees that match the selector (in document order per subtree; may repeat earlier ones). */
  found(elements: readonly Element[]): void;
  /** Elements that received new child nodes (elements or text), each once per batch: text put into an existing box. */
  changed?(parents: readonly Element[]): void;
}

export interface PageMutations {
  /** Adds an interest; returns a function that removes it. */
  add(interest: PageInterest): () => void;
  stop(): void;
}

/** The longest a batch waits for idle time. */
const FLUSH_TIMEOUT_MS = 200;

type RIC = (cb: () => void, o: { timeout: number }) => number;
type CIC = (handle: number) => void;

/** True when the browser parses the selector (checked once per selector string). */
const parses = new Map<string, boolean>();
export function selectorParses(doc: Document, selector: string): boolean {
  let ok = parses.get(selector);
  if (ok === undefined) {
    try {
      doc.createDocumentFragment().querySelector(selector);
      ok = true;
    } catch {
      ok = false;
    }
    parses.set(selector, ok);
  }
  return ok;
}

export function watchPageMutations(win: Window): PageMutations {
  const doc = win.document;
  const interests = new Set<PageInterest>();
  /** The added-node lists of the records since the last batch. */
  let lists: NodeList[] = [];
  let targets: Node[] = [];
  let handle = 0;
  let usedIdle = false;
  let stopped = false;
  const ric = (win as Window & { requestIdleCallback?: RIC }).requestIdleCallback;
  const cic = (win as Window & { cancelIdleCallback?: CIC }).cancelIdleCallback;

  function safely(run: () => void): void {
    try {
      run();
    } catch {
      // A listener's failure never reaches the page.
    }
  }

  function flush(): void {
    handle = 0;
    if (stopped) return;
    const gotLists = lists;
    const gotTargets = targets;
    lists = [];
    targets = [];
    const wanted: { interest: PageInterest; selector: string }[] = [];
    for (const interest of interests) {
      let selector = '';
      try {
        selector = interest.selector();
      } catch {
        selector = '';
      }
      if (selector && selectorParses(doc, selector)) wanted.push({ interest, selector });
    }
    if (wanted.length > 0) {
      const combined = wanted.length === 1 ? wanted[0].selector : wanted.map((w) => w.selector).join(', ');
      const hits: Element[] = [];
      for (const list of gotLists) {
        for (let k = 0; k < list.length; k++) {
          const node = list[k];
          if (node.nodeType !== 1) continue;
          const el = node as Element;
          if (el.matches(combined)) hits.push(el);
          // childElementCount and querySelector create no wrapper objects when there is nothing to find.
          if (el.childElementCount > 0 && el.querySelector(combined) !== null) {
            const inner = el.querySelectorAll(combined);
            for (let i = 0; i < inner.length; i++) hits.push(inner[i]);
          }
        }
      }
      if (hits.length > 0) {
        for (const w of wanted) {
          const mine = wanted.length === 1 ? hits : hits.filter((el) => el.matches(w.selector));
          if (mine.length > 0) safely(() => w.interest.found(mine));
        }
      }
    }
    let parents: Element[] | null = null;
    for (const interest of interests) {
      if (!interest.changed) continue;
      if (!parents) {
        const unique = new Set<Node>(gotTargets);
        parents = [];
        for (const p of unique) if (p.nodeType === 1 && (p as Element).isConnected) parents.push(p as Element);
      }
      const got = parents;
      if (got.length > 0) safely(() => interest.changed!(got));
    }
  }

  function schedule(): void {
    if (handle || stopped) return;
    if (ric) {
      usedIdle = true;
      handle = ric.call(win, flush, { timeout: FLUSH_TIMEOUT_MS });
    } else {
      usedIdle = false;
      handle = win.setTimeout(flush, 50);
    }
  }

  /** Only keeps the records' added-node lists and targets: one step per record. */
  function onRecords(records: MutationRecord[]): void {
    for (let i = 0; i < records.length; i++) {
      const added = records[i].addedNodes;
      if (added.length === 0) continue;
      lists.push(added);
      targets.push(records[i].target);
    }
    if (lists.length > 0) schedule();
  }

  const MO = (win as Window & typeof globalThis).MutationObserver;
  const observer = MO ? new MO(onRecords) : null;
  observer?.observe(doc.documentElement, { childList: true, subtree: true });

  return {
    add(interest) {
      interests.add(interest);
      return () => interests.delete(interest);
    },
    stop() {
      stopped = true;
      observer?.disconnect();
      if (handle) {
        if (usedIdle && cic) cic.call(win, handle);
        else win.clearTimeout(handle);
      }
      handle = 0;
      lists = [];
      targets = [];
      interests.clear();
    },
  };
}
