import { DEFAULT_COMMUNICATION_SETTINGS, type Role } from '@fullcircle/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { sessionUser } from '../../../test/fixtures';
import { mockFetch, type MockRoutes } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

// The page is code-split: the first test pays for compiling it on a busy machine.
jest.setTimeout(20_000);

function api(role: Role, extra: MockRoutes = {}) {
  return mockFetch({
    'GET /api/auth/me': { status: 200, body: sessionUser(role) },
    'GET /api/communications/settings': { status: 200, body: DEFAULT_COMMUNICATION_SETTINGS },
    ...extra,
  });
}

describe('CommunicationSettingsPage', () => {
  it('lets an admin change the contact budget and follow-up, and shows the API’s field errors', async () => {
    let answer: 'bad' | 'ok' = 'bad';
    const calls = api('admin', {
      'PUT /api/communications/settings': (init) =>
        answer === 'bad'
          ? { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Invalid request', issues: [{ field: 'autoCloseDays', message: 'must be at least the survey’s validity' }] } }
          : { status: 200, body: JSON.parse(String(init?.body)) },
    });
    renderApp('/communications/settings');

    const cap = await screen.findByRole('spinbutton', { name: 'Surveys per customer' });
    fireEvent.change(cap, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('enter a number')).toBeTruthy();

    fireEvent.change(cap, { target: { value: '2' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Question' }), { target: { value: 'ces' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Delay (hours)' }), { target: { value: '48' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('must be at least the survey’s validity')).toBeTruthy();
    expect(screen.getByRole('spinbutton', { name: 'Auto-close after (days)' }).getAttribute('aria-invalid')).toBe('true');

    answer = 'ok';
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Communication settings saved')).toBeTruthy();
    expect(JSON.parse(String(calls.filter((c) => c.method === 'PUT').at(-1)?.init?.body))).toEqual({
      ...DEFAULT_COMMUNICATION_SETTINGS,
      surveyCap: 2,
      followUpScale: 'ces',
      followUpDelayHours: 48,
    });
  });

  it.each(['owner', 'executive'] as const)('shows %s the settings read-only', async (role) => {
    api(role);
    renderApp('/communications/settings');

    expect(await screen.findByText('Only administrators change these settings.')).toBeTruthy();
    expect((screen.getByRole('spinbutton', { name: 'Surveys per customer' }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
  });

  it('gives executives no templates tab and a member no page at all', async () => {
    api('executive');
    const { unmount } = renderApp('/communications');
    const nav = await screen.findByRole('navigation', { name: 'Communications' });
    await waitFor(() => expect(nav.textContent).toBe('Settings'));
    unmount();

    const calls = api('member');
    renderApp('/communications/settings');
    expect(await screen.findByText('You are not allowed to see this page')).toBeTruthy();
    expect(calls.some((c) => c.url.startsWith('/api/communications/settings'))).toBe(false);
  });
});
