import type { AuditEvent } from '@fullcircle/shared';
import { focusManager } from '@tanstack/react-query';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEPARTMENTS, sessionUser, user } from '../../test/fixtures';
import { mockFetch, type MockRoutes } from '../../test/mock-fetch';
import { renderApp } from '../../test/render-app';

const ADMIN = sessionUser('admin');
const MILO = user({ id: '0b7a4f0e-3333-4c1b-9d55-8c4a8f0b3333', name: 'Milo Chen', email: 'milo@example.test', status: 'invited' });
const HOUR = 3600_000;

function hoursAgo(hours: number): string {
  return new Date(Date.now() - hours * HOUR).toISOString();
}

function auditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: '5f0c9a52-0000-4c1b-9d55-8c4a8f0b0001',
    actorId: ADMIN.id,
    actorName: 'Ada Admin',
    action: 'org.user.invited',
    targetType: 'user',
    targetId: MILO.id,
    data: { role: 'member', departmentIds: [DEPARTMENTS[0].id] },
    occurredAt: hoursAgo(3),
    ...overrides,
  };
}

const INVITED = auditEvent();
const CREATED = auditEvent({
  id: '5f0c9a52-0000-4c1b-9d55-8c4a8f0b0002',
  action: 'org.department.created',
  targetType: 'department',
  targetId: DEPARTMENTS[1].id,
  data: { name: 'Billing', slug: 'billing' },
  occurredAt: hoursAgo(5),
});

function adminApi(audit: MockRoutes[string], extra: MockRoutes = {}) {
  return mockFetch({
    'GET /api/auth/me': { status: 200, body: ADMIN },
    'GET /api/org/departments': { status: 200, body: DEPARTMENTS },
    'GET /api/org/users': { status: 200, body: [MILO] },
    'GET /api/audit': audit,
    ...extra,
  });
}

const auditCalls = (calls: { url: string }[]) => calls.filter((c) => c.url.startsWith('/api/audit'));

describe('AuditPage', () => {
  it('tells each event as a sentence with its time, actor and target, and its data on demand', async () => {
    const calls = adminApi({ status: 200, body: [INVITED, CREATED] });
    renderApp('/settings/audit');

    const entry = (await screen.findByText('Ada Admin invited Milo Chen (milo@example.test) as member in Support')).closest('li')!;
    const time = within(entry).getByText('3 hours ago');
    expect(time.getAttribute('title')).toBe(new Date(INVITED.occurredAt).toLocaleString());
    expect(time.getAttribute('datetime')).toBe(INVITED.occurredAt);
    expect(within(entry).getByText('by Ada Admin')).toBeTruthy();
    expect(within(entry).getByText('Milo Chen').closest('[title]')?.getAttribute('title')).toBe('milo@example.test');
    expect(screen.getByText('Ada Admin created the department Billing')).toBeTruthy();
    expect(auditCalls(calls).map((c) => c.url)).toEqual(['/api/audit?limit=50']);
    await waitFor(() => expect(document.title).toBe('Audit log · Settings · Fullcircle'));

    const toggle = within(entry).getByRole('button', { name: 'Details' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    const pairs = [...details.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(pairs).toEqual([
      ['Role', 'member'],
      ['Departments', 'Support'],
      ['Action', 'org.user.invited'],
      ['User id', MILO.id],
    ]);
  });

  it('asks the API for one target type and keeps the other choices', async () => {
    const calls = adminApi((_init, url) => ({ status: 200, body: url.includes('targetType=department') ? [CREATED] : [INVITED, CREATED] }));
    renderApp('/settings/audit');
    await screen.findByText(/invited Milo Chen/);

    const filter = within(screen.getByRole('group', { name: 'Filter by target' }));
    fireEvent.click(filter.getByRole('button', { name: 'Departments' }));

    await waitFor(() => expect(screen.queryByText(/invited Milo Chen/)).toBeNull());
    expect(screen.getByText('Ada Admin created the department Billing')).toBeTruthy();
    expect(auditCalls(calls).at(-1)?.url).toBe('/api/audit?limit=50&targetType=department');
    expect(filter.getByRole('button', { name: 'Departments' }).getAttribute('aria-pressed')).toBe('true');
    expect(filter.getAllByRole('button').map((b) => b.textContent)).toEqual(['All', 'Users', 'Departments']);
  });

  it('loads older events from before the oldest one shown', async () => {
    const page = Array.from({ length: 50 }, (_, i) =>
      auditEvent({ id: `5f0c9a52-0000-4c1b-9d55-8c4a8f0b${String(1000 + i).padStart(4, '0')}`, occurredAt: hoursAgo(i + 1), action: 'org.user.deactivated', data: {} }),
    );
    const older = auditEvent({ id: '5f0c9a52-0000-4c1b-9d55-8c4a8f0b9999', action: 'org.user.reactivated', data: { to: 'active' }, occurredAt: hoursAgo(100) });
    const calls = adminApi((_init, url) => ({ status: 200, body: url.includes('before=') ? [older] : page }));
    renderApp('/settings/audit');

    expect(await screen.findAllByText('Ada Admin deactivated Milo Chen')).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Load older' }));

    expect(await screen.findByText('Ada Admin reactivated Milo Chen')).toBeTruthy();
    expect(auditCalls(calls).at(-1)?.url).toBe(`/api/audit?limit=50&before=${encodeURIComponent(page[49].occurredAt)}`);
    expect(screen.queryByRole('button', { name: 'Load older' })).toBeNull();
    expect(screen.getByText('That is the oldest event.')).toBeTruthy();
  });

  it('shows events the worker recorded since, on Refresh and when the window regains focus', async () => {
    let recorded = [CREATED];
    const calls = adminApi(() => ({ status: 200, body: recorded }));
    renderApp('/settings/audit');
    await screen.findByText('Ada Admin created the department Billing');

    recorded = [INVITED, CREATED];
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText(/invited Milo Chen/)).toBeTruthy();

    const before = auditCalls(calls).length;
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    });
    await waitFor(() => expect(auditCalls(calls).length).toBe(before + 1));
    act(() => focusManager.setFocused(undefined));
  });

  it('says so when nothing has been recorded yet', async () => {
    adminApi({ status: 200, body: [] });
    renderApp('/settings/audit');

    expect(await screen.findByText('No events yet')).toBeTruthy();
  });

  it('shows a load failure with a way to try again', async () => {
    let fail = true;
    adminApi(() => (fail ? { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'Database unavailable' } } : { status: 200, body: [CREATED] }));
    renderApp('/settings/audit');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the audit log');
    expect(alert.textContent).toContain('Database unavailable');

    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Ada Admin created the department Billing')).toBeTruthy();
  });

  it('is not shown to members, and asks the API for nothing', async () => {
    const calls = mockFetch({ 'GET /api/auth/me': { status: 200, body: sessionUser('member', [DEPARTMENTS[0].id]) } });
    renderApp('/settings/audit');

    expect(await screen.findByText('You are not allowed to see this page')).toBeTruthy();
    expect(auditCalls(calls)).toHaveLength(0);
  });
});
