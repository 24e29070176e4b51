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

/** The engine, loading it once per frame; null when it cannot be had (then nothing is shown). */
export function loadEngine(): Promise<EngineApi | null> {
  const now = installedEngine();
  if (now) return Promise.resolve(now);
  if (!pending) {
    const load = loader;
    pending = (load ? load() : Promise.resolve())
      .then(() => installedEngine())
      .catch(() => null)
      .then((api) => {
        pending = null; // later callers find the engine installed, or ask again
        return api;
      });
  }
  return pending;
}
