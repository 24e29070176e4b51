/**
 * The caret of a box, saved before a prompt takes focus and put back when
 * focus returns ("Endre"), so that the employee goes on typing where they
 * were. Reads and sets the selection only; never the text.
 */
export type SavedCaret = (() => void) | null;

export function saveCaret(box: Element): SavedCaret {
  try {
    if (box.tagName === 'TEXTAREA') {
      const t = box as HTMLTextAreaElement;
      const start = t.selectionStart;
      const end = t.selectionEnd;
      return () => t.setSelectionRange(start, end);
    }
    const doc = box.ownerDocument;
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0) return null;
    const range = sel.getRangeAt(0);
    if (!box.contains(range.startContainer)) return null;
    const saved = range.cloneRange();
    return () => {
      if (!box.contains(saved.startContainer)) return;
      const now = doc.getSelection();
      if (!now) return;
      now.removeAllRanges();
      now.addRange(saved);
    };
  } catch {
    return null;
  }
}

/** Focuses the box and restores the caret. */
export function refocus(box: Element, caret: SavedCaret): void {
  try {
    if (!box.isConnected) return;
    (box as HTMLElement).focus({ preventScroll: true });
    caret?.();
  } catch {
    // ignore
  }
}
