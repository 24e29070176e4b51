// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/config/defaults';
import { startContent, type ContentApp, type ContentEnv, type ContentSettings } from '../../src/content/app';
import { contentSettings, packOf } from '../../src/content/settings';
import type { TabSummary } from '../../src/messaging/types';
import { DEFAULT_PACK } from '../../src/guidelines/index';
import { createEngineApi } from '../../src/engine/page-api';
import { ENGINE_GLOBAL } from '../../src/messaging/engine-api';

// In the browser the background injects /engine.js on first need; here it is installed up front.
beforeAll(() => {
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = createEngineApi();
});

const FNR = '01019012480';
const SENSITIVE = `Pasienten Kari Nordmann, fnr ${FNR}, er innlagd med demens`;

function settingsFor(host: string, patch: Partial<typeof DEFAULT_SETTINGS> = {}): ContentSettings {
  return contentSettings({ settings: { ...DEFAULT_SETTINGS, ...patch }, locked: {}, managed: false, errors: [] }, host, ['nn-NO']);
}

interface Harness {
  app: ContentApp;
  summaries: TabSummary[];
  stored: Record<string, string>;
  setSettings(s: ContentSettings): void;
}

let current: Harness | null = null;

function start(host: string, settings = settingsFor(host)): Harness {
  Object.defineProperty(window, 'location', { value: new URL(`https://${host}/`), configurable: true });
  const summaries: TabSummary[] = [];
  const stored: Record<string, string> = {};
  let listener: ((s: ContentSettings) => void) | null = null;
  const env: ContentEnv = {
    settings,
    watchSettings(cb) {
      listener = cb;
      return () => (listener = null);
    },
    getSiteContext: async (id) => stored[id] as 'official' | 'private' | undefined,
    setSiteContext: async (id, c) => {
      stored[id] = c;
    },
    sendSummary: (s) => summaries.push(s),
  };
  const app = startContent(window, env);
  current = { app, summaries, stored, setSettings: (s) => listener?.(s) };
  return current;
}

afterEach(() => {
  current?.app.stop();
  current = null;
  document.body.innerHTML = '';
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function typeInto(area: HTMLTextAreaElement, text: string): void {
  area.focus();
  area.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('content app (happy-dom)', () => {
  test('a textarea on Mastodon gets one indicator with G2 high, and a summary without text', async () => {
    const h = start('mastodon.social');
    const area = document.createElement('textarea');
    area.className = 'autosuggest-textarea__textarea';
    document.body.appendChild(area);
    typeInto(area, SENSITIVE);
    await wait(400);
    const ind = document.querySelectorAll('varsam-indicator');
    expect(ind.length).toBe(1);
    expect(ind[0].getAttribute('data-guidelines')).toBe('2');
    expect(ind[0].getAttribute('data-severity')).toBe('high');
    expect(area.value).toBe(SENSITIVE);
    expect(area.contains(ind[0])).toBe(false);
    expect(area.childNodes.length).toBe(0);
    const last = h.summaries.at(-1)!;
    expect(last.site).toBe('mastodon');
    expect(last.guidelines[2].highest).toBe('high');
    expect(JSON.stringify(h.summaries)).not.toContain('Nordmann');
    expect(JSON.stringify(h.summaries)).not.toContain('010190');

    area.value = '';
    area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await wait(400);
    expect(ind[0].getAttribute('data-guidelines')).toBe('');
    expect(ind[0].getAttribute('data-severity')).toBe('');
  });

  test('the panel lists the finding with a masked excerpt, the guideline title, and ignore removes it', async () => {
    start('mastodon.social');
    const area = document.createElement('textarea');
    document.body.appendChild(area);
    typeInto(area, SENSITIVE);
    await wait(400);
    const host = document.querySelector('varsam-indicator')!;
    const badge = host.shadowRoot!.querySelector('button.badge') as HTMLButtonElement;
    badge.click();
    await wait(20);
    const panel = host.shadowRoot!.querySelector('.panel')!;
    const text = panel.textContent ?? '';
    expect(text).toContain('Teieplikt og personvern');
    expect(text).toContain('Eg skriv på vegner av heradet');
    expect(text).toContain('010190•••••');
    expect(text).not.toContain(FNR);
    const ignore = [...panel.querySelectorAll('button.link')] as HTMLButtonElement[];
    expect(ignore.length).toBeGreaterThan(0);
    for (const b of ignore) b.click();
    await wait(20);
    // Ignoring every finding of this post clears the warning until the text is cleared.
    while (host.shadowRoot!.querySelectorAll('.panel button.link').length > 0) {
      (host.shadowRoot!.querySelector('.panel button.link') as HTMLButtonElement).click();
      await wait(5);
    }
    expect(host.getAttribute('data-guidelines')).toBe('');
  });

  test('the official switch is remembered per site', async () => {
    const h = start('mastodon.social');
    const area = document.createElement('textarea');
    document.body.appendChild(area);
    typeInto(area, 'Hei alle saman');
    await wait(400);
    const host = document.querySelector('varsam-indicator')!;
    (host.shadowRoot!.querySelector('button.badge') as HTMLButtonElement).click();
    await wait(20);
    const box = host.shadowRoot!.querySelector('.panel input[type="checkbox"]') as HTMLInputElement;
    expect(box.checked).toBe(false);
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await wait(400);
    expect(h.stored).toEqual({ mastodon: 'official' });
    expect(h.app.boxes()[0].context).toBe('official');
  });

  test('a skipped site is not watched, and a settings change applies live', async () => {
    const h = start('mastodon.social', settingsFor('mastodon.social', { sites: { add: [], skip: ['mastodon'] } }));
    const area = document.createElement('textarea');
    document.body.appendChild(area);
    typeInto(area, SENSITIVE);
    await wait(300);
    expect(document.querySelectorAll('varsam-indicator').length).toBe(0);
    h.setSettings(settingsFor('mastodon.social'));
    area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await wait(400);
    expect(document.querySelector('varsam-indicator')?.getAttribute('data-severity')).toBe('high');
    h.setSettings(settingsFor('mastodon.social', { disabledGuidelines: [2] }));
    await wait(50);
    expect(document.querySelector('varsam-indicator')?.getAttribute('data-guidelines')).toBe('');
  });

  test('text already in a box at start is checked', async () => {
    const area = document.createElement('textarea');
    area.className = 'autosuggest-textarea__textarea';
    area.value = SENSITIVE;
    document.body.appendChild(area);
    start('mastodon.social');
    await wait(400);
    expect(document.querySelector('varsam-indicator')?.getAttribute('data-severity')).toBe('high');
  });

  test('crisis mode shows a banner in every watched box, with the organisation’s message or the default', async () => {
    const area = document.createElement('textarea');
    area.className = 'autosuggest-textarea__textarea';
    document.body.appendChild(area);
    start('mastodon.social', settingsFor('mastodon.social', { crisis: { active: true, message: 'Leiinga informerer på ulvik.kommune.no.' } }));
    typeInto(area, 'Hei');
    await wait(300);
    const banner = document.querySelector('varsam-indicator')?.shadowRoot?.querySelector('.crisis');
    expect(banner?.textContent).toBe('Leiinga informerer på ulvik.kommune.no.');
    expect(settingsFor('x.com', { crisis: { active: true, message: '' } }).crisis).toContain('leiinga i heradet informerer ålmenta');
    expect(settingsFor('x.com', { crisis: { active: false, message: 'x' } }).crisis).toBeNull();
  });

  test('sites that are not configured are not watched', async () => {
    start('example.org');
    const area = document.createElement('textarea');
    document.body.appendChild(area);
    typeInto(area, SENSITIVE);
    await wait(300);
    expect(document.querySelectorAll('varsam-indicator').length).toBe(0);
  });

  test('a configured pack gives the titles; a bad one falls back to the default', () => {
    expect(packOf(null)).toBe(DEFAULT_PACK);
    expect(packOf('{not json')).toBe(DEFAULT_PACK);
    const p = packOf({ guidelines: [{ id: 2, title: { nn: 'Teieplikt (Voss)' } }] });
    expect(p.guidelines.find((g) => g.id === 2)?.title.nb).toBe('Teieplikt (Voss)');
    expect(p.guidelines.find((g) => g.id === 3)?.title).toEqual(DEFAULT_PACK.guidelines[2].title);
  });
});
