/**
 * The context the user last chose per site ("official" or "private"), in
 * storage.local under one key. Holds site ids and contexts only, never text.
 */
import type { Context } from '../engine/types';

export const SITE_CONTEXT_KEY = 'siteContext';

export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function asMap(v: unknown): Record<string, Context> {
  const out: Record<string, Context> = {};
  if (!v || typeof v !== 'object') return out;
  for (const [k, c] of Object.entries(v as Record<string, unknown>)) if (c === 'official' || c === 'private') out[k] = c;
  return out;
}

export async function getSiteContext(area: LocalArea, siteId: string): Promise<Context | undefined> {
  const got = await area.get(SITE_CONTEXT_KEY);
  return asMap(got[SITE_CONTEXT_KEY])[siteId];
}

export async function setSiteContext(area: LocalArea, siteId: string, context: Context): Promise<void> {
  const got = await area.get(SITE_CONTEXT_KEY);
  const map = asMap(got[SITE_CONTEXT_KEY]);
  map[siteId] = context;
  await area.set({ [SITE_CONTEXT_KEY]: map });
}
