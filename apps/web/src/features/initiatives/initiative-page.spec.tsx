import type { InitiativeDetailDto } from '@fullcircle/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEPARTMENTS, sessionUser } from '../../test/fixtures';
import { mockFetch } from '../../test/mock-fetch';
import { renderApp } from '../../test/render-app';

const ID = '7d1c2b3a-0000-4c1b-9d55-8c4a8f0b0001';
const CASE_ID = '7d1c2b3a-0000-4c1b-9d55-8c4a8f0b0002';

function initiative(overrides: Partial<InitiativeDetailDto> = {}): InitiativeDetailDto {
  return {
    id: ID,
    title: 'Track every bag at the belt',
    status: 'in_progress',
    kind: 'improvement',
    isPublic: false,
    topic: 'baggage',
    owner: { id: 'u1', name: 'Olivia Owner' },
    departmentIds: [],
    targetDate: '2027-03-31',
    voices: 3,
    customers: 3,
    votes: 2,
    followers: 1,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    problem: 'Customers cannot tell where their bag is.',
    outcomeNote: null,
    shippedAt: null,
    declinedAt: null,
    departments: [],
    voicesBy: { channel: [{ key: 'email', count: 2 }, { key: 'sms', count: 1 }], segment: [{ key: 'gold', count: 3 }], sentiment: [{ key: 'negative', count: 3 }] },
    links: {
      items: [
        {
          feedbackId: 'f1',
          channel: 'email',
          subject: 'Lost bag',
          excerpt: 'My bag never arrived',
          sentiment: 'negative',
          receivedAt: '2026-11-01T09:00:00.000Z',
          customer: { id: 'c1', name: 'Ana Api', segment: 'gold' },
          case: { id: CASE_ID, reference: 'FC-AAAA1111', status: 'assigned' },
          source: 'staff',
          linkedAt: '2026-11-01T10:00:00.000Z',
        },
      ],
      total: 1,
      offset: 0,
      limit: 25,
    },
    actions: [],
    updates: [],
    kpis: null,
    can: { edit: true, ship: true, link: true },
    ...overrides,
  };
}

describe('InitiativePage', () => {
  it('shows voices, linked items and, after shipping, who was told by channel and who replied', async () => {
    mockFetch({
      'GET /api/auth/me': { status: 200, body: sessionUser('owner') },
      [`GET /api/initiatives/${ID}`]: {
        status: 200,
        body: initiative({
          status: 'shipped',
          outcomeNote: 'Every bag carries a tracker.',
          can: { edit: true, ship: false, link: true },
          updates: [
            {
              id: 'u1',
              kind: 'shipped',
              message: 'Every bag carries a tracker.',
              createdAt: '2026-11-03T10:00:00.000Z',
              createdBy: 'Olivia Owner',
              fannedOutAt: '2026-11-03T10:00:05.000Z',
              recipients: 3,
              toldByChannel: [{ key: 'email', count: 1 }, { key: 'sms', count: 1 }],
              outcomes: [{ outcome: 'queued', count: 2 }, { outcome: 'no_consent', count: 1 }],
              replied: 1,
            },
          ],
        }),
      },
    });
    renderApp(`/initiatives/${ID}`);

    await screen.findByRole('heading', { level: 1, name: 'Track every bag at the belt' });
    const update = screen.getByRole('listitem', { name: 'Shipped update' });
    expect(within(update).getByTestId('told-total').textContent).toBe('2 of 3');
    expect(within(update).getByText('Told by Email').nextSibling?.textContent).toBe('1');
    expect(within(update).getByText('Told by SMS').nextSibling?.textContent).toBe('1');
    expect(within(update).getByText('Replied').nextSibling?.textContent).toBe('1');
    expect(within(update).getByText('Not told: 1 no consent')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'FC-AAAA1111' }).getAttribute('href')).toBe(`/cases/${CASE_ID}`);
    expect(screen.queryByRole('button', { name: 'Ship' })).toBeNull();
  });

  it('asks for the message before shipping, then sends it as the outcome note', async () => {
    const calls = mockFetch({
      'GET /api/auth/me': { status: 200, body: sessionUser('owner') },
      [`GET /api/initiatives/${ID}`]: { status: 200, body: initiative() },
      [`PATCH /api/initiatives/${ID}`]: { status: 200, body: initiative({ status: 'shipped' }) },
    });
    renderApp(`/initiatives/${ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Ship' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ship initiative' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ship and tell customers' }));
    expect(await within(dialog).findByText('tell customers what happened, in at least 10 characters')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);

    fireEvent.change(within(dialog).getByLabelText('What changed'), { target: { value: 'Every bag carries a tracker now.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ship and tell customers' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')).toBeDefined());
    expect(JSON.parse(String(calls.find((c) => c.method === 'PATCH')!.init!.body))).toEqual({ status: 'shipped', outcomeNote: 'Every bag carries a tracker now.' });
  });

  it('edits the title and the departments involved', async () => {
    const calls = mockFetch({
      'GET /api/auth/me': { status: 200, body: sessionUser('owner') },
      'GET /api/org/departments': { status: 200, body: DEPARTMENTS },
      [`GET /api/initiatives/${ID}`]: { status: 200, body: initiative() },
      [`PATCH /api/initiatives/${ID}`]: { status: 200, body: initiative({ title: 'Every bag tracked' }) },
    });
    renderApp(`/initiatives/${ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit initiative' });
    fireEvent.change(within(dialog).getByLabelText('Title'), { target: { value: 'Every bag tracked' } });
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: DEPARTMENTS[0].name }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')).toBeDefined());
    expect(JSON.parse(String(calls.find((c) => c.method === 'PATCH')!.init!.body))).toMatchObject({ title: 'Every bag tracked', departmentIds: [DEPARTMENTS[0].id], targetDate: '2027-03-31', topic: 'baggage' });
  });

  it('hands the initiative to another colleague, and takes it back with "I own this"', async () => {
    const me = sessionUser('owner');
    const calls = mockFetch({
      'GET /api/auth/me': { status: 200, body: me },
      'GET /api/org/departments': { status: 200, body: DEPARTMENTS },
      'GET /api/initiatives/owners': {
        status: 200,
        body: [
          { id: 'u1', name: 'Olivia Owner', role: 'owner' },
          { id: me.id, name: me.name, role: 'owner' },
          { id: 'u3', name: 'Erin Exec', role: 'executive' },
        ],
      },
      [`GET /api/initiatives/${ID}`]: { status: 200, body: initiative() },
      [`PATCH /api/initiatives/${ID}`]: { status: 200, body: initiative() },
    });
    renderApp(`/initiatives/${ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit initiative' });
    const owner = within(dialog).getByLabelText('Owner') as HTMLSelectElement;
    await within(dialog).findByRole('option', { name: 'Erin Exec · Executive' });
    expect(owner.value).toBe('u1');
    fireEvent.change(owner, { target: { value: 'u3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1));
    expect(JSON.parse(String(calls.find((c) => c.method === 'PATCH')!.init!.body))).toMatchObject({ ownerId: 'u3' });

    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const again = await screen.findByRole('dialog', { name: 'Edit initiative' });
    fireEvent.click(within(again).getByRole('button', { name: 'I own this' }));
    expect((within(again).getByLabelText('Owner') as HTMLSelectElement).value).toBe(me.id);
    fireEvent.click(within(again).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(2));
    expect(JSON.parse(String(calls.filter((c) => c.method === 'PATCH')[1].init!.body))).toMatchObject({ ownerId: me.id });
  });

  it('leaves the owner alone when only other fields change', async () => {
    const calls = mockFetch({
      'GET /api/auth/me': { status: 200, body: sessionUser('owner') },
      'GET /api/org/departments': { status: 200, body: DEPARTMENTS },
      'GET /api/initiatives/owners': { status: 200, body: [] },
      [`GET /api/initiatives/${ID}`]: { status: 200, body: initiative() },
      [`PATCH /api/initiatives/${ID}`]: { status: 200, body: initiative() },
    });
    renderApp(`/initiatives/${ID}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit initiative' });
    // Olivia is no longer in the list of possible owners, yet still shown as the owner.
    expect((within(dialog).getByLabelText('Owner') as HTMLSelectElement).value).toBe('u1');
    fireEvent.change(within(dialog).getByLabelText('Title'), { target: { value: 'Every bag tracked' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')).toBeDefined());
    expect(JSON.parse(String(calls.find((c) => c.method === 'PATCH')!.init!.body))).not.toHaveProperty('ownerId');
  });

  it('gives executives the page without the controls that change it', async () => {
    mockFetch({
      'GET /api/auth/me': { status: 200, body: sessionUser('executive') },
      [`GET /api/initiatives/${ID}`]: { status: 200, body: initiative({ can: { edit: false, ship: false, link: false } }) },
    });
    renderApp(`/initiatives/${ID}`);

    await screen.findByRole('heading', { level: 1, name: 'Track every bag at the belt' });
    expect(screen.queryByRole('button', { name: 'Ship' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Unlink/ })).toBeNull();
  });
});
