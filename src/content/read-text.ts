/**
 * Reads the plain text of a compose box, block by block, with a map from text
 * offsets back to DOM positions (for highlights). Reads only: never changes
 * the box. Linear in the size of the box's DOM.
 */

/** A run of text that comes from one Text node. */
export interface TextSegment {
  /** Offset of the run in the read text. */
  start: number;
  node: Text;
  /** Offset of the run's first character inside node.data. */
  nodeOffset: number;
  length: number;
}

export interface ReadText {
  text: string;
  /** Sorted by start; gaps are line breaks added between blocks. Empty for a textarea. */
  segments: TextSegment[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'VIDEO', 'AUDIO', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

/** The text of a textarea or contenteditable element. */
export function readText(root: Element): ReadText {
  if (isTextField(root)) return { text: String((root as HTMLTextAreaElement).value ?? ''), segments: [] };
  const segments: TextSegment[] = [];
  let text = '';
  /** Something (text or an empty line) has been read: a block boundary now means a line break. */
  let emitted = false;
  let needBreak = false;
  const flush = () => {
    if (needBreak) {
      text += '\n';
      needBreak = false;
    }
    emitted = true;
  };

  // Iterative walk (no recursion limit on deep editors).
  const stack: { node: Node; exit: boolean }[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push({ node: c, exit: false });
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length === 0) continue;
      flush();
      segments.push({ start: text.length, node: node as Text, nodeOffset: 0, length: data.length });
      text += data;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    const block = BLOCK_TAGS.has(tag);
    if (block && emitted) needBreak = true;
    if (exit || SKIP_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      // A trailing <br> only keeps an empty block open; elsewhere it is a line break.
      flush();
      if (!isLastInBlock(el, root)) text += '\n';
      continue;
    }
    if (block) stack.push({ node: el, exit: true });
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, exit: false });
  }
  return { text, segments };
}

/** True when nothing but empty text follows el up to the end of its block. */
function isLastInBlock(el: Element, root: Element): boolean {
  let n: Node | null = el;
  while (n && n !== root) {
    for (let s = n.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === 3 && (s as Text).data.length > 0) return false;
      if (s.nodeType === 1) return false;
    }
    const parent: Node | null = n.parentNode;
    if (!parent || parent === root) return true;
    if (parent.nodeType === 1 && BLOCK_TAGS.has((parent as Element).tagName.toUpperCase())) return true;
    n = parent;
  }
  return true;
}

/** The segment holding offset (or the nearest one after it; before it when at the end). */
function locate(segments: TextSegment[], offset: number, preferNext: boolean): { node: Text; offset: number } | null {
  if (segments.length === 0) return null;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  let seg = segments[lo];
  if (offset < seg.start) return { node: seg.node, offset: seg.nodeOffset };
  if (offset >= seg.start + seg.length) {
    // In a gap (added line break) or past the end.
    if (preferNext && lo + 1 < segments.length) {
      seg = segments[lo + 1];
      return { node: seg.node, offset: seg.nodeOffset };
    }
    return { node: seg.node, offset: seg.nodeOffset + seg.length };
  }
  return { node: seg.node, offset: seg.nodeOffset + (offset - seg.start) };
}

/**
 * A DOM Range over [start, end) of the read text, or null when the text has no
 * DOM (textarea), the span is empty, or the nodes have since changed.
 */
export function rangeFor(read: ReadText, start: number, end: number, doc: Document): Range | null {
  if (end <= start) return null;
  const a = locate(read.segments, start, true);
  const b = locate(read.segments, end, false);
  if (!a || !b) return null;
  if (a.offset > a.node.data.length || b.offset > b.node.data.length) return null;
  try {
    const range = doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range.collapsed ? null : range;
  } catch {
    return null;
  }
}
