/**
 * Counts images and videos attached in the composer around a box (previews
 * of what will be posted). Counts only: the media is never read.
 */
import type { Attachments } from '../engine/types';
import type { SiteAdapter } from '../sites/types';

/** Images smaller than this (emoji, avatars, icons) are not attachments. */
const MIN_IMAGE_SIDE = 48;

export function composerOf(box: Element, adapter: SiteAdapter): Element | null {
  for (const sel of adapter.composers) {
    try {
      const c = box.closest(sel);
      if (c) return c;
    } catch {
      // A bad selector in an adapter must not break the page.
    }
  }
  return box.parentElement;
}

export function countAttachments(box: Element, adapter: SiteAdapter): Attachments {
  const composer = composerOf(box, adapter);
  if (!composer) return { images: 0, videos: 0 };
  let images = 0;
  let videos = 0;
  for (const img of composer.querySelectorAll('img')) {
    if (box.contains(img)) continue; // emoji inside the text
    const w = img.width || img.naturalWidth;
    const h = img.height || img.naturalHeight;
    if (w >= MIN_IMAGE_SIDE && h >= MIN_IMAGE_SIDE) images++;
    else if (img.hasAttribute('data-varsam-attachment')) images++;
  }
  videos = composer.querySelectorAll('video').length;
  return { images, videos };
}
