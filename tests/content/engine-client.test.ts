import { afterEach, describe, expect, it, vi } from 'vitest';
import { engineNow, loadEngine, setEngineLoader } from '../../src/content/engine-client';
import { createEngineApi } from '../../src/engine/page-api';
import { ENGINE_GLOBAL } from '../../src/messaging/engine-api';

const scope = globalThis as Record<string, unknown>;

describe('engine client', () => {
  afterEach(() => {
    delete scope[ENGINE_GLOBAL];
  });

  it('asks the background once and returns the installed engine', async () => {
    const load = vi.fn(async () => {
      scope[ENGINE_GLOBAL] = createEngineApi();
      return true;
    });
    setEngineLoader(load);
    expect(engineNow()).toBeNull();
    const [a, b] = await Promise.all([loadEngine(), loadEngine()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(a?.analyze('Dette er konfidensielt.', { context: 'private' }).length).toBeGreaterThan(0);
    expect(engineNow()).toBe(a);
  });

  it('gives null when the engine cannot be had, and tries again next time', async () => {
    const load = vi.fn(async () => {
      throw new Error('no tab');
    });
    setEngineLoader(load);
    expect(await loadEngine()).toBeNull();
    expect(await loadEngine()).toBeNull();
    expect(load).toHaveBeenCalledTimes(2 * 5); // each call tries five times (the worker may be starting)
  });

  it('compiles a configured pack once and checks against it', () => {
    const api = createEngineApi();
    const pack = JSON.parse(JSON.stringify({ bad: true }));
    // An invalid pack falls back to the built-in rules instead of throwing.
    expect(() => api.analyze('konfidensielt', { pack })).not.toThrow();
  });
});
