/**
 * A site adapter: where a site's compose boxes are and which editor they use.
 * Data only (selectors as strings), so that the content script stays generic
 * and a changed site means a changed line here, nothing else.
 */

/** The editor behind a compose box; decides how text is read and underlined. */
export type EditorKind = 'lexical' | 'draft' | 'quill' | 'prosemirror' | 'textarea' | 'contenteditable';

export interface BoxSelector {
  /** A CSS selector for the editable element itself (textarea or contenteditable root). */
  selector: string;
  editor: EditorKind;
  /** Where this selector was seen (page and date), for whoever updates it. */
  seenOn: string;
}

/** A selector for something other than a box (a send control, a message area), with where it was seen. */
export interface SeenSelector {
  selector: string;
  /** Where this selector was seen (page and date), or "structural fallback" when it is a guess from common markup. */
  seenOn: string;
}

export interface SiteAdapter {
  /** Stable id, also used in settings.sites.skip and contextBySite ("facebook", "x"). */
  id: string;
  /** Name shown to the user. */
  name: string;
  /** Host names served by this site; a host also matches its subdomains when listed with a leading ".". */
  hosts: string[];
  /** Manifest match patterns for the content script. */
  matches: string[];
  /** Compose boxes, most specific first. */
  boxes: BoxSelector[];
  /**
   * Ancestors of a box that hold the whole composer (for attachments: images
   * and videos inside it are previews of what will be posted). Tried in order
   * with closest(); the box's parent element is the fallback.
   */
  composers: string[];
  /** The site's own post, send or reply controls (the send guard stops a click on one while its box has findings). */
  submits?: SeenSelector[];
  /** Boxes where a plain Enter sends (chats and DMs); Ctrl/Cmd+Enter is watched in every box. */
  enterSends?: SeenSelector[];
  /** Containers of received content (messages, comments) whose links are checked (G12). */
  messageAreas?: SeenSelector[];
}
