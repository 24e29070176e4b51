import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/config/defaults';
import { createSettingsStore, type StorageAreaLike, type StorageLike } from '../../src/config/store';

function area(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    async get(keys) {
      if (keys === null || keys === undefined) return { ...data };
      const list = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, data[k]]));
    },
    async set(items) {
      Object.assign(data, items);
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) delete data[k];
    },
  };
}

function fakeStorage(policy: Record<string, unknown> | 'reject', user?: unknown) {
  const listeners = new Set<(changes: Record<string, unknown>, area: string) => void>();
  const managed: StorageAreaLike =
    policy === 'reject'
      ? {
          get: () => Promise.reject(new Error('Managed storage manifest not found')),
        }
      : area(policy);
  const storage: StorageLike & { fire(changes: Record<string, unknown>, area: string): void } = {
    managed,
    sync: area(user === undefined ? {} : { settings: user }),
    local: area(),
    onChanged: { addListener: (cb) => listeners.add(cb), removeListener: (cb) => listeners.delete(cb) },
    fire: (changes, a) => listeners.forEach((l) => l(changes, a)),
  };
  return storage;
}

describe('settings store', () => {
  it('treats a rejected storage.managed read (Firefox without policy) as no policy', async () => {
    const store = createSettingsStore(() => fakeStorage('reject', { language: 'nb' }));
    const r = await store.loadSettings();
    expect(r.managed).toBe(false);
    expect(r.errors).toEqual([]);
    expect(r.settings.language).toBe('nb');
  });

  it('never throws, even without a storage API', async () => {
    const r = await createSettingsStore(() => undefined).loadSettings();
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    const broken = createSettingsStore(() => {
      throw new Error('no browser');
    });
    expect((await broken.loadSettings()).errors[0]).toMatch(/^could not read settings/);
  });

  it('saves valid user values, refuses locked keys and bad values with messages', async () => {
    const storage = fakeStorage({ disabledGuidelines: [7] }, { language: 'nb' });
    const store = createSettingsStore(() => storage);
    const { errors } = await store.saveUserSettings({ disabledGuidelines: [4], colleagueNames: ['Kari'], sendGuard: 'maybe' as never });
    expect(errors).toEqual([
      'setting sendGuard must be one of off, confirm, block-high; not saved',
      "setting disabledGuidelines is set by your organisation's policy; not saved",
    ]);
    expect((storage.sync as ReturnType<typeof area>).data.settings).toEqual({ language: 'nb', colleagueNames: ['Kari'] });
    const r = await store.loadSettings();
    expect(r.settings.colleagueNames).toEqual(['Kari']);
    expect(r.settings.disabledGuidelines).toEqual([7]);
  });

  it('stores a chosen pack in local storage and removes it with null', async () => {
    const storage = fakeStorage({});
    const store = createSettingsStore(() => storage);
    const pack = JSON.stringify({ format: 'varsam-pack/1', id: 'p', organization: 'P', guidelines: [{ id: 1, title: 'T', text: 'x' }] });
    expect(await store.saveUserSettings({ guidelinePack: pack })).toEqual({ errors: [] });
    expect((await store.loadSettings()).settings.guidelinePack).toMatchObject({ id: 'p' });
    const bad = await store.saveUserSettings({ guidelinePack: '{}' });
    expect(bad.errors[0]).toMatch(/^setting guidelinePack must be a valid guideline pack/);
    expect((await store.loadSettings()).settings.guidelinePack).toMatchObject({ id: 'p' });
    await store.saveUserSettings({ guidelinePack: null });
    expect((await store.loadSettings()).settings.guidelinePack).toBeNull();
  });

  it('reloads on managed and sync changes and stops after unsubscribe', async () => {
    const storage = fakeStorage({ organization: 'A' });
    const store = createSettingsStore(() => storage);
    const cb = vi.fn();
    const stop = store.watchSettings(cb);
    (storage.managed as ReturnType<typeof area>).data.organization = 'B';
    storage.fire({ organization: { newValue: 'B' } }, 'managed');
    await vi.waitFor(() => expect(cb).toHaveBeenCalledTimes(1));
    expect(cb.mock.calls[0][0].settings.organization).toBe('B');
    storage.fire({ other: {} }, 'sync');
    storage.fire({ settings: {} }, 'sync');
    await vi.waitFor(() => expect(cb).toHaveBeenCalledTimes(2));
    stop();
    storage.fire({ settings: {} }, 'sync');
    await new Promise((r) => setTimeout(r, 20));
    expect(cb).toHaveBeenCalledTimes(2);
  });
});

describe('a policy that answers late (Chrome, just after the browser starts)', () => {
  function slowPolicy(policy: Record<string, unknown>, afterMs: number): StorageLike {
    const storage = fakeStorage({}, { language: 'nb' });
    storage.managed = { get: () => new Promise((resolve) => setTimeout(() => resolve(policy), afterMs)) };
    return storage;
  }

  it('gives the user settings after the wait, then the full settings when the policy answers', async () => {
    vi.useFakeTimers();
    try {
      const onPolicy = vi.fn();
      const onWait = vi.fn();
      const store = createSettingsStore(() => slowPolicy({ language: 'en', sendGuard: 'block-high' }, 4000));
      const first = store.loadSettings({ policyWaitMs: 300, onWait, onPolicy });
      await vi.advanceTimersByTimeAsync(300);
      const s = await first;
      expect(s.managed).toBe(false);
      expect(s.settings.language).toBe('nb');
      expect(onWait).toHaveBeenCalledTimes(1);
      expect(onPolicy).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(3700);
      expect(onPolicy).toHaveBeenCalledTimes(1);
      const late = onPolicy.mock.calls[0][0];
      expect(late.managed).toBe(true);
      expect(late.settings.language).toBe('en');
      expect(late.settings.sendGuard).toBe('block-high');
      expect(late.locked.language).toBe('policy');
    } finally {
      vi.useRealTimers();
    }
  });

  it('uses a policy that answers within the wait at once, and never calls back', async () => {
    const onPolicy = vi.fn();
    const onWait = vi.fn();
    const store = createSettingsStore(() => slowPolicy({ language: 'en' }, 5));
    const s = await store.loadSettings({ policyWaitMs: 300, onWait, onPolicy });
    expect(onWait).not.toHaveBeenCalled();
    expect(s.managed).toBe(true);
    expect(s.settings.language).toBe('en');
    await new Promise((r) => setTimeout(r, 20));
    expect(onPolicy).not.toHaveBeenCalled();
  });
});
