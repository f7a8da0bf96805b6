import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEPARTMENTS, sessionUser, user } from '../../../test/fixtures';
import { mockFetch, type MockRoutes } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

const ADMIN = sessionUser('admin');
const SAM = user();

function adminApi(extra: MockRoutes = {}) {
  return mockFetch({
    'GET /api/auth/me': { status: 200, body: ADMIN },
    'GET /api/org/departments': { status: 200, body: DEPARTMENTS },
    'GET /api/org/users': { status: 200, body: [SAM, user({ ...ADMIN, status: 'active', lastLoginAt: new Date().toISOString(), createdAt: SAM.createdAt })] },
    ...extra,
  });
}

async function openInvite() {
  fireEvent.click(await screen.findByRole('button', { name: 'Invite user' }));
  const dialog = await screen.findByRole('dialog', { name: 'Invite user' });
  const form = within(dialog);
  fireEvent.change(form.getByLabelText('Name'), { target: { value: 'Nia Okafor' } });
  fireEvent.change(form.getByLabelText('Email'), { target: { value: 'nia@example.test' } });
  fireEvent.change(form.getByLabelText('Role'), { target: { value: 'owner' } });
  fireEvent.click(form.getByLabelText('Support'));
  fireEvent.click(form.getByRole('button', { name: 'Send invitation' }));
  return dialog;
}

describe('UsersPage', () => {
  it('lists users with role, departments, status and last login', async () => {
    adminApi();
    renderApp('/settings/users');

    const row = (await screen.findByText('Sam Rivera')).closest('tr')!;
    expect(within(row).getByText('sam@example.test')).toBeTruthy();
    expect(within(row).getByText('Member')).toBeTruthy();
    expect(within(row).getByText('Support')).toBeTruthy();
    expect(within(row).getByText('Active')).toBeTruthy();
    expect(within(row).getByText('Never')).toBeTruthy();
    expect(screen.getByText('You')).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Users · Settings · Fullcircle'));
  });

  it('sends the filters to the API', async () => {
    const calls = adminApi();
    renderApp('/settings/users');

    fireEvent.change(await screen.findByLabelText('Filter by role'), { target: { value: 'owner' } });

    await waitFor(() => expect(calls.some((c) => c.url === '/api/org/users?role=owner')).toBe(true));
  });

  it('invites a user and shows the invitation link to copy', async () => {
    const calls = adminApi({
      'POST /api/org/users': {
        status: 201,
        body: { user: user({ name: 'Nia Okafor', email: 'nia@example.test', role: 'owner', status: 'invited' }), invitationUrl: '/accept-invitation?token=abc123abc123abc123abc123' },
      },
    });
    renderApp('/settings/users');

    await openInvite();

    const link = (await screen.findByLabelText('Invitation link')) as HTMLInputElement;
    expect(link.value).toBe('http://localhost/accept-invitation?token=abc123abc123abc123abc123');
    expect(screen.getByRole('button', { name: 'Copy invitation link' })).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST');
    expect(JSON.parse(String(post?.init?.body))).toEqual({ name: 'Nia Okafor', email: 'nia@example.test', role: 'owner', departmentIds: [DEPARTMENTS[0].id] });
  });

  it('shows a 400 issue next to the field it names', async () => {
    adminApi({
      'POST /api/org/users': {
        status: 400,
        body: { statusCode: 400, error: 'Bad Request', message: 'Validation failed', issues: [{ field: 'email', message: 'is already in use' }] },
      },
    });
    renderApp('/settings/users');

    const dialog = await openInvite();

    expect(await within(dialog).findByText('is already in use')).toBeTruthy();
    expect(within(dialog).getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });
});
