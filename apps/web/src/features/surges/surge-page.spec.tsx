import type { Role, SurgeDetailDto, SurgeDto } from '@fullcircle/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEPARTMENTS, sessionUser } from '../../test/fixtures';
import { mockFetch, type MockRoutes } from '../../test/mock-fetch';
import { renderApp } from '../../test/render-app';
import { volumeSummary } from './surge-labels';

// The pages are code-split: the first test pays for compiling them on a busy machine.
jest.setTimeout(20_000);

const ID = '5e5e5e5e-0000-4c1b-9d55-8c4a8f0d0001';
const SURGE: SurgeDto = {
  id: ID,
  topic: 'baggage',
  dimension: 'location',
  dimensionValue: 'JFK',
  status: 'open',
  windowStart: new Date(Date.now() - 3_600_000).toISOString(),
  volume: 14,
  baselineVolume: 0.5,
  negativeShare: 0.9,
  baselineNegativeShare: 0.3,
  initiativeId: null,
  itemCount: 14,
  detectedAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
};
const DETAIL: SurgeDetailDto = {
  ...SURGE,
  items: [
    {
      id: 'f0000000-0000-4c1b-9d55-8c4a8f0d0001',
      customerId: 'c0000000-0000-4c1b-9d55-8c4a8f0d0001',
      customerName: 'Storm Traveller',
      channel: 'email',
      subject: null,
      excerpt: 'My suitcase never came off the carousel.',
      sentiment: 'negative',
      receivedAt: new Date().toISOString(),
      caseId: 'ca5e0000-0000-4c1b-9d55-8c4a8f0d0001',
      caseReference: 'FC-7K3M9QX2',
      caseStatus: 'assigned',
      linked: false,
    },
  ],
  page: 1,
  pageSize: 50,
  affectedCustomers: 14,
  reachableCustomers: 11,
  openCases: 14,
  updates: [],
};
const INCIDENT: SurgeDetailDto = { ...DETAIL, status: 'incident', initiativeId: '1a1a1a1a-0000-4c1b-9d55-8c4a8f0d0001', items: DETAIL.items.map((i) => ({ ...i, linked: true })) };

function api(role: Role, extra: MockRoutes = {}) {
  return mockFetch({
    'GET /api/auth/me': { status: 200, body: sessionUser(role, [DEPARTMENTS[0].id]) },
    'GET /api/communications/notifications': { status: 200, body: { notifications: [], unread: 0 } },
    'GET /api/surges': { status: 200, body: [SURGE] },
    ...extra,
  });
}

describe('SurgesPage', () => {
  it('lists surges with where, volume against the usual and status, linking to each', async () => {
    api('executive');
    renderApp('/surges');
    const table = within(await screen.findByRole('table', { name: 'Surges' }));
    expect(table.getByRole('link', { name: 'Baggage' }).getAttribute('href')).toBe(`/surges/${ID}`);
    expect(table.getByText('Location: JFK')).toBeTruthy();
    expect(table.getByRole('img', { name: '14 items in the window against 0.5 usually' })).toBeTruthy();
    expect(table.getByText('Open')).toBeTruthy();
  });
});

describe('SurgePage', () => {
  it('opens an incident in one click, then sends an update to the customers who may be told', async () => {
    let detail = DETAIL;
    const calls = api('owner', {
      [`GET /api/surges/${ID}`]: () => ({ status: 200, body: detail }),
      [`POST /api/surges/${ID}/incident`]: () => {
        detail = INCIDENT;
        return { status: 200, body: detail };
      },
      [`POST /api/surges/${ID}/updates`]: (init) => {
        const { message } = JSON.parse(String(init?.body)) as { message: string };
        if (message.includes('oops')) return { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Invalid request: message', issues: [{ field: 'message', message: 'too vague' }] } };
        detail = { ...INCIDENT, updates: [{ id: 'u1', message, createdAt: new Date().toISOString(), fannedOutAt: null, told: 0, notTold: 0 }] };
        return { status: 200, body: detail };
      },
    });
    renderApp(`/surges/${ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: /Baggage at JFK/ })).toBeTruthy();
    expect(screen.queryByLabelText('Status update')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open incident' }));
    await waitFor(() => expect(calls.some((c) => c.url === `/api/surges/${ID}/incident` && c.method === 'POST')).toBe(true));
    const field = await screen.findByLabelText('Status update');
    expect(screen.getByText(/11 of 14 affected customers will be told/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open incident' })).toBeNull();

    const send = screen.getByRole('button', { name: 'Send update to affected customers (11)' });
    fireEvent.change(field, { target: { value: 'oops' } });
    fireEvent.click(send);
    expect(await screen.findByText('too vague')).toBeTruthy();

    fireEvent.change(field, { target: { value: 'Bags are on their way to you.' } });
    fireEvent.click(send);
    const history = within(await screen.findByRole('list', { name: 'Updates sent' }));
    expect(history.getByText('Bags are on their way to you.')).toBeTruthy();
    expect(history.getByText(/Sending…/)).toBeTruthy();
  });
});

describe(volumeSummary.name, () => {
  it('shows the window against the usual and the factor', () => {
    expect(volumeSummary(12, 1.5)).toBe('12 vs 1.5 usually (8.0×)');
    expect(volumeSummary(14, 0.02)).toBe('14 vs 0.02 usually (700×)');
    expect(volumeSummary(10, 0)).toBe('10 vs 0.00 usually (new)');
  });
});
