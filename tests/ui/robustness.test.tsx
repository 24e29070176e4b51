// @vitest-environment happy-dom
/** Bad input never breaks the popup or the options page: junk summaries, failing storage, a throwing engine. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { TabSummary } from '../../src/messaging/types';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import type { PopupServices, SettingsService } from '../../src/ui/services';
import { fakeStorage, popupServices, settingsService } from './fakes';

afterEach(cleanup);

function failingSettings(): SettingsService {
  const real = settingsService(fakeStorage());
  return {
    ...real,
    load: () => Promise.reject(new Error('storage exploded')),
    watch: () => {
      throw new Error('no events');
    },
    save: () => Promise.reject(new Error('quota exceeded')),
  };
}

describe('robustness', () => {
  it('popup: a failing settings store gives the defaults and a calm message', async () => {
    const services: PopupServices = { ...popupServices(fakeStorage(), null), settings: failingSettings() };
    const { container } = render(<PopupApp services={services} />);
    await waitFor(() => expect(container.querySelector('[data-ready="true"]')).not.toBeNull());
    expect(container.querySelectorAll('li.guideline')).toHaveLength(12);
    expect(screen.getByText('Varsam kunne ikkje lesa innstillingane, så standardverdiane gjeld.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Språk'), { target: { value: 'en' } });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'The guidelines' })).toBeTruthy());
  });

  it('popup: a junk tab summary is read as far as it makes sense', async () => {
    const junk = { site: 'facebook', boxes: '2', context: 'weird', guidelines: { 2: { count: 'many', highest: 'bogus' }, 4: null, x: { count: 1, highest: 'high' }, 7: { count: 3, highest: 'warning' } }, updatedAt: 0 } as unknown as TabSummary;
    const { container } = render(<PopupApp services={popupServices(fakeStorage(), junk)} />);
    await waitFor(() => expect(container.querySelector('[data-testid="tab-status"]')?.getAttribute('data-state')).toBe('breach'));
    const status = (n: number) => container.querySelector(`li.guideline[data-guideline="${n}"]`)!.getAttribute('data-status');
    expect(status(2)).toBe('clear');
    expect(status(4)).toBe('clear');
    expect(status(7)).toBe('warning');
  });

  it('popup: a failing tab lookup shows the plain state', async () => {
    const services = { ...popupServices(fakeStorage(), null), tab: { activeSummary: () => Promise.reject(new Error('no tabs')) } };
    render(<PopupApp services={services} />);
    await waitFor(() => expect(screen.getByTestId('tab-status').dataset.state).toBe('unsupported'));
  });

  it('popup: a throwing engine says the text could not be checked instead of breaking', async () => {
    const services = {
      ...popupServices(fakeStorage(), null),
      analyze: () => {
        throw new Error('rule bug');
      },
    };
    render(<PopupApp services={services} />);
    fireEvent.input(screen.getByLabelText('Lim inn eller skriv ein tekst'), { target: { value: 'teieplikt' } });
    await waitFor(() => expect(screen.getByTestId('check-result').textContent).toContain('Teksten kunne ikkje sjekkast.'));
  });

  it('options: a failing store shows defaults, a calm message and a save error', async () => {
    const { container } = render(<OptionsApp services={{ settings: failingSettings(), validatePack: () => ({ pack: null, errors: [] }) }} />);
    await waitFor(() => expect(container.querySelector('[data-ready="true"]')).not.toBeNull());
    expect(screen.getByText('Varsam kunne ikkje lesa innstillingane, så standardverdiane gjeld.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('G9 Bilete krev samtykke'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Kunne ikkje lagra: quota exceeded'));
  });

  it('options: links from settings are only http(s), e-mail or phone', async () => {
    const { contactHref, safeHttpUrl } = await import('../../src/ui/links');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,x')).toBeNull();
    expect(safeHttpUrl('https://ulvik.kommune.no/retningslinjer')).toBe('https://ulvik.kommune.no/retningslinjer');
    expect(contactHref('postmottak@ulvik.kommune.no')).toBe('mailto:postmottak@ulvik.kommune.no');
    expect(contactHref('+47 56 52 62 00')).toBe('tel:+4756526200');
    expect(contactHref('Kommunikasjonsavdelinga')).toBeNull();
    expect(contactHref('javascript:alert(1)')).toBeNull();
    expect(contactHref('a@b')).toBeNull();
  });
});
