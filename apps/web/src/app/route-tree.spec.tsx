import type { Role } from '@fullcircle/shared';
import { screen, waitFor } from '@testing-library/react';
import { DEPARTMENTS, sessionUser, user } from '../test/fixtures';
import { mockFetch } from '../test/mock-fetch';
import { renderApp } from '../test/render-app';

function signedInAs(role: Role) {
  return mockFetch({
    'GET /api/auth/me': { status: 200, body: sessionUser(role, [DEPARTMENTS[0].id]) },
    'GET /api/org/departments': { status: 200, body: DEPARTMENTS },
    'GET /api/org/users': { status: 200, body: [user()] },
    'GET /api/cases': { status: 200, body: { cases: [], nextCursor: null, counts: { open: 0, triage: 0, mine: 0, breached: 0 } } },
  });
}

describe('routes', () => {
  it('sends a visitor without a session to /login, remembering where they were going', async () => {
    mockFetch({ 'GET /api/auth/me': { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Not signed in' } } });
    const { router } = renderApp('/settings/users');

    expect(await screen.findByRole('heading', { name: 'Sign in to Fullcircle' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toEqual({ redirect: '/settings/users' });
    await waitFor(() => expect(document.title).toBe('Sign in · Fullcircle'));
  });

  it.each([
    ['admin', '/settings/users'],
    ['executive', '/dashboard'],
    ['owner', '/inbox'],
    ['member', '/inbox'],
  ] as const)('sends %s from / to %s', async (role, home) => {
    signedInAs(role);
    const { router } = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe(home));
  });

  it('shows a member who opens /settings/users a "not allowed" page and fetches no users', async () => {
    const calls = signedInAs('member');
    renderApp('/settings/users');

    expect(await screen.findByText('You are not allowed to see this page')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Users' })).toBeNull();
    expect(calls.some((c) => c.url.startsWith('/api/org/users'))).toBe(false);
  });

  it('shows an owner their departments in an honest empty inbox', async () => {
    signedInAs('owner');
    renderApp('/inbox');

    expect(await screen.findByText('Nothing to do right now — feedback routed to Support will appear here.')).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Inbox · Fullcircle'));
  });

  it('takes a signed-in user away from /login to their home', async () => {
    signedInAs('executive');
    const { router } = renderApp('/login');
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard'));
  });
});
