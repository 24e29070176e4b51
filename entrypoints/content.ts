/**
 * Content script: watches compose boxes on the named social sites (and on
 * sites added by configuration, registered at run time by the background).
 * All the logic is in src/content; this file wires it to the browser.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadSettings, watchSettings } from '../src/config/browser-store';
import type { LoadedSettings } from '../src/config/merge';
import { startContent, type ContentEnv } from '../src/content/app';
import { loadEngine, setEngineLoader } from '../src/content/engine-client';
import { holdEarlySends } from '../src/content/guard/early-hold';
import { contentSettings } from '../src/content/settings';
import { getSiteContext, setSiteContext, type LocalArea } from '../src/content/site-context';
import type { ContentToBackground } from '../src/messaging/types';
import { adapterForHost, contentScriptMatches } from '../src/sites/index';

/** How long the first page waits for the policy before watching boxes with the user's settings. */
const POLICY_WAIT_MS = 300;

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
    // Chrome may answer the policy read only seconds after the browser starts: watch boxes with the user's
    // settings meanwhile, and apply the policy when it answers. Sends stay held until then (the policy may
    // set sendGuard to block-high), at most EARLY_CAP_MS.
    let policyArrived: LoadedSettings | null = null;
    let policyPending = false;
    let started = false;
    const onPolicy: ((s: LoadedSettings) => void)[] = [];
    const loaded = await loadSettings({
      policyWaitMs: POLICY_WAIT_MS,
      onWait() {
        policyPending = true;
      },
      onPolicy(s) {
        policyArrived = s;
        policyPending = false;
        for (const cb of onPolicy) cb(s);
        if (started) early.release();
      },
    });
    if (ctx.isInvalid) return early.release();
    const local = browser.storage.local as unknown as LocalArea;
    const env: ContentEnv = {
      settings: contentSettings(policyArrived ?? loaded, host, languages),
      watchSettings(cb) {
        const relay = (s: LoadedSettings) => cb(contentSettings(s, host, languages));
        onPolicy.push(relay);
        const unwatch = watchSettings(relay);
        return () => {
          const at = onPolicy.indexOf(relay);
          if (at >= 0) onPolicy.splice(at, 1);
          unwatch();
        };
      },
      getSiteContext: (siteId) => getSiteContext(local, siteId),
      setSiteContext: (siteId, context) => setSiteContext(local, siteId, context),
      sendSummary(summary) {
        const message: ContentToBackground = { type: 'summary', summary };
        void browser.runtime.sendMessage(message).catch(() => undefined);
      },
    };
    const app = startContent(window, env);
    started = true;
    if (!policyPending) early.release();
    ctx.onInvalidated(() => app.stop());
  },
});
