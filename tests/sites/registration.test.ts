import { describe, expect, test } from 'vitest';
import { ADDED_SITES_SCRIPT_ID, syncAddedSites, type ScriptingLike } from '../../src/sites/registration';

function fakeScripting() {
  const registered = new Map<string, { id: string; matches: string[]; js: string[] }>();
  const api: ScriptingLike = {
    async getRegisteredContentScripts(filter) {
      return [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
    },
    async registerContentScripts(scripts) {
      for (const s of scripts) registered.set(s.id, { id: s.id, matches: s.matches, js: s.js });
    },
    async unregisterContentScripts(filter) {
      for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
    },
  };
  return { api, registered };
}

describe('content script on sites added by configuration', () => {
  test('registers only the granted hosts, updates and unregisters', async () => {
    const { api, registered } = fakeScripting();
    const granted = new Set(['https://ulvik.kommune.no/*', 'https://*.ulvik.kommune.no/*']);
    const permissions = { contains: async (p: { origins: string[] }) => p.origins.every((o) => granted.has(o)) };
    const used = await syncAddedSites(['ulvik.kommune.no', 'example.org'], permissions, api, 'content-scripts/content.js');
    expect(used).toEqual(['https://ulvik.kommune.no/*', 'https://*.ulvik.kommune.no/*']);
    expect(registered.get(ADDED_SITES_SCRIPT_ID)?.js).toEqual(['content-scripts/content.js']);
    granted.clear();
    expect(await syncAddedSites(['ulvik.kommune.no'], permissions, api, 'content-scripts/content.js')).toEqual([]);
    expect(registered.size).toBe(0);
  });

  test('never throws: no scripting API, or a failing one', async () => {
    const permissions = { contains: async () => true };
    expect(await syncAddedSites(['ulvik.kommune.no'], permissions, undefined, 'x.js')).toEqual([]);
    const broken: ScriptingLike = {
      getRegisteredContentScripts: async () => {
        throw new Error('nope');
      },
      registerContentScripts: async () => undefined,
      unregisterContentScripts: async () => undefined,
    };
    expect(await syncAddedSites(['ulvik.kommune.no'], permissions, broken, 'x.js')).toEqual([]);
  });
});
