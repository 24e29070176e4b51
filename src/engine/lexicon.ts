/**
 * Term lists as data. A term is one or more words separated by spaces; a word
 * ending in "*" matches any word that starts with it (an inflection or a
 * compound: "sjukeheim*" matches "sjukeheimen", "sjukeheimsbebuar").
 * Matching looks up each token once in a map of whole words and once per
 * prefix length, so a text is matched in time linear in its length.
 */
import type { Token } from './tokens';

export interface WordList {
  concern: string;
  lang: string;
  source: string;
  terms: string[];
  /** Words that a prefix term would catch but that do not belong ("brannøving"). */
  exclude?: string[];
}

interface Entry {
  term: string;
  words: { text: string; prefix: boolean }[];
}

export interface TermMatch {
  term: string;
  /** Token indices, half-open. */
  first: number;
  last: number;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
}

const MAX_PREFIX = 40;

function wordMatches(word: { text: string; prefix: boolean }, token: string): boolean {
  return word.prefix ? token.startsWith(word.text) : token === word.text;
}

/**
 * Entries that share a first word, indexed by their second word, so that a
 * common first word of many phrases ("det", "i") costs one look-up, not a
 * check of every phrase.
 */
interface Bucket {
  singles: Entry[];
  bySecond: Map<string, Entry[]>;
  /** Phrases whose second word is a prefix term. */
  secondPrefix: Entry[];
}

interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** Entries whose first word is exactly the path to this node. */
  exact: Bucket | null;
  /** Entries whose first word is a prefix term equal to the path. */
  prefix: Bucket | null;
}

const newNode = (): TrieNode => ({ next: null, exact: null, prefix: null });
const newBucket = (): Bucket => ({ singles: [], bySecond: new Map(), secondPrefix: [] });
const NONE: readonly Bucket[] = [];

function addToBucket(bucket: Bucket, entry: Entry): void {
  const second = entry.words[1];
  if (!second) bucket.singles.push(entry);
  else if (second.prefix) bucket.secondPrefix.push(entry);
  else {
    const list = bucket.bySecond.get(second.text);
    if (list) list.push(entry);
    else bucket.bySecond.set(second.text, [entry]);
  }
}

/** Bits for the first two characters of a token when both are ASCII (c1 = 0 for a one-letter token); Token.pair holds the same key. */
const pairIndex = (c0: number, c1: number): number => (c0 << 7) | c1;

/**
 * Each list's matches of a text, by list id, so that rules sharing a list match
 * a text once. One WeakMap entry per text, not one per list and text.
 */
const textCaches = new WeakMap<readonly Token[], Map<number, TermMatch[]>>();

function matchCache(tokens: readonly Token[]): Map<number, TermMatch[]> {
  let cache = textCaches.get(tokens);
  if (!cache) textCaches.set(tokens, (cache = new Map()));
  return cache;
}

let nextLexiconId = 0;

export class Lexicon {
  private readonly root: TrieNode = newNode();
  /**
   * A quick filter before the trie: which ASCII pairs of first characters can
   * start a term. Most tokens of a text start no term of a given list, and
   * one bit test is much cheaper than a map look-up.
   */
  private readonly pairs = new Uint32Array((128 * 128) / 32);
  private readonly excluded: Lexicon | null;
  /** Key of this list's matches in a text's cache, so rules sharing a list match a text once. */
  private readonly id = nextLexiconId++;

  constructor(terms: readonly string[], exclude: readonly string[] = []) {
    for (const raw of terms) {
      const term = raw.trim().toLowerCase();
      if (!term) continue;
      const words = term.split(' ').filter((w) => w.length > 0).map((w) => (w.endsWith('*') ? { text: w.slice(0, -1), prefix: true } : { text: w, prefix: false }));
      if (words.length === 0 || words.some((w) => w.text.length === 0)) continue;
      const entry: Entry = { term, words };
      const first = words[0];
      let node = this.root;
      for (let i = 0; i < first.text.length; i += 1) {
        const c = first.text.charCodeAt(i);
        if (!node.next) node.next = new Map();
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = newNode()));
        node = child;
      }
      if (first.prefix) addToBucket((node.prefix ??= newBucket()), entry);
      else addToBucket((node.exact ??= newBucket()), entry);
      this.markPairs(first.text, first.prefix);
    }
    this.excluded = exclude.length > 0 ? new Lexicon(exclude) : null;
  }

  static fromLists(...lists: WordList[]): Lexicon {
    return new Lexicon(
      lists.flatMap((l) => l.terms),
      lists.flatMap((l) => l.exclude ?? []),
    );
  }

  private markPairs(word: string, prefix: boolean): void {
    const c0 = word.charCodeAt(0);
    if (c0 >= 128) return;
    const set = (c1: number) => {
      const i = pairIndex(c0, c1);
      this.pairs[i >>> 5] |= 1 << (i & 31);
    };
    if (word.length >= 2) {
      const c1 = word.charCodeAt(1);
      if (c1 < 128) set(c1);
    } else if (prefix) {
      for (let c1 = 0; c1 < 128; c1 += 1) set(c1);
    } else set(0);
  }

  /** Buckets whose first word matches the token: a bit test, then one walk down the trie. */
  private candidates(token: string): readonly Bucket[] {
    const c0 = token.charCodeAt(0);
    if (c0 < 128) {
      const c1 = token.length > 1 ? token.charCodeAt(1) : 0;
      if (c1 < 128) {
        const i = pairIndex(c0, c1);
        if ((this.pairs[i >>> 5] & (1 << (i & 31))) === 0) return NONE;
      }
    }
    return this.walk(token);
  }

  private walk(token: string): readonly Bucket[] {
    let out: Bucket[] | null = null;
    let node: TrieNode | undefined = this.root;
    const limit = Math.min(token.length, MAX_PREFIX);
    for (let i = 0; i < limit; i += 1) {
      node = node.next?.get(token.charCodeAt(i));
      if (!node) return out ?? NONE;
      if (node.prefix) (out ??= []).push(node.prefix);
    }
    if (node && node.exact && token.length <= MAX_PREFIX) (out ??= []).push(node.exact);
    return out ?? NONE;
  }

  /** True when a single token matches some one-word term. */
  has(token: string): boolean {
    if (this.excluded?.has(token)) return false;
    return this.candidates(token).some((b) => b.singles.length > 0);
  }

  /** All matches in the token stream; the longest match at each start position. */
  match(tokens: readonly Token[]): TermMatch[] {
    const cache = matchCache(tokens);
    const cached = cache.get(this.id);
    if (cached) return cached;
    const out: TermMatch[] = [];
    const bits = this.pairs;
    for (let i = 0; i < tokens.length; i += 1) {
      const p = tokens[i].pair;
      if (p >= 0 && (bits[p >>> 5] & (1 << (p & 31))) === 0) continue;
      const token = tokens[i].text;
      const candidates = this.walk(token);
      if (candidates.length === 0) continue;
      if (this.excluded && this.excluded.has(token)) continue;
      // The first word matched already (the trie); phrases are looked up by their second word.
      let best: Entry | null = null;
      const nextText = i + 1 < tokens.length ? tokens[i + 1].text : null;
      for (const bucket of candidates) {
        if (!best && bucket.singles.length > 0) best = bucket.singles[0];
        if (nextText === null) continue;
        const phrases = bucket.bySecond.get(nextText);
        if (phrases) best = longestPhrase(phrases, tokens, i, best);
        if (bucket.secondPrefix.length > 0) best = longestPhrase(bucket.secondPrefix, tokens, i, best);
      }
      if (best) {
        const n = best.words.length;
        out.push({ term: best.term, first: i, last: i + n, start: tokens[i].start, end: tokens[i + n - 1].end });
      }
    }
    cache.set(this.id, out);
    return out;
  }
}

/** The longest of `entries` that matches from token i on (word 0 has matched), or `best`. */
function longestPhrase(entries: readonly Entry[], tokens: readonly Token[], i: number, best: Entry | null): Entry | null {
  for (const entry of entries) {
    const n = entry.words.length;
    if (i + n > tokens.length || (best && n <= best.words.length)) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k += 1) ok = wordMatches(entry.words[k], tokens[i + k].text);
    if (ok) best = entry;
  }
  return best;
}

/**
 * Pairs of matches (one from each list) whose token distance is at most
 * `window` and, when `sameSentence`, in one sentence. Linear two-pointer walk
 * over the sorted matches; returns at most one pair per `b` match (the nearest).
 */
export function nearPairs<A extends { first: number; last: number }, B extends { first: number; last: number }>(
  as: readonly A[],
  bs: readonly B[],
  window: number,
  sentenceOf?: (tokenIndex: number) => number,
): { a: A; b: B }[] {
  const pairs: { a: A; b: B }[] = [];
  if (as.length === 0 || bs.length === 0) return pairs;
  let j = 0;
  for (const b of bs) {
    while (j < as.length && as[j].last - 1 < b.first - window) j += 1;
    let best: A | null = null;
    let bestDist = Infinity;
    for (let k = j; k < as.length && as[k].first <= b.last - 1 + window; k += 1) {
      const a = as[k];
      const dist = a.first >= b.last ? a.first - (b.last - 1) : b.first >= a.last ? b.first - (a.last - 1) : 0;
      if (dist > window) continue;
      if (sentenceOf && sentenceOf(a.first) !== sentenceOf(b.first)) continue;
      if (dist < bestDist) {
        best = a;
        bestDist = dist;
      }
    }
    if (best) pairs.push({ a: best, b });
  }
  return pairs;
}
