/**
 * One page-wide MutationObserver for the content script, batched and
 * time-sliced. The observer's callback only keeps each record's list of added
 * nodes (no loop over the nodes, no DOM query). In idle time the added element
 * subtrees are searched, newest first, with ONE combined selector of what the
 * listeners want (compose boxes, links in message areas): one native query per
 * subtree, and a subtree with no child element costs one matches(). A pass
 * stops after SLICE_MS; what is left waits at least GAP_MS, so a page that
 * adds nodes without pause costs at most SLICE_MS per GAP_MS, and the rest is
 * done when the page is quiet; over any second, passes take at most
 * BUDGET_MS. Text-only and attribute changes are not
 * observed. Listeners run inside try/catch: nothing throws in the page.
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
/** Time one pass may take before it yields to the page. */
const SLICE_MS = 1;
/** Pause before the next pass when a pass left work undone. */
const GAP_MS = 250;
/** At most BUDGET_MS of passes per WINDOW_MS: a page that never stops changing costs no more than this. */
const WINDOW_MS = 1000;
const BUDGET_MS = 1.5;

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
  /** Added-node lists not searched yet; `end`: the nodes before this index are left (newest list last). */
  let lists: { nodes: NodeList; end: number }[] = [];
  let targets: Node[] = [];
  let handle = 0;
  let windowStart = -Infinity;
  let spent = 0;
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

  /** The interests and their selectors for one pass. */
  function wantedNow(): { interest: PageInterest; selector: string }[] {
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
    return wanted;
  }

  function flush(): void {
    handle = 0;
    if (stopped) return;
    const t0 = win.performance.now();
    if (t0 - windowStart >= WINDOW_MS) {
      windowStart = t0;
      spent = 0;
    }
    const slice = Math.min(SLICE_MS, BUDGET_MS - spent);
    if (slice <= 0) {
      schedule(Math.max(1, windowStart + WINDOW_MS - t0));
      return;
    }
    const gotTargets = targets;
    targets = [];
    const wanted = wantedNow();
    const hits: Element[] = [];
    let timedOut = false;
    if (wanted.length === 0) lists = [];
    else {
      const combined = wanted.length === 1 ? wanted[0].selector : wanted.map((w) => w.selector).join(', ');
      // Newest first (what the user is looking at in a chat or at the end of a feed); each list from its end.
      while (lists.length > 0 && !timedOut) {
        const top = lists[lists.length - 1];
        const list = top.nodes;
        let k = top.end - 1;
        for (; k >= 0; k--) {
          const node = list[k];
          if (node.nodeType !== 1) continue;
          const el = node as Element;
          if (el.matches(combined)) hits.push(el);
          // childElementCount and querySelector create no wrapper objects when there is nothing to find.
          if (el.childElementCount > 0 && el.querySelector(combined) !== null) {
            const inner = el.querySelectorAll(combined);
            for (let i = 0; i < inner.length; i++) hits.push(inner[i]);
          }
          if ((k & 7) === 0 && win.performance.now() - t0 > slice) {
            timedOut = true;
            break;
          }
        }
        if (timedOut && k > 0) top.end = k;
        else lists.pop();
      }
    }
    if (hits.length > 0) {
      for (const w of wanted) {
        const mine = wanted.length === 1 ? hits : hits.filter((el) => el.matches(w.selector));
        if (mine.length > 0) safely(() => w.interest.found(mine));
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
    spent += win.performance.now() - t0;
    if (lists.length > 0) schedule(GAP_MS);
  }

  function schedule(delay = 0): void {
    if (handle || stopped) return;
    const idle = () => {
      if (stopped) return;
      if (ric) {
        usedIdle = true;
        handle = ric.call(win, flush, { timeout: FLUSH_TIMEOUT_MS });
      } else {
        usedIdle = false;
        handle = win.setTimeout(flush, 0);
      }
    };
    if (delay > 0) {
      usedIdle = false;
      handle = win.setTimeout(() => {
        handle = 0;
        idle();
      }, delay);
    } else idle();
  }

  /** Only keeps the records' added-node lists and targets: one step per record. */
  function onRecords(records: MutationRecord[]): void {
    for (let i = 0; i < records.length; i++) {
      const added = records[i].addedNodes;
      if (added.length === 0) continue;
      lists.push({ nodes: added, end: added.length });
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
