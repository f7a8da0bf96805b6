import type { Role, RoutingSettingsDto } from '@fullcircle/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { DEPARTMENTS, sessionUser } from '../../../test/fixtures';
import { mockFetch, type MockRoutes } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

const SETTINGS: RoutingSettingsDto = {
  autoRouteThreshold: 0.8,
  defaultAssignment: 'round_robin',
  model: {
    version: 3,
    trainedAt: '2026-11-20T10:00:00.000Z',
    curve: [
      { threshold: 0.5, coverage: 0.92, precision: 0.74 },
      { threshold: 0.8, coverage: 0.58, precision: 0.91 },
      { threshold: 0.9, coverage: 0.33, precision: 0.97 },
    ],
  },
  updatedAt: null,
};

function api(role: Role, settings: RoutingSettingsDto = SETTINGS, extra: MockRoutes = {}) {
  return mockFetch({
    'GET /api/auth/me': { status: 200, body: sessionUser(role, [DEPARTMENTS[0].id]) },
    'GET /api/routing/settings': { status: 200, body: settings },
    ...extra,
  });
}

describe('RoutingSettingsPage', () => {
  it('says what the current threshold means, read off the model’s curve', async () => {
    api('admin');
    renderApp('/routing/settings');

    expect(await screen.findByText('At 0.80, the model routes 58% of items itself and is right 91% of the time')).toBeTruthy();
    expect(screen.getByRole('figure', { name: /Precision and share routed automatically by threshold/ })).toBeTruthy();
    expect((screen.getByLabelText('Default assignment') as HTMLSelectElement).value).toBe('round_robin');
    await waitFor(() => expect(document.title).toBe('Routing settings · Routing · Fullcircle'));
  });

  it('updates the sentence as the threshold moves, and saves it', async () => {
    const calls = api('admin', SETTINGS, {
      'PUT /api/routing/settings': (init) => ({ status: 200, body: { ...SETTINGS, ...JSON.parse(String(init?.body)), updatedAt: '2026-12-01T10:00:00.000Z' } }),
    });
    renderApp('/routing/settings');
    const input = await screen.findByLabelText('Auto-route threshold');
    expect((screen.getByRole('button', { name: 'Save settings' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(input, { target: { value: '0.9' } });
    expect(screen.getByText('At 0.90, the model routes 33% of items itself and is right 97% of the time')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Default assignment'), { target: { value: 'least_open' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Routing settings saved')).toBeTruthy();
    const put = calls.find((c) => c.method === 'PUT');
    expect(JSON.parse(String(put?.init?.body))).toEqual({ autoRouteThreshold: 0.9, defaultAssignment: 'least_open' });
  });

  it('refuses a threshold outside 0.5–0.99 before sending it', async () => {
    const calls = api('admin');
    renderApp('/routing/settings');

    fireEvent.change(await screen.findByLabelText('Auto-route threshold'), { target: { value: '0.3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('must be at least 0.5')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  });

  it('says every unmatched item goes to triage while there is no department model', async () => {
    api('admin', { ...SETTINGS, model: null });
    renderApp('/routing/settings');

    expect(await screen.findByText('No department model yet — every item without a matching rule goes to triage.')).toBeTruthy();
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('lets owners read the settings but not change them', async () => {
    api('owner');
    renderApp('/routing/settings');

    expect(((await screen.findByLabelText('Auto-route threshold')) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('Default assignment') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
    expect(screen.getByText(/Only administrators can change these settings/)).toBeTruthy();
  });

  it('shows members the not-allowed page', async () => {
    const calls = api('member');
    renderApp('/routing/settings');

    expect(await screen.findByText('You are not allowed to see this page')).toBeTruthy();
    expect(calls.some((c) => c.url.startsWith('/api/routing/settings'))).toBe(false);
  });

  it('puts Rules and Settings side by side under Routing', async () => {
    api('admin');
    renderApp('/routing/settings');

    const nav = await screen.findByRole('navigation', { name: 'Routing' });
    expect(nav.querySelector('a[href="/routing/rules"]')?.textContent).toBe('Rules');
    expect(nav.querySelector('a[href="/routing/settings"]')?.textContent).toBe('Settings');
  });
});
