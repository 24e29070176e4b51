/**
 * Term lists as data. A term is one or more words separated by spaces; a word
 * ending in "*" matches any word that starts with it (an inflection or a
 * compound: "sjukeheim*" matches "sjukeheimen", "sjukeheimsbebuar").
 * All lists' first words sit in one shared trie, so a text is walked once
 * for every list, in time linear in its length; each list then looks only at
 * the tokens where its own first words occur.
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

/** A character trie of first words; both a list's own trie and the shared one are of this shape. */
interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | null;
  /** What belongs to first words that are exactly the path to this node. */
  exact: T | null;
  /** What belongs to prefix terms ("word*") equal to the path. */
  prefix: T | null;
}

function newNode<T>(): TrieNode<T> {
  return { next: null, exact: null, prefix: null };
}

/** The node of a word, made on the way when missing. */
function nodeFor<T>(root: TrieNode<T>, word: string): TrieNode<T> {
  let node = root;
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if (!node.next) node.next = new Map();
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = newNode()));
    node = child;
  }
  return node;
}

/** What the word matches on its path: prefix terms by length, then the whole word; null for nothing. */
function onPath<T>(root: TrieNode<T>, word: string): T[] | null {
  let out: T[] | null = null;
  let node: TrieNode<T> | undefined = root;
  const limit = Math.min(word.length, MAX_PREFIX);
  for (let i = 0; i < limit; i += 1) {
    node = node.next?.get(word.charCodeAt(i));
    if (!node) return out;
    if (node.prefix) (out ??= []).push(node.prefix);
  }
  if (node && node.exact && word.length <= MAX_PREFIX) (out ??= []).push(node.exact);
  return out;
}
/** Shared by every bucket without phrases until its first phrase (most buckets hold one-word terms only). */
const NO_PHRASES: ReadonlyMap<string, Entry[]> = new Map();
const newBucket = (): Bucket => ({ singles: [], bySecond: NO_PHRASES as Map<string, Entry[]>, secondPrefix: [] });
const NONE: readonly Bucket[] = [];

function addToBucket(bucket: Bucket, entry: Entry): void {
  const second = entry.words[1];
  if (!second) bucket.singles.push(entry);
  else if (second.prefix) bucket.secondPrefix.push(entry);
  else {
    if (bucket.bySecond === NO_PHRASES) bucket.bySecond = new Map();
    const list = bucket.bySecond.get(second.text);
    if (list) list.push(entry);
    else bucket.bySecond.set(second.text, [entry]);
  }
}

/** Bits for the first two characters of a token when both are ASCII (c1 = 0 for a one-letter token); Token.pair holds the same key. */
const pairIndex = (c0: number, c1: number): number => (c0 << 7) | c1;

/**
 * One trie of the first words of every word list, so that a text is walked
 * once for all lists instead of once per list. Lists created at run time
 * (configuration, packs) join it too and leave it when they are
 * garbage-collected, so the shared trie does not grow with each new setting.
 *
 * A node holds the lists' buckets as flat pairs (list id, bucket). A bucket with one-word terms or a prefix second word can match
 * whatever follows (`always`); a bucket of phrases only is filed under each of
 * its second words, so a common first word ("i", "the") costs nothing unless
 * the next word can continue one of its phrases.
 */
interface Group {
  always: (number | Bucket)[];
  bySecond: Map<string, (number | Bucket)[]>;
}

type SharedNode = TrieNode<Group>;

const sharedRoot: SharedNode = newNode();
/** Union of every shared list's first-pair bits. */
const sharedPairs = new Uint32Array((128 * 128) / 32);

function fileBucket(group: Group, id: number, bucket: Bucket): void {
  if (bucket.singles.length > 0 || bucket.secondPrefix.length > 0) {
    group.always.push(id, bucket);
    return;
  }
  for (const second of bucket.bySecond.keys()) {
    const list = group.bySecond.get(second);
    if (list) list.push(id, bucket);
    else group.bySecond.set(second, [id, bucket]);
  }
}

function withoutList(list: (number | Bucket)[], id: number): (number | Bucket)[] {
  const kept: (number | Bucket)[] = [];
  for (let k = 0; k < list.length; k += 2) if (list[k] !== id) kept.push(list[k], list[k + 1]);
  return kept;
}

interface Registration {
  id: number;
  nodes: SharedNode[];
}

function forget({ id, nodes }: Registration): void {
  wordCache.clear();
  for (const node of nodes) {
    for (const group of [node.exact, node.prefix]) {
      if (!group) continue;
      group.always = withoutList(group.always, id);
      for (const [second, list] of group.bySecond) {
        const kept = withoutList(list, id);
        if (kept.length > 0) group.bySecond.set(second, kept);
        else group.bySecond.delete(second);
      }
    }
  }
}

const registry = typeof FinalizationRegistry === 'function' ? new FinalizationRegistry<Registration>(forget) : null;

/**
 * Where each list's first words occur in a text: for list id, flat pairs of
 * token index and bucket, in token order. Built in one walk of the shared
 * trie per distinct word; each list's matches are then cached by id.
 */
interface TextIndex {
  /** By list id: flat pairs of token index and bucket, in token order. */
  hits: ((number | Bucket)[] | undefined)[];
  /** By list id: the list's matches, once asked for. */
  matches: (TermMatch[] | undefined)[];
  /** Lists with an id below this were in the shared trie when the text was indexed. */
  upTo: number;
}

/** A text's index rides on its token array (a symbol key: cheaper than a WeakMap, and gone with the array). */
const INDEX = Symbol('lexicon index');
type IndexedTokens = readonly Token[] & { [INDEX]?: TextIndex };

const NO_HITS: readonly (number | Bucket)[] = [];
/**
 * What one word contributes to a text's index: every list's buckets of the
 * groups on the word's trie path, merged: those that match whatever follows,
 * and those that need a given next word.
 */
interface WordHits {
  always: (number | Bucket)[];
  bySecond: Map<string, (number | Bucket)[]> | null;
}

const NO_WORD_HITS: WordHits = { always: [], bySecond: null };

function mergeGroups(groups: readonly Group[] | null): WordHits {
  if (!groups) return NO_WORD_HITS;
  const always: (number | Bucket)[] = [];
  let bySecond: Map<string, (number | Bucket)[]> | null = null;
  for (const group of groups) {
    for (const item of group.always) always.push(item);
    for (const [second, list] of group.bySecond) {
      bySecond ??= new Map();
      const known = bySecond.get(second);
      if (known) for (const item of list) known.push(item);
      else bySecond.set(second, list.slice());
    }
  }
  return always.length === 0 && bySecond === null ? NO_WORD_HITS : { always, bySecond };
}

/**
 * Words already looked up in the shared trie, across texts: live checking
 * analyses nearly the same text at every pause in typing, and a walk costs a
 * map look-up per character. Memory only (never stored), bounded, and emptied
 * whenever a list joins or leaves the trie.
 */
const wordCache = new Map<string, WordHits>();
const WORD_CACHE_MAX = 20_000;

function cachedWordHits(text: string): WordHits {
  let found = wordCache.get(text);
  if (found) return found;
  if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
  wordCache.set(text, (found = mergeGroups(onPath(sharedRoot, text))));
  return found;
}

function addHits(hits: ((number | Bucket)[] | undefined)[], list: (number | Bucket)[], i: number): void {
  for (let k = 0; k < list.length; k += 2) {
    const id = list[k] as number;
    const arr = hits[id];
    if (arr) arr.push(i, list[k + 1]);
    else hits[id] = [i, list[k + 1]];
  }
}

/** The text asked about last: rules ask about the same text many times in a row, and one comparison answers. */
let lastTokens: readonly Token[] | null = null;
let lastIndex: TextIndex | null = null;

function indexText(tokens: readonly Token[]): TextIndex {
  if (tokens === lastTokens) return lastIndex!;
  const known = (tokens as IndexedTokens)[INDEX];
  if (known) {
    lastTokens = tokens;
    lastIndex = known;
    return known;
  }
  // Dense arrays by list id (a sparse array would fall back to a slow dictionary).
  const hits: ((number | Bucket)[] | undefined)[] = new Array(nextLexiconId);
  const bits = sharedPairs;
  const n = tokens.length;
  for (let i = 0; i < n; i += 1) {
    const token = tokens[i];
    const p = token.pair;
    if (p >= 0 && (bits[p >>> 5] & (1 << (p & 31))) === 0) continue;
    const word = cachedWordHits(token.text);
    if (word.always.length > 0) addHits(hits, word.always, i);
    if (word.bySecond !== null && i + 1 < n) {
      const list = word.bySecond.get(tokens[i + 1].text);
      if (list) addHits(hits, list, i);
    }
  }
  const index: TextIndex = { hits, matches: new Array(nextLexiconId), upTo: nextLexiconId };
  (tokens as IndexedTokens)[INDEX] = index;
  lastTokens = tokens;
  lastIndex = index;
  return index;
}

let nextLexiconId = 0;

export class Lexicon {
  /**
   * The list's buckets by first word ("sjuk" for "sjuk", "sjuk*" for a prefix term). The list's own trie, which only
   * `has` and lists made after a text was indexed walk, is built from them the first time it is needed: most lists
   * are only ever matched through the shared trie, and building a trie per list made loading the engine slow.
   */
  private readonly byFirst = new Map<string, Bucket>();
  private ownRoot: TrieNode<Bucket> | null = null;
  /**
   * A quick filter before the trie: which ASCII pairs of first characters can
   * start a term. Most tokens start no term of a given list, and one bit test
   * is much cheaper than a map look-up.
   */
  private readonly pairs = new Uint32Array((128 * 128) / 32);
  private readonly excluded: Lexicon | null;
  /** Key of this list in the shared trie and in a text's caches. */
  private readonly id = nextLexiconId++;

  /** `shared: false` for a list only ever asked with `has` (exclusions). */
  constructor(terms: readonly string[], exclude: readonly string[] = [], shared = true) {
    for (const raw of terms) {
      const term = raw.trim().toLowerCase();
      if (!term) continue;
      const words = term.split(' ').filter((w) => w.length > 0).map((w) => (w.endsWith('*') ? { text: w.slice(0, -1), prefix: true } : { text: w, prefix: false }));
      if (words.length === 0 || words.some((w) => w.text.length === 0)) continue;
      const entry: Entry = { term, words };
      const first = words[0];
      const key = first.prefix ? `${first.text}*` : first.text;
      let bucket = this.byFirst.get(key);
      if (!bucket) this.byFirst.set(key, (bucket = newBucket()));
      addToBucket(bucket, entry);
      this.markPairs(first.text, first.prefix);
    }
    this.excluded = exclude.length > 0 ? new Lexicon(exclude, [], false) : null;
    if (shared) this.share();
  }

  /** The list's own trie of first words, built on first use. */
  private get root(): TrieNode<Bucket> {
    if (this.ownRoot) return this.ownRoot;
    const root: TrieNode<Bucket> = newNode();
    for (const [key, bucket] of this.byFirst) {
      if (key.endsWith('*')) nodeFor(root, key.slice(0, -1)).prefix = bucket;
      else nodeFor(root, key).exact = bucket;
    }
    return (this.ownRoot = root);
  }

  static fromLists(...lists: WordList[]): Lexicon {
    return new Lexicon(
      lists.flatMap((l) => l.terms),
      lists.flatMap((l) => l.exclude ?? []),
    );
  }

  /** Adds this list's buckets to the shared trie (and takes them out again when the list is collected). */
  private share(): void {
    wordCache.clear();
    const nodes: SharedNode[] = [];
    for (const [key, bucket] of this.byFirst) {
      const prefix = key.endsWith('*');
      const shared = nodeFor(sharedRoot, prefix ? key.slice(0, -1) : key);
      if (prefix) fileBucket((shared.prefix ??= { always: [], bySecond: new Map() }), this.id, bucket);
      else fileBucket((shared.exact ??= { always: [], bySecond: new Map() }), this.id, bucket);
      nodes.push(shared);
    }
    for (let k = 0; k < sharedPairs.length; k += 1) sharedPairs[k] |= this.pairs[k];
    // Pair bits are never cleared: a stale bit costs one trie walk, never a wrong match.
    registry?.register(this, { id: this.id, nodes });
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
    return onPath(this.root, token) ?? NONE;
  }

  /** True when a single token matches some one-word term. */
  has(token: string): boolean {
    if (this.excluded?.has(token)) return false;
    return this.candidates(token).some((b) => b.singles.length > 0);
  }

  /** Flat pairs of token index and bucket for this list alone, from its own trie. */
  private ownHits(tokens: readonly Token[]): (number | Bucket)[] {
    const out: (number | Bucket)[] = [];
    for (let i = 0; i < tokens.length; i += 1) for (const bucket of this.candidates(tokens[i].text)) out.push(i, bucket);
    return out;
  }

  /**
   * All matches in the token stream; the longest match at each start position.
   * Looks only at the tokens where the shared trie found one of this list's
   * first words.
   */
  match(tokens: readonly Token[]): TermMatch[] {
    const index = indexText(tokens);
    const cached = index.matches[this.id];
    if (cached) return cached;
    const out: TermMatch[] = [];
    // A list made after the text was indexed (a setting read during the analysis) finds its own first words.
    const hits = this.id < index.upTo ? index.hits[this.id] ?? NO_HITS : this.ownHits(tokens);
    let k = 0;
    while (k < hits.length) {
      const i = hits[k] as number;
      // The first word matched already (the trie); phrases are looked up by their second word.
      let best: Entry | null = null;
      const skip = this.excluded !== null && this.excluded.has(tokens[i].text);
      const nextText = i + 1 < tokens.length ? tokens[i + 1].text : null;
      for (; k < hits.length && hits[k] === i; k += 2) {
        if (skip) continue;
        const bucket = hits[k + 1] as Bucket;
        if (!best && bucket.singles.length > 0) best = bucket.singles[0];
        if (nextText === null) continue;
        if (bucket.bySecond.size > 0) {
          const phrases = bucket.bySecond.get(nextText);
          if (phrases) best = longestPhrase(phrases, tokens, i, best);
        }
        if (bucket.secondPrefix.length > 0) best = longestPhrase(bucket.secondPrefix, tokens, i, best);
      }
      if (best) {
        const n = best.words.length;
        out.push({ term: best.term, first: i, last: i + n, start: tokens[i].start, end: tokens[i + n - 1].end });
      }
    }
    index.matches[this.id] = out;
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

