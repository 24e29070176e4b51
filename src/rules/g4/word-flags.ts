/**
 * Bit flags for words, looked up by walking characters instead of hashing a
 * string: a token's text is a fresh string in every analysis, and a map
 * look-up would hash it anew each time. Words are added with their flags, a
 * word may be a prefix ("bebuar…": any word that starts with it), and endings
 * ("…sjefen") are kept in a second trie walked from the end of the word.
 * Linear in the length of the word; no regular expressions.
 */

interface Node {
  /** Children by character code: ASCII in an array, the rest in a map. */
  ascii: (Node | null)[] | null;
  other: Map<number, Node> | null;
  /** Flags of a word that ends here. */
  exact: number;
  /** Flags of every word that starts with the path to here. */
  prefix: number;
  /** Endings only: how many characters must come before the ending. */
  minBefore: number;
}

const newNode = (): Node => ({ ascii: null, other: null, exact: 0, prefix: 0, minBefore: 0 });

function child(node: Node, c: number): Node | null {
  if (c < 128) return node.ascii === null ? null : node.ascii[c];
  return node.other === null ? null : node.other.get(c) ?? null;
}

function childOrNew(node: Node, c: number): Node {
  let next = child(node, c);
  if (next) return next;
  next = newNode();
  // Filled, not holey: reading a hole is slower than reading null.
  if (c < 128) (node.ascii ??= new Array<Node | null>(128).fill(null))[c] = next;
  else (node.other ??= new Map()).set(c, next);
  return next;
}

export class WordFlags {
  private readonly root = newNode();
  private readonly endings = newNode();

  /** Flags for the whole word, or (prefix) every word that starts with it. */
  word(word: string, flags: number, prefix = false): this {
    let node = this.root;
    for (let i = 0; i < word.length; i += 1) node = childOrNew(node, word.charCodeAt(i));
    if (prefix) node.prefix |= flags;
    else node.exact |= flags;
    return this;
  }

  words(words: Iterable<string>, flags: number, prefix = false): this {
    for (const w of words) this.word(w, flags, prefix);
    return this;
  }

  /** Flags for words that end with `ending` after at least `minBefore` other characters (a compound: "økonomi|sjefen"). */
  ending(ending: string, flags: number, minBefore: number): this {
    let node = this.endings;
    for (let i = ending.length - 1; i >= 0; i -= 1) node = childOrNew(node, ending.charCodeAt(i));
    node.exact |= flags;
    node.minBefore = minBefore;
    return this;
  }

  endingList(endings: Iterable<string>, flags: number, minBefore: number): this {
    for (const e of endings) this.ending(e, flags, minBefore);
    return this;
  }

  /** The flags of a word's listed endings only: a walk from its last letter, usually over after a letter or two. */
  endingFlags(text: string): number {
    let flags = 0;
    let node: Node | null = this.endings;
    for (let i = text.length - 1; i >= 0 && node; i -= 1) {
      node = child(node, text.charCodeAt(i));
      if (node && node.exact !== 0 && i >= node.minBefore) flags |= node.exact;
    }
    return flags;
  }

  /** The flags of a word: its own, its listed prefixes' and its listed endings'. */
  of(text: string): number {
    let flags = 0;
    let node: Node | null = this.root;
    const n = text.length;
    for (let i = 0; i < n && node; i += 1) {
      node = child(node, text.charCodeAt(i));
      if (node) flags |= node.prefix;
    }
    if (node) flags |= node.exact;
    node = this.endings;
    for (let i = n - 1; i >= 0 && node; i -= 1) {
      node = child(node, text.charCodeAt(i));
      if (node && node.exact !== 0 && i >= node.minBefore) flags |= node.exact;
    }
    return flags;
  }
}
