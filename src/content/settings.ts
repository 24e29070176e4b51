/** Turns the loaded settings into what the content script needs for one site. */
import type { LoadedSettings } from '../config/index';
import { toEngineConfig } from '../config/engine-config';
import { resolveLanguage } from '../config/language';
import type { Context, Lang, Localized } from '../engine/types';
import { INDICATOR_TEXT } from '../i18n/indicator';
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

function localized(v: unknown): Localized | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (typeof o.nn !== 'string') return null;
  const nn = o.nn.slice(0, 2000);
  return { nn, nb: typeof o.nb === 'string' ? o.nb.slice(0, 2000) : nn, en: typeof o.en === 'string' ? o.en.slice(0, 2000) : nn };
}

/**
 * The guideline titles and texts of a configured pack, read leniently (the
 * options page and the config layer validate packs in full; the content
 * script only shows titles, so it keeps its bundle small). Anything it cannot
 * read falls back to the default pack's guideline.
 */
export function packOf(input: unknown): GuidelinePack {
  if (input === null || input === undefined) return DEFAULT_PACK;
  if (packCache && packCache.input === input) return packCache.pack;
  let pack: GuidelinePack = DEFAULT_PACK;
  try {
    const raw = typeof input === 'string' ? (JSON.parse(input) as unknown) : input;
    const list = raw && typeof raw === 'object' ? (raw as { guidelines?: unknown }).guidelines : undefined;
    if (Array.isArray(list)) {
      const guidelines = DEFAULT_PACK.guidelines.map((g) => ({ ...g }));
      for (const item of list.slice(0, 100)) {
        const id = (item as { id?: unknown })?.id;
        const title = localized((item as { title?: unknown })?.title);
        if (typeof id !== 'number' || !Number.isInteger(id) || !title) continue;
        const text = localized((item as { text?: unknown }).text) ?? title;
        const at = guidelines.findIndex((g) => g.id === id);
        const entry = { id, title, text, kind: at >= 0 ? guidelines[at].kind : ('check' as const) };
        if (at >= 0) guidelines[at] = entry;
        else guidelines.push(entry);
      }
      pack = { ...DEFAULT_PACK, guidelines };
    }
  } catch {
    pack = DEFAULT_PACK;
  }
  packCache = { input, pack };
  return pack;
}

/** The crisis banner: the organisation's message, else the default text in the UI language. */
export function crisisText(s: LoadedSettings['settings'], lang: Lang): string | null {
  if (!s.crisis?.active) return null;
  const message = typeof s.crisis.message === 'string' ? s.crisis.message.trim().slice(0, 500) : '';
  return message || INDICATOR_TEXT.crisisDefault[lang];
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
    packInput: s.guidelinePack ?? null,
    crisis: crisisText(s, resolveLanguage(s, languages)),
    guidelinesUrl: safeUrl(s.guidelinesUrl),
    defaultContext: siteValue ?? (s.defaultContext === 'official' ? 'official' : 'private'),
    contextLocked: Boolean(siteValue && loaded.locked.contextBySite),
    sendGuard: s.sendGuard === 'off' || s.sendGuard === 'block-high' ? s.sendGuard : 'confirm',
  };
}
