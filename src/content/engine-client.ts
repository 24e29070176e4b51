/**
 * Gets the engine for this frame: already installed, or asked for once from
 * the background, which injects /engine.js into this isolated world. Callers
 * that find no engine yet ask for it and run again when it arrives.
 */
import { installedEngine, type EngineApi } from '../messaging/engine-api';

export type EngineLoader = () => Promise<unknown>;

let loader: EngineLoader | null = null;
let pending: Promise<EngineApi | null> | null = null;

/** Set by the entry point: how to ask the background for the engine. */
export function setEngineLoader(load: EngineLoader): void {
  loader = load;
}

export function engineNow(): EngineApi | null {
  return installedEngine();
}

/** Waits between tries: the background's service worker may still be starting when a page asks first. */
const RETRY_MS = [50, 150, 400, 1000];

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function loadWithRetries(): Promise<EngineApi | null> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      if (loader) await loader();
    } catch {
      // No answer yet (the service worker is starting, or the extension was reloaded).
    }
    const api = installedEngine();
    if (api || attempt >= RETRY_MS.length) return api;
    await wait(RETRY_MS[attempt]);
  }
}

/** The engine, loading it once per frame; null when it cannot be had (then nothing is shown). */
export function loadEngine(): Promise<EngineApi | null> {
  const now = installedEngine();
  if (now) return Promise.resolve(now);
  if (!pending) {
    pending = loadWithRetries().then((api) => {
      pending = null; // later callers find the engine installed, or ask again
      return api;
    });
  }
  return pending;
}
