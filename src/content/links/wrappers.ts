/**
 * The sites' own link wrappers, as data: a received link on Facebook goes
 * through l.facebook.com/l.php?u=<target>, on X through t.co (the anchor's
 * text shows the target). The target is what is judged, not the wrapper.
 */
export interface LinkWrapper {
  host: string;
  /** Path prefix the wrapper uses ("" for any). */
  path: string;
  /** Query parameter holding the target; null: the anchor's text shows the target (t.co). */
  param: string | null;
  seenOn: string;
}

export const LINK_WRAPPERS: readonly LinkWrapper[] = [
  { host: 'l.facebook.com', path: '/l.php', param: 'u', seenOn: 'facebook.com outbound links, 2026' },
  { host: 'lm.facebook.com', path: '/l.php', param: 'u', seenOn: 'm.facebook.com outbound links, 2026' },
  { host: 'l.messenger.com', path: '/l.php', param: 'u', seenOn: 'messenger.com outbound links, 2026' },
  { host: 'l.instagram.com', path: '', param: 'u', seenOn: 'instagram.com outbound links, 2026' },
  { host: 'www.youtube.com', path: '/redirect', param: 'q', seenOn: 'youtube.com comment and description links, 2026' },
  { host: 'www.linkedin.com', path: '/redir/redirect', param: 'url', seenOn: 'linkedin.com outbound links, 2026' },
  { host: 't.co', path: '', param: null, seenOn: 'x.com: every link is wrapped in t.co, the text shows the target, 2026' },
];

/** The hosts of the wrappers: a link to any other host is its own target. */
export const WRAPPER_HOSTS: ReadonlySet<string> = new Set(LINK_WRAPPERS.map((w) => w.host));

function looksLikeUrl(text: string): boolean {
  if (text.length < 4 || text.length > 2048 || !text.includes('.')) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32) return false;
  }
  return true;
}

/**
 * The address to judge for an anchor: the wrapped target when the link goes
 * through a known wrapper, else the anchor's own address. null: nothing to
 * judge (not http(s), or a wrapper whose target is not shown).
 */
export function targetOf(href: string, text: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  for (const w of LINK_WRAPPERS) {
    if (host !== w.host || !url.pathname.startsWith(w.path)) continue;
    if (w.param) {
      const target = url.searchParams.get(w.param);
      return target && (target.startsWith('http://') || target.startsWith('https://')) ? target : null;
    }
    let shown = text.trim();
    if (shown.endsWith('…')) shown = shown.slice(0, -1);
    if (!looksLikeUrl(shown)) return null;
    return shown.startsWith('http://') || shown.startsWith('https://') ? shown : `https://${shown}`;
  }
  return href;
}
