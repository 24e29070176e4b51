/** Turns the loaded settings into what the content script needs for one site. */
import type { LoadedSettings } from '../config/index';
import { resolveLanguage, toEngineConfig, validatePackInput } from '../config/index';
import type { Context } from '../engine/types';
import { DEFAULT_PACK } from '../guidelines/index';
import type { GuidelinePack } from '../guidelines/types';
import { adapterForHost } from '../sites/index';
import type { ContentSettings } from './app';

/** Only http(s) links are shown. */
function safeUrl(url: string): string {
  const u = String(url ?? '').trim();
  return u.startsWith('https://') || u.startsWith('http://') ? u : '';
}

let packCache: { input: unknown; pack: GuidelinePack } | null = null;

function packOf(input: unknown): GuidelinePack {
  if (input === null || input === undefined) return DEFAULT_PACK;
  if (packCache && packCache.input === input) return packCache.pack;
  let pack: GuidelinePack = DEFAULT_PACK;
  try {
    pack = validatePackInput(input).pack ?? DEFAULT_PACK;
  } catch {
    pack = DEFAULT_PACK;
  }
  packCache = { input, pack };
  return pack;
}

export function contentSettings(loaded: LoadedSettings, host: string, languages: readonly string[]): ContentSettings {
  const s = loaded.settings;
  const sites = { add: s.sites?.add ?? [], skip: s.sites?.skip ?? [] };
  const adapter = adapterForHost(host, sites);
  const bySite = s.contextBySite ?? {};
  const siteValue: Context | undefined = adapter && (bySite[adapter.id] === 'official' || bySite[adapter.id] === 'private') ? bySite[adapter.id] : undefined;
  return {
    sites,
    lang: resolveLanguage(s, languages),
    engineConfig: toEngineConfig(s),
    pack: packOf(s.guidelinePack),
    guidelinesUrl: safeUrl(s.guidelinesUrl),
    defaultContext: siteValue ?? (s.defaultContext === 'official' ? 'official' : 'private'),
    contextLocked: Boolean(siteValue && loaded.locked.contextBySite),
  };
}
