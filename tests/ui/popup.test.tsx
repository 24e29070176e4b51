// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { fakeStorage, popupServices, summary } from './fakes';

afterEach(cleanup);

// A path, not a URL object: happy-dom replaces the global URL class.
const FJORDVIK_PACK = fileURLToPath(import.meta.url.replace(/tests\/ui\/[^/]+$/, 'examples/fjordvik-kommune.pack.json'));

async function renderPopup(opts: { storage?: ReturnType<typeof fakeStorage>; tab?: Parameters<typeof popupServices>[1]; languages?: string[] } = {}) {
  const storage = opts.storage ?? fakeStorage();
  const services = popupServices(storage, opts.tab === undefined ? summary() : opts.tab, opts.languages);
  const view = render(<PopupApp services={services} />);
  await waitFor(() => expect(view.container.querySelector('[data-ready="true"]')).not.toBeNull());
  return { ...view, container: view.container as HTMLElement, storage, services };
}

function items(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('li.guideline')];
}

describe('popup checklist', () => {
  it('lists the twelve guidelines with short Nynorsk titles', async () => {
    const { container } = await renderPopup();
    const list = items(container);
    expect(list).toHaveLength(12);
    expect(list.map((li) => li.dataset.guideline)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(list[1].textContent).toContain('Teieplikt og personvern');
    expect(screen.getByRole('heading', { name: 'Retningslinjene' })).toBeTruthy();
  });

  it('expands a guideline to the full Nynorsk text (and no translation in Nynorsk)', async () => {
    const { container } = await renderPopup();
    const g2 = items(container)[1];
    const details = g2.querySelector('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(g2.querySelector('summary')!);
    const quotes = g2.querySelectorAll('blockquote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].getAttribute('lang')).toBe('nn');
    expect(quotes[0].textContent).toContain('teieplikta vert halden');
  });

  it('marks each guideline from the tab summary: clear, may breach with count and severity, reminder', async () => {
    const { container } = await renderPopup({
      tab: summary({ guidelines: { 2: { count: 2, highest: 'high' }, 4: { count: 1, highest: 'warning' }, 1: { count: 1, highest: 'info' } } }),
    });
    const byId = (n: number) => items(container)[n - 1];
    expect(byId(2).dataset.status).toBe('high');
    expect(byId(2).querySelector('.status')!.textContent).toBe('Truleg brot (2)');
    expect(byId(4).dataset.status).toBe('warning');
    expect(byId(4).querySelector('.status')!.textContent).toBe('Kan bryta (1)');
    expect(byId(1).dataset.status).toBe('reminder');
    expect(byId(1).querySelector('.status')!.textContent).toBe('Påminning');
    expect(byId(3).dataset.status).toBe('clear');
    expect(byId(3).querySelector('.status')!.textContent).toBe('I orden');
    const status = screen.getByTestId('tab-status');
    expect(status.dataset.state).toBe('breach');
    expect(status.textContent).toContain('kan bryta 2 av retningslinjene');
  });

  it('shows a plain state when the tab is not a watched site', async () => {
    const { container } = await renderPopup({ tab: null });
    expect(screen.getByTestId('tab-status').dataset.state).toBe('unsupported');
    expect(screen.getByTestId('tab-status').textContent).toContain('sjekkar ikkje tekst på denne sida');
    expect(container.querySelectorAll('li.guideline .status')).toHaveLength(0);
  });

  it('shows a plain state when the site has no compose box', async () => {
    await renderPopup({ tab: summary({ boxes: 0 }) });
    expect(screen.getByTestId('tab-status').dataset.state).toBe('no-box');
  });

  it('follows live summary updates', async () => {
    const { container, services } = await renderPopup();
    expect(screen.getByTestId('tab-status').dataset.state).toBe('clear');
    (services.tab as ReturnType<typeof import('./fakes').tabService>).push(summary({ guidelines: { 12: { count: 1, highest: 'warning' } } }));
    await waitFor(() => expect(items(container)[11].dataset.status).toBe('warning'));
  });

  it('marks guidelines the settings turn off', async () => {
    const { container } = await renderPopup({ storage: fakeStorage({ sync: { settings: { disabledGuidelines: [9] } } }) });
    expect(items(container)[8].dataset.status).toBe('off');
  });
});

describe('popup text check', () => {
  it('checks a pasted text locally and shows the finding with guideline, severity and message', async () => {
    await renderPopup();
    const box = screen.getByLabelText('Lim inn eller skriv ein tekst');
    fireEvent.input(box, { target: { value: 'Dette er eigentleg underlagt teieplikt, men …' } });
    const result = screen.getByTestId('check-result');
    await waitFor(() => expect(Number(result.dataset.count)).toBeGreaterThan(0));
    const finding = result.querySelector<HTMLElement>('li.finding[data-guideline="2"]')!;
    expect(finding).not.toBeNull();
    expect(finding.textContent).toContain('G2 Teieplikt og personvern');
    expect(finding.textContent).toContain('teieplikt');
  });

  it('says so when nothing is found', async () => {
    await renderPopup();
    fireEvent.input(screen.getByLabelText('Lim inn eller skriv ein tekst'), { target: { value: 'Fin dag på fjorden i dag!' } });
    await waitFor(() => expect(screen.getByTestId('check-result').textContent).toContain('Fann ingenting å åtvara om.'));
  });

  it('has a switch for the official context, on by default when the default context is official', async () => {
    await renderPopup({ storage: fakeStorage({ sync: { settings: { defaultContext: 'official' } } }) });
    const official = screen.getByLabelText('Eg skriv på vegner av Ulvik herad') as HTMLInputElement;
    expect(official.checked).toBe(true);
    fireEvent.click(official);
    expect(official.checked).toBe(false);
  });

  it('never stores the typed text', async () => {
    const { storage } = await renderPopup();
    fireEvent.input(screen.getByLabelText('Lim inn eller skriv ein tekst'), { target: { value: 'Pasienten Kari har teieplikt-saker' } });
    await waitFor(() => expect(Number(screen.getByTestId('check-result').dataset.count)).toBeGreaterThan(0));
    expect(JSON.stringify(storage.data)).not.toContain('Kari');
  });
});

describe('popup organisation, policy and errors', () => {
  it('shows the organisation, a safe link to the guidelines and a contact', async () => {
    await renderPopup({
      storage: fakeStorage({ managed: { organization: 'Fjordvik kommune', guidelinesUrl: 'https://fjordvik.kommune.no/sosiale-medium', contact: 'kommunikasjon@fjordvik.kommune.no' } }),
    });
    const org = screen.getByTestId('org-info');
    expect(within(org).getByRole('heading', { name: 'Fjordvik kommune' })).toBeTruthy();
    expect(within(org).getByRole('link', { name: 'Les retningslinjene til Fjordvik kommune' }).getAttribute('href')).toBe('https://fjordvik.kommune.no/sosiale-medium');
    expect(within(org).getByRole('link', { name: 'kommunikasjon@fjordvik.kommune.no' }).getAttribute('href')).toBe('mailto:kommunikasjon@fjordvik.kommune.no');
  });

  it('defaults to Ulvik herad with no management note', async () => {
    await renderPopup();
    expect(within(screen.getByTestId('org-info')).getByRole('heading', { name: 'Ulvik herad' })).toBeTruthy();
    expect(screen.queryByTestId('managed-note')).toBeNull();
  });

  it('says when the organisation manages the settings', async () => {
    await renderPopup({ storage: fakeStorage({ managed: { contact: 'it@ulvik.kommune.no' } }) });
    expect(screen.getByTestId('managed-note').textContent).toContain('Innstillingane er styrte av organisasjonen din.');
  });

  it('lists configuration errors calmly and keeps working', async () => {
    const { container } = await renderPopup({ storage: fakeStorage({ managed: { disabledGuidelines: 'all', frobnicate: 1 }, sync: { settings: { language: 42 } } }) });
    const heading = screen.getByRole('heading', { name: /Nokre innstillingar kunne ikkje brukast/ });
    const list = heading.parentElement!.querySelectorAll('li');
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(items(container)).toHaveLength(12);
  });

  it('shows the crisis note when crisis mode is on', async () => {
    await renderPopup({ storage: fakeStorage({ managed: { crisis: { active: true, message: 'Flaum i sentrum: sjå ulvik.kommune.no' } } }) });
    expect(screen.getByRole('heading', { name: /Beredskap/ })).toBeTruthy();
    expect(screen.getByText('Flaum i sentrum: sjå ulvik.kommune.no')).toBeTruthy();
  });

  it('opens the options page', async () => {
    const { services } = await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Innstillingar' }));
    expect(services.openedOptions).toBe(1);
  });
});

describe('popup language', () => {
  it('follows a Bokmål browser and shows the translation beside the Nynorsk original', async () => {
    const { container } = await renderPopup({ languages: ['nb-NO', 'en'] });
    expect(items(container)[1].textContent).toContain('Taushetsplikt og personvern');
    const quotes = items(container)[1].querySelectorAll('blockquote');
    expect([...quotes].map((q) => q.getAttribute('lang'))).toEqual(['nn', 'nb']);
  });

  it('switches language from the picker and saves the choice', async () => {
    const { container, storage } = await renderPopup();
    fireEvent.change(screen.getByLabelText('Språk'), { target: { value: 'en' } });
    await waitFor(() => expect(items(container)[1].textContent).toContain('Confidentiality and privacy'));
    expect(screen.getByRole('heading', { name: 'The guidelines' })).toBeTruthy();
    await waitFor(() => expect((storage.data.sync.settings as { language?: string })?.language).toBe('en'));
    expect(document.documentElement.lang).toBe('en');
  });

  it('disables the picker when a policy sets the language', async () => {
    await renderPopup({ storage: fakeStorage({ managed: { language: 'nb' } }) });
    expect((screen.getByLabelText('Språk') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Innstillinger' })).toBeTruthy();
  });
});

describe('popup with a custom guideline pack', () => {
  const fjordvik = JSON.parse(readFileSync(FJORDVIK_PACK, 'utf8')) as unknown;

  it('lists the pack guidelines, names its organisation and checks with its rules', async () => {
    const { container } = await renderPopup({ storage: fakeStorage({ local: { userPack: fjordvik } }), tab: null });
    const list = items(container);
    expect(list).toHaveLength((fjordvik as { guidelines: unknown[] }).guidelines.length);
    expect(list[0].textContent).toContain('Taushetsplikt og personvern');
    fireEvent.click(list[0].querySelector('summary')!);
    // No Nynorsk original in this pack: one text, no "original" label.
    expect(list[0].querySelectorAll('blockquote')).toHaveLength(1);
    expect(list[0].textContent).not.toContain('Originalteksten');
    expect(within(screen.getByTestId('org-info')).getByRole('heading', { name: 'Fjordvik kommune' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Lim inn eller skriv ein tekst'), { target: { value: 'Fødselsnummeret hennes er 02013299997' } });
    await waitFor(() => expect(screen.getByTestId('check-result').querySelector('li.finding[data-guideline="1"]')).not.toBeNull());
    expect(screen.getByTestId('check-result').textContent).toContain('G1 Taushetsplikt og personvern');
  });
});
