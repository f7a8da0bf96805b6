import type { InitiativeOwnerOptionDto, InitiativePage, InitiativeSummaryDto } from '@fullcircle/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEPARTMENTS, sessionUser } from '../../test/fixtures';
import { mockFetch } from '../../test/mock-fetch';
import { renderApp } from '../../test/render-app';

const SUMMARY: InitiativeSummaryDto = {
  id: '7d1c2b3a-0000-4c1b-9d55-8c4a8f0b0001',
  title: 'Track every bag at the belt',
  status: 'planned',
  kind: 'improvement',
  isPublic: true,
  topic: 'baggage',
  owner: { id: 'u1', name: 'Olivia Owner' },
  departmentIds: [],
  targetDate: '2027-03-31',
  voices: 12,
  customers: 9,
  votes: 4,
  followers: 2,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
};
const OWNERS: InitiativeOwnerOptionDto[] = [
  { id: sessionUser('owner').id, name: 'Test owner', role: 'owner' },
  { id: '0b7a4f0e-3333-4c1b-9d55-8c4a8f0b3333', name: 'Erin Exec', role: 'executive' },
];
const PAGE: InitiativePage = { initiatives: [SUMMARY], total: 1, counts: { proposed: 0, planned: 1, in_progress: 0, shipped: 0, declined: 0 } };

describe('InitiativesPage', () => {
  it('lists initiatives with status, voices, votes, owner and target date, and filters by status', async () => {
    const calls = mockFetch({ 'GET /api/auth/me': { status: 200, body: sessionUser('member') }, 'GET /api/initiatives': { status: 200, body: PAGE } });
    renderApp('/initiatives');

    const row = (await screen.findByRole('link', { name: 'Track every bag at the belt' })).closest('tr')!;
    expect(within(row).getByText('Planned')).toBeTruthy();
    expect(within(row).getByText('12')).toBeTruthy();
    expect(within(row).getByText('9 customers')).toBeTruthy();
    expect(within(row).getByText('Olivia Owner')).toBeTruthy();
    expect(within(row).getByText('2027-03-31')).toBeTruthy();
    // Members link items from their cases; they do not create initiatives.
    expect(screen.queryByRole('button', { name: 'New initiative' })).toBeNull();

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'shipped' } });
    await waitFor(() => expect(calls.some((c) => c.url.includes('status=shipped'))).toBe(true));
  });

  it('lets an owner create one, pointing at the field the API refused', async () => {
    const calls = mockFetch({
      'GET /api/auth/me': { status: 200, body: sessionUser('owner') },
      'GET /api/initiatives': { status: 200, body: { ...PAGE, initiatives: [], total: 0 } },
      'POST /api/initiatives': { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Invalid request: topic', issues: [{ field: 'topic', message: 'is too long' }] } },
    });
    renderApp('/initiatives');

    fireEvent.click(await screen.findByRole('button', { name: 'New initiative' }));
    const dialog = await screen.findByRole('dialog', { name: 'New initiative' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create initiative' }));
    expect(await within(dialog).findByText('write at least 3 characters')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Title'), { target: { value: 'Track every bag' } });
    fireEvent.change(within(dialog).getByLabelText('Problem'), { target: { value: 'Bags go missing at the belt.' } });
    fireEvent.change(within(dialog).getByLabelText('Topic'), { target: { value: 'baggage' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create initiative' }));
    expect(await within(dialog).findByText('is too long')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST')!;
    // The creator owns it unless they pick someone else.
    expect(JSON.parse(String(post.init!.body))).toEqual({ title: 'Track every bag', problem: 'Bags go missing at the belt.', kind: 'improvement', isPublic: false, topic: 'baggage', ownerId: sessionUser('owner').id });
  });

  it('creates one with the departments involved and a colleague as owner, or back to "I own this"', async () => {
    const me = sessionUser('owner');
    const calls = mockFetch({
      'GET /api/auth/me': { status: 200, body: me },
      'GET /api/initiatives': { status: 200, body: { ...PAGE, initiatives: [], total: 0 } },
      'GET /api/org/departments': { status: 200, body: DEPARTMENTS },
      'GET /api/initiatives/owners': { status: 200, body: OWNERS },
      'POST /api/initiatives': { status: 201, body: { ...SUMMARY, id: 'new-id' } },
      'GET /api/initiatives/new-id': { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Initiative not found' } },
    });
    renderApp('/initiatives');

    fireEvent.click(await screen.findByRole('button', { name: 'New initiative' }));
    const dialog = await screen.findByRole('dialog', { name: 'New initiative' });
    fireEvent.change(within(dialog).getByLabelText('Title'), { target: { value: 'Track every bag' } });
    fireEvent.change(within(dialog).getByLabelText('Problem'), { target: { value: 'Bags go missing at the belt.' } });
    const owner = within(dialog).getByLabelText('Owner') as HTMLSelectElement;
    await within(dialog).findByRole('option', { name: 'Erin Exec · Executive' });
    // Emails never reach the picker; the list shows names and roles.
    expect(within(owner).getAllByRole('option').map((o) => o.textContent)).toEqual(['No owner yet', 'Test owner (you) · Department owner', 'Erin Exec · Executive']);
    expect(owner.value).toBe(me.id);
    fireEvent.change(owner, { target: { value: OWNERS[1].id } });
    expect(within(dialog).getByRole('button', { name: 'I own this' }).hasAttribute('disabled')).toBe(false);
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: DEPARTMENTS[1].name }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create initiative' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')).toBeDefined());
    expect(JSON.parse(String(calls.find((c) => c.method === 'POST')!.init!.body))).toMatchObject({ departmentIds: [DEPARTMENTS[1].id], ownerId: OWNERS[1].id });
  });
});
