import type { FeedEntryDto, Role } from '@fullcircle/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEPARTMENTS, sessionUser } from '../../../test/fixtures';
import { mockFetch, type MockRoutes } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

// The page is code-split: the first test pays for compiling it on a busy machine.
jest.setTimeout(20_000);

const THANKS: FeedEntryDto = {
  id: 'f0f0f0f0-0000-4c1b-9d55-8c4a8f0d0001',
  kind: 'recognition',
  department: { id: DEPARTMENTS[0].id, name: DEPARTMENTS[0].name },
  title: 'Jane rated her case 5/5',
  body: '“Sam found my bag within a day, thank you!”',
  caseId: 'ca5e0000-0000-4c1b-9d55-8c4a8f0d0001',
  caseReference: 'FC-7K3M9QX2',
  person: { id: '0b7a4f0e-2222-4c1b-9d55-8c4a8f0b2222', name: 'Sam Rivera' },
  author: null,
  createdAt: new Date().toISOString(),
};
const CHANGE: FeedEntryDto = { ...THANKS, id: 'f0f0f0f0-0000-4c1b-9d55-8c4a8f0d0002', kind: 'process_change', department: null, title: 'Bags are now tracked by tag', body: 'From Monday.', caseId: null, caseReference: null, person: null, author: { id: 'x', name: 'Ada Admin' } };

function api(role: Role, extra: MockRoutes = {}) {
  return mockFetch({
    'GET /api/auth/me': { status: 200, body: sessionUser(role, [DEPARTMENTS[0].id]) },
    'GET /api/org/departments': { status: 200, body: DEPARTMENTS },
    'GET /api/communications/feed': (_init, url) => ({ status: 200, body: { entries: url.includes('kind=recognition') ? [THANKS] : [THANKS, CHANGE], nextCursor: null } }),
    'GET /api/communications/preferences': { status: 200, body: { feedDigest: false, emailNotifications: true } },
    'PUT /api/communications/preferences': (init) => ({ status: 200, body: JSON.parse(String(init?.body)) }),
    ...extra,
  });
}

describe('FeedPage', () => {
  it('shows entries with their kind, highlights recognition, filters by kind, and hides the post form from members', async () => {
    const calls = api('member');
    renderApp('/feed');

    const entries = within(await screen.findByRole('list', { name: 'Feed entries' }));
    const [thanks, change] = entries.getAllByRole('listitem');
    expect(within(thanks).getByText('Recognition')).toBeTruthy();
    expect(thanks.className).toContain('amber');
    expect(within(thanks).getByText('For Sam Rivera')).toBeTruthy();
    expect(within(thanks).getByRole('link', { name: 'FC-7K3M9QX2' }).getAttribute('href')).toBe(`/cases/${THANKS.caseId}`);
    expect(within(change).getByText('Process change')).toBeTruthy();
    expect(within(change).getByText('Company')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Post' })).toBeNull();

    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by kind' }), { target: { value: 'recognition' } });
    await waitFor(() => expect(calls.filter((c) => c.url.startsWith('/api/communications/feed')).at(-1)?.url).toBe('/api/communications/feed?kind=recognition'));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Feed entries' })).getAllByRole('listitem')).toHaveLength(1));
  });

  it('lets an owner post to their department, checking the title first', async () => {
    const calls = api('owner', { 'POST /api/communications/feed': (init) => ({ status: 201, body: { ...CHANGE, ...JSON.parse(String(init?.body)) } }) });
    renderApp('/feed');

    fireEvent.click(await screen.findByRole('button', { name: 'Post' }));
    expect(await screen.findByText('use at least 3 characters')).toBeTruthy();
    expect(screen.getByText('is required')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'For' }) as HTMLSelectElement).value).toBe(DEPARTMENTS[0].id);
    expect(screen.queryByRole('option', { name: 'The whole company' })).toBeNull();

    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'lesson' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Call back within the hour' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Message' }), { target: { value: 'It halves the complaints.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Post' }));

    expect(await screen.findByText('Posted to the feed')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST');
    expect(JSON.parse(String(post?.init?.body))).toEqual({ kind: 'lesson', departmentId: DEPARTMENTS[0].id, title: 'Call back within the hour', body: 'It halves the complaints.' });
  });

  it('saves the weekly digest preference', async () => {
    const calls = api('member');
    renderApp('/feed');

    const digest = (await screen.findByRole('checkbox', { name: /Weekly digest by email/ })) as HTMLInputElement;
    await waitFor(() => expect(digest.disabled).toBe(false));
    expect(digest.checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: /Email me notifications/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(digest);

    await waitFor(() => expect((screen.getByRole('checkbox', { name: /Weekly digest by email/ }) as HTMLInputElement).checked).toBe(true));
    const put = calls.find((c) => c.method === 'PUT');
    expect(JSON.parse(String(put?.init?.body))).toEqual({ feedDigest: true, emailNotifications: true });
  });
});
