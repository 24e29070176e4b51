/**
 * Content script: watches compose boxes on the named social sites (and on
 * sites added by configuration, registered at run time by the background).
 * All the logic is in src/content; this file wires it to the browser.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadSettings, watchSettings } from '../src/config/browser-store';
import { startContent, type ContentEnv } from '../src/content/app';
import { loadEngine, setEngineLoader } from '../src/content/engine-client';
import { holdEarlySends } from '../src/content/guard/early-hold';
import { contentSettings } from '../src/content/settings';
import { getSiteContext, setSiteContext, type LocalArea } from '../src/content/site-context';
import type { ContentToBackground } from '../src/messaging/types';
import { adapterForHost, contentScriptMatches } from '../src/sites/index';

export default defineContentScript({
  matches: contentScriptMatches(),
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    const loadMessage: ContentToBackground = { type: 'load-engine' };
    setEngineLoader(() => browser.runtime.sendMessage(loadMessage));
    // Sends pressed before the guard listens (reading settings can take seconds) are held, then given to it.
    const early = holdEarlySends(window, adapterForHost(location.hostname, { add: [], skip: [] }), { onFirstHold: () => void loadEngine() });
    ctx.onInvalidated(() => early.release());
    const host = location.hostname;
    const languages = navigator.languages ?? [navigator.language];
    const loaded = await loadSettings();
    if (ctx.isInvalid) return early.release();
    const local = browser.storage.local as unknown as LocalArea;
    const env: ContentEnv = {
      settings: contentSettings(loaded, host, languages),
      watchSettings: (cb) => watchSettings((s) => cb(contentSettings(s, host, languages))),
      getSiteContext: (siteId) => getSiteContext(local, siteId),
      setSiteContext: (siteId, context) => setSiteContext(local, siteId, context),
      sendSummary(summary) {
        const message: ContentToBackground = { type: 'summary', summary };
        void browser.runtime.sendMessage(message).catch(() => undefined);
      },
    };
    const app = startContent(window, env);
    early.release();
    ctx.onInvalidated(() => app.stop());
  },
});
