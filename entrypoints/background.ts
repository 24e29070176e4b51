/**
 * Background service worker: keeps each tab's summary (counts per guideline,
 * never text) in storage.session for the popup, sets the toolbar badge,
 * answers get-summary, injects the engine into a frame that asks for it, and
 * registers the content script on added sites that the user has granted.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadSettings, watchSettings } from '../src/config/index';
import { badgeFor, mergeSummaries } from '../src/content/summary';
import { summaryKey, type RuntimeMessage, type TabSummary } from '../src/messaging/types';
import { syncAddedSites, type PermissionsLike, type ScriptingLike } from '../src/sites/registration';

const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
/** The engine, injected into a frame's isolated world on its first need (src/messaging/engine-api.ts). */
const ENGINE_FILE = '/engine.js';

function framesKey(tabId: number): string {
  return `summaryFrames:${tabId}`;
}

function isSummary(v: unknown): v is TabSummary {
  if (!v || typeof v !== 'object') return false;
  const s = v as TabSummary;
  return typeof s.boxes === 'number' && typeof s.guidelines === 'object' && s.guidelines !== null && typeof s.updatedAt === 'number';
}

/** Only counts and guideline numbers are kept; anything else in a message is dropped. */
function cleanSummary(s: TabSummary): TabSummary {
  const guidelines: TabSummary['guidelines'] = {};
  for (const [k, g] of Object.entries(s.guidelines)) {
    const n = Number(k);
    if (!Number.isInteger(n) || n < 1 || n > 99 || !g) continue;
    const highest = g.highest === 'high' || g.highest === 'warning' ? g.highest : 'info';
    guidelines[n] = { count: Math.max(0, Math.floor(Number(g.count) || 0)), highest };
  }
  return {
    site: typeof s.site === 'string' ? s.site.slice(0, 40) : null,
    boxes: Math.max(0, Math.floor(s.boxes)),
    context: s.context === 'official' ? 'official' : 'private',
    guidelines,
    updatedAt: Number(s.updatedAt) || Date.now(),
  };
}

export default defineBackground(() => {
  const session = browser.storage.session;
  // One update at a time, so that frames of one tab do not overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  async function setBadge(tabId: number, summary: TabSummary | null): Promise<void> {
    const badge = badgeFor(summary);
    try {
      await browser.action.setBadgeText({ tabId, text: badge.text });
      if (badge.text) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    } catch {
      // The tab may be gone.
    }
  }

  function storeFrame(tabId: number, frameId: number, summary: TabSummary): Promise<void> {
    return serial(async () => {
      const key = framesKey(tabId);
      const got = await session.get(key);
      const frames = (got[key] && typeof got[key] === 'object' ? got[key] : {}) as Record<string, TabSummary>;
      frames[String(frameId)] = summary;
      const merged = mergeSummaries(Object.values(frames));
      await session.set({ [key]: frames, [summaryKey(tabId)]: merged });
      await setBadge(tabId, merged);
    });
  }

  function clearTab(tabId: number): Promise<void> {
    return serial(async () => {
      await session.remove([framesKey(tabId), summaryKey(tabId)]);
      await setBadge(tabId, null);
    });
  }

  async function injectEngine(tabId: number, frameId: number): Promise<boolean> {
    try {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ENGINE_FILE] });
      return true;
    } catch {
      return false;
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<TabSummary | boolean | null> | undefined => {
    const message = raw as RuntimeMessage;
    if (!message || typeof message !== 'object') return undefined;
    if (message.type === 'summary') {
      const tabId = sender.tab?.id;
      if (typeof tabId !== 'number' || tabId < 0 || !isSummary(message.summary)) return undefined;
      void storeFrame(tabId, sender.frameId ?? 0, cleanSummary(message.summary));
      return undefined;
    }
    if (message.type === 'load-engine') {
      const tabId = sender.tab?.id;
      if (typeof tabId !== 'number' || tabId < 0) return Promise.resolve(false);
      return injectEngine(tabId, sender.frameId ?? 0);
    }
    if (message.type === 'get-summary') {
      const tabId = Number(message.tabId);
      return serial(async () => {
        const key = summaryKey(tabId);
        const got = await session.get(key);
        return isSummary(got[key]) ? got[key] : null;
      });
    }
    return undefined;
  });

  // A new page in the tab starts with no findings. (Without the "tabs" permission changeInfo has
  // no url; a same-page navigation may also report "loading": the content script then sends its
  // summary again when it sees the address change.)
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void clearTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTab(tabId);
  });

  // Sites added by configuration: register the content script where the user granted access.
  const scripting = (browser as unknown as { scripting?: ScriptingLike }).scripting;
  const permissions = browser.permissions as unknown as PermissionsLike;
  let hosts: string[] = [];
  const sync = () => void syncAddedSites(hosts, permissions, scripting, CONTENT_SCRIPT_FILE);
  void loadSettings().then((s) => {
    hosts = s.settings.sites?.add ?? [];
    sync();
  });
  watchSettings((s) => {
    hosts = s.settings.sites?.add ?? [];
    sync();
  });
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
});
