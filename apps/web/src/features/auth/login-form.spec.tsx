import { fireEvent, screen, waitFor } from '@testing-library/react';
import { DEPARTMENTS, sessionUser } from '../../test/fixtures';
import { mockFetch } from '../../test/mock-fetch';
import { renderApp } from '../../test/render-app';

const signedOut = { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Not signed in' } };

async function submit(email: string, password: string) {
  fireEvent.change(await screen.findByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginForm', () => {
  it('shows the API error in an alert when the password is wrong', async () => {
    const calls = mockFetch({
      'GET /api/auth/me': signedOut,
      'POST /api/auth/login': { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Invalid email or password' } },
    });
    renderApp('/login');

    await submit('admin@demo.fullcircle.test', 'wrong-password');

    expect((await screen.findByRole('alert')).textContent).toContain('Invalid email or password');
    const login = calls.find((c) => c.method === 'POST');
    expect(JSON.parse(String(login?.init?.body))).toEqual({ email: 'admin@demo.fullcircle.test', password: 'wrong-password' });
  });

  it('tells a rate-limited user to wait', async () => {
    mockFetch({
      'GET /api/auth/me': signedOut,
      'POST /api/auth/login': { status: 429, body: { statusCode: 429, error: 'Too Many Requests', message: 'ThrottlerException: Too Many Requests' } },
    });
    renderApp('/login');

    await submit('admin@demo.fullcircle.test', 'x');

    expect((await screen.findByRole('alert')).textContent).toContain('Too many attempts, try again in a minute');
  });

  it('validates the email before calling the API', async () => {
    const calls = mockFetch({ 'GET /api/auth/me': signedOut });
    renderApp('/login');

    await submit('not-an-email', 'secret');

    await waitFor(() => expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true'));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('signs in and lands on the home of the role', async () => {
    mockFetch({
      'GET /api/auth/me': signedOut,
      'POST /api/auth/login': { status: 200, body: sessionUser('owner', [DEPARTMENTS[1].id]) },
      'GET /api/org/departments': { status: 200, body: DEPARTMENTS },
      'GET /api/cases': { status: 200, body: { cases: [], nextCursor: null, counts: { open: 0, triage: 0, mine: 0, breached: 0 } } },
    });
    const { router } = renderApp('/login');

    await submit('owner@demo.fullcircle.test', 'fullcircle-demo');

    await waitFor(() => expect(router.state.location.pathname).toBe('/inbox'));
    expect(await screen.findByText('Nothing to do right now — feedback routed to Billing will appear here.')).toBeTruthy();
  });

  it('returns to the page that asked for sign-in when the role may open it', async () => {
    mockFetch({
      'GET /api/auth/me': signedOut,
      'POST /api/auth/login': { status: 200, body: sessionUser('member') },
      'GET /api/org/departments': { status: 200, body: DEPARTMENTS },
    });
    const { router } = renderApp('/login?redirect=%2Faccount');

    await submit('member@demo.fullcircle.test', 'fullcircle-demo');

    await waitFor(() => expect(router.state.location.pathname).toBe('/account'));
  });
});
