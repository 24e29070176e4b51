/** Keyboard handling shared by the modal dialogs: Tab cycles inside the dialog, Escape cancels. */
import type { JSX } from 'preact';

const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function trapKeys(onEscape: () => void): (e: JSX.TargetedKeyboardEvent<HTMLElement>) => void {
  return (e) => {
    // Keys pressed in the dialog are the dialog's: the page's own key handlers (bubble phase) do not see them.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onEscape();
      return;
    }
    if (e.key === 'Enter') {
      // Activate the button here and cancel the key, so that no keypress reaches the box focus returns to.
      const target = e.target as HTMLElement;
      if (target && target.tagName === 'BUTTON') {
        e.preventDefault();
        target.click();
      }
      return;
    }
    if (e.key !== 'Tab') return;
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const root = e.currentTarget.getRootNode() as ShadowRoot | Document;
    const active = root.activeElement as HTMLElement | null;
    const at = active ? items.indexOf(active) : -1;
    const next = e.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : (at < 0 || at === items.length - 1 ? 0 : at + 1);
    e.preventDefault();
    items[next].focus();
  };
}
