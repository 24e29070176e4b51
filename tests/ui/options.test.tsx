// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { SITES } from '../../src/sites';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import type { PermissionService } from '../../src/ui/services';
import { fakePermissions, fakeStorage, optionsServices } from './fakes';

afterEach(cleanup);

// A path, not a URL object: happy-dom replaces the global URL class.
const FJORDVIK_PACK = fileURLToPath(import.meta.url.replace(/tests\/ui\/[^/]+$/, 'examples/fjordvik-kommune.pack.json'));

async function renderOptions(storage = fakeStorage(), languages?: string[], permissions?: PermissionService) {
  const view = render(<OptionsApp services={optionsServices(storage, languages, permissions)} />);
  await waitFor(() => expect(view.container.querySelector('[data-ready="true"]')).not.toBeNull());
  return { ...view, container: view.container as HTMLElement, storage };
}

function userSettings(storage: ReturnType<typeof fakeStorage>): Record<string, unknown> {
  return (storage.data.sync.settings ?? {}) as Record<string, unknown>;
}

describe('options page', () => {
  it('renders every section in Nynorsk by default', async () => {
    await renderOptions();
    expect(screen.getByRole('heading', { level: 1, name: 'Varsam – innstillingar' })).toBeTruthy();
    for (const legend of ['Språk', 'Nettstader', 'Andre nettstader', 'Kontrollar', 'Eigne ord', 'Kollegaer', 'Retningslinjer']) expect(screen.getByRole('group', { name: legend })).toBeTruthy();
    expect(screen.queryByTestId('managed-note')).toBeNull();
  });

  it('changes the language, saves it and switches the page at once', async () => {
    const { storage } = await renderOptions();
    fireEvent.change(screen.getByLabelText('Språk'), { target: { value: 'nb' } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Varsam – innstillinger'));
    await waitFor(() => expect(userSettings(storage).language).toBe('nb'));
    expect(screen.getByTestId('save-status').textContent).toBe('Lagret.');
  });

  it('defaults to the browser language when it is Bokmål', async () => {
    await renderOptions(fakeStorage(), ['nb-NO']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Varsam – innstillinger');
  });

  it('turns a site off and sets its role', async () => {
    const { storage } = await renderOptions();
    expect(SITES.length).toBeGreaterThan(0);
    const site = SITES[0];
    const box = screen.getByLabelText(site.name) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(() => expect((userSettings(storage).sites as { skip: string[] })?.skip).toEqual([site.id]));
    fireEvent.click(screen.getByLabelText(site.name));
    await waitFor(() => expect((userSettings(storage).sites as { skip: string[] })?.skip).toEqual([]));
    fireEvent.change(screen.getByLabelText(`Rolle på ${site.name}`), { target: { value: 'official' } });
    await waitFor(() => expect(userSettings(storage).contextBySite).toEqual({ [site.id]: 'official' }));
    fireEvent.change(screen.getByLabelText('Standard rolle'), { target: { value: 'official' } });
    await waitFor(() => expect(userSettings(storage).defaultContext).toBe('official'));
  });

  it('keeps every change when several are made at once', async () => {
    const { storage } = await renderOptions();
    fireEvent.click(screen.getByLabelText(SITES[0].name));
    fireEvent.change(screen.getByLabelText(`Rolle på ${SITES[1].name}`), { target: { value: 'official' } });
    fireEvent.click(screen.getByLabelText('G9 Bilete krev samtykke'));
    fireEvent.change(screen.getByLabelText('Standard rolle'), { target: { value: 'official' } });
    await waitFor(() => expect(userSettings(storage).defaultContext).toBe('official'));
    const stored = userSettings(storage);
    expect((stored.sites as { skip: string[] }).skip).toEqual([SITES[0].id]);
    expect(stored.contextBySite).toEqual({ [SITES[1].id]: 'official' });
    expect(stored.disabledGuidelines).toEqual([9]);
  });

  it('turns a guideline check off', async () => {
    const { storage } = await renderOptions();
    fireEvent.click(screen.getByLabelText('G9 Bilete krev samtykke'));
    await waitFor(() => expect(userSettings(storage).disabledGuidelines).toEqual([9]));
  });

  it('adds and removes personal words, refusing blanks and duplicates', async () => {
    const { storage } = await renderOptions();
    const word = screen.getByLabelText('Ord eller uttrykk');
    fireEvent.change(screen.getByLabelText('Retningslinje'), { target: { value: '2' } });
    fireEvent.input(word, { target: { value: '  Prosjekt Nordlys ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til' }));
    await waitFor(() => expect(userSettings(storage).extraTerms).toEqual({ 2: ['prosjekt nordlys'] }));
    fireEvent.input(word, { target: { value: 'prosjekt nordlys' } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til' }));
    const words = screen.getByRole('group', { name: 'Eigne ord' });
    expect(within(words).getByRole('alert').textContent).toContain('står alt på lista');
    fireEvent.input(word, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til' }));
    expect(within(words).getByRole('alert').textContent).toBe('Skriv eit ord først.');
    fireEvent.click(screen.getByRole('button', { name: 'Fjern «prosjekt nordlys»' }));
    await waitFor(() => expect(userSettings(storage).extraTerms).toEqual({}));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Eigne ord' }).textContent).toContain('Ingen eigne ord enno.'));
  });
});

describe('options page: colleagues', () => {
  it('adds and removes colleague names (kept as written), refusing duplicates in any case', async () => {
    const { storage } = await renderOptions();
    const group = screen.getByRole('group', { name: 'Kollegaer' });
    fireEvent.input(within(group).getByLabelText('Namn'), { target: { value: ' Kari Nordmann ' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Legg til namn' }));
    await waitFor(() => expect(userSettings(storage).colleagueNames).toEqual(['Kari Nordmann']));
    fireEvent.input(within(group).getByLabelText('Namn'), { target: { value: 'kari nordmann' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Legg til namn' }));
    expect(within(group).getByRole('alert').textContent).toContain('står alt på lista');
    fireEvent.click(within(group).getByRole('button', { name: 'Fjern Kari Nordmann' }));
    await waitFor(() => expect(userSettings(storage).colleagueNames).toEqual([]));
  });

  it('locks the list when a policy sets it', async () => {
    await renderOptions(fakeStorage({ managed: { colleagueNames: ['Ola Nordmann'] } }));
    const group = screen.getByRole('group', { name: 'Kollegaer' });
    expect(group.dataset.locked).toBe('true');
    expect(group.textContent).toContain('Ola Nordmann');
  });
});

describe('options page under policy', () => {
  it('shows settings a policy sets as locked, with who locks them', async () => {
    await renderOptions(fakeStorage({ managed: { organization: 'Fjordvik kommune', language: 'nn', extraTerms: { 2: ['nordlys'] } } }));
    expect(screen.getByTestId('managed-note').textContent).toContain('Innstillingane er styrte av organisasjonen din.');
    const language = screen.getByRole('group', { name: 'Språk' });
    expect(language.dataset.locked).toBe('true');
    expect(within(language).getByText(/Låst av organisasjonen \(Fjordvik kommune\)/)).toBeTruthy();
    expect((screen.getByLabelText('Språk') as HTMLSelectElement).closest('fieldset')!.disabled).toBe(true);
    expect(screen.getByRole('group', { name: 'Eigne ord' }).dataset.locked).toBe('true');
    expect(screen.getByRole('group', { name: 'Nettstader' }).textContent).not.toContain('Låst');
  });

  it('locks the switch-off settings when the policy sets lockSettings', async () => {
    await renderOptions(fakeStorage({ managed: { lockSettings: true } }));
    expect(screen.getByRole('group', { name: 'Kontrollar' }).dataset.locked).toBe('true');
    expect((screen.getByLabelText(SITES[0].name) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByRole('group', { name: 'Nettstader' }).textContent).toContain('Låst av organisasjonen');
  });

  it('reports bad stored settings and uses the defaults without crashing', async () => {
    await renderOptions(fakeStorage({ sync: { settings: { language: 42, sites: 'all', fromOldVersion: true, disabledGuidelines: [2] } } }));
    const heading = screen.getByRole('heading', { name: /Nokre innstillingar kunne ikkje brukast/ });
    const errors = [...heading.parentElement!.querySelectorAll('li')].map((li) => li.textContent);
    expect(errors.length).toBe(3);
    expect(errors.join('\n')).toContain('fromOldVersion');
    expect((screen.getByLabelText('Språk') as HTMLSelectElement).value).toBe('auto');
    expect((screen.getByLabelText('G2 Teieplikt og personvern') as HTMLInputElement).checked).toBe(false);
  });

  it('reports stored settings that are not an object at all', async () => {
    await renderOptions(fakeStorage({ sync: { settings: 'garbage' } }));
    expect(screen.getByRole('heading', { name: /Nokre innstillingar kunne ikkje brukast/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Språk' })).toBeTruthy();
  });

  it('shows a clear message when saving a locked key is refused', async () => {
    // A policy arriving after the page loaded: the page still offers the control, the store refuses.
    const storage = fakeStorage();
    await renderOptions(storage);
    storage.data.managed.defaultContext = 'official';
    fireEvent.change(screen.getByLabelText('Standard rolle'), { target: { value: 'private' } });
    await waitFor(() => expect(screen.getByTestId('save-status').dataset.state).toBe('failed'));
    expect(screen.getByTestId('save-status').textContent).toContain('Kunne ikkje lagra');
  });
});

describe('options page guideline pack', () => {
  it('names the pack in use and refuses an invalid pack file with its reasons', async () => {
    const { storage } = await renderOptions();
    expect(screen.getByTestId('pack-current').textContent).toContain('Ulvik herad');
    const input = screen.getByLabelText('Vel ei retningslinjepakke (JSON)') as HTMLInputElement;
    const file = new File(['{"format": "nope"}'], 'pack.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByTestId('pack-problems')).toBeTruthy());
    expect(storage.data.local.userPack).toBeUndefined();
  });
});

describe('options page with a valid guideline pack file', () => {
  const text = readFileSync(FJORDVIK_PACK, 'utf8');

  it('takes the pack into use and can go back to the default', async () => {
    const { storage } = await renderOptions();
    const input = screen.getByLabelText('Vel ei retningslinjepakke (JSON)') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text], 'fjordvik.json', { type: 'application/json' })], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(storage.data.local.userPack).toBeDefined());
    await waitFor(() => expect(screen.getByTestId('pack-current').textContent).toContain('Fjordvik kommune'));
    expect(screen.getByRole('group', { name: 'Kontrollar' }).querySelectorAll('li')).toHaveLength(8);
    fireEvent.click(screen.getByRole('button', { name: 'Bruk standardpakka' }));
    await waitFor(() => expect(storage.data.local.userPack).toBeUndefined());
    await waitFor(() => expect(screen.getByTestId('pack-current').textContent).toContain('Ulvik herad'));
  });
});

describe('options page: other sites', () => {
  it('adds a kommune.no site, asks the browser for permission in the same click, and removes it', async () => {
    const permissions = fakePermissions(true);
    const { storage } = await renderOptions(fakeStorage(), undefined, permissions);
    const group = screen.getByRole('group', { name: 'Andre nettstader' });
    const input = within(group).getByLabelText(/^Adresse/);
    fireEvent.input(input, { target: { value: 'https://Intranett.Ulvik.Kommune.no/start' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Legg til nettstad' }));
    expect(permissions.requests).toEqual([['https://intranett.ulvik.kommune.no/*', 'https://*.intranett.ulvik.kommune.no/*']]);
    await waitFor(() => expect((userSettings(storage).sites as { add: string[] })?.add).toEqual(['intranett.ulvik.kommune.no']));
    await waitFor(() => expect(within(group).getByText('Løyve gjeve')).toBeTruthy());
    fireEvent.click(within(group).getByRole('button', { name: 'Fjern intranett.ulvik.kommune.no' }));
    await waitFor(() => expect((userSettings(storage).sites as { add: string[] })?.add).toEqual([]));
    expect(permissions.granted.size).toBe(0);
  });

  it('refuses hosts outside the grantable domains and bad addresses', async () => {
    const permissions = fakePermissions(true);
    await renderOptions(fakeStorage(), undefined, permissions);
    const group = screen.getByRole('group', { name: 'Andre nettstader' });
    const input = within(group).getByLabelText(/^Adresse/);
    fireEvent.input(input, { target: { value: 'example.com' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Legg til nettstad' }));
    expect(within(group).getByRole('alert').textContent).toBe('Berre nettstader under kommune.no kan leggjast til.');
    fireEvent.input(input, { target: { value: 'ikkje ei adresse' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Legg til nettstad' }));
    expect(within(group).getByRole('alert').textContent).toContain('er ikkje ei gyldig adresse');
    expect(permissions.requests).toEqual([]);
  });

  it('offers to grant a site the policy adds, says when the browser refuses, and keeps it (locked)', async () => {
    const permissions = fakePermissions(false);
    await renderOptions(fakeStorage({ managed: { sites: { add: ['intranett.ulvik.kommune.no'], skip: [] } } }), undefined, permissions);
    const group = screen.getByRole('group', { name: 'Andre nettstader' });
    expect(within(group).queryByRole('button', { name: /^Fjern/ })).toBeNull();
    expect(within(group).getByText(/Låst av organisasjonen/)).toBeTruthy();
    fireEvent.click(within(group).getByRole('button', { name: 'Gje løyve for intranett.ulvik.kommune.no' }));
    await waitFor(() => expect(within(group).getByRole('alert').textContent).toContain('Nettlesaren gav ikkje løyve'));
  });
});
