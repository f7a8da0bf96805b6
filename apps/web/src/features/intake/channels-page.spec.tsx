import type { ApiKey, ChannelStatus, CreatedApiKey } from '@fullcircle/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { apiKey, hoursAgo, sessionUser } from '../../test/fixtures';
import { mockFetch, type MockRoutes } from '../../test/mock-fetch';
import { renderApp } from '../../test/render-app';

const ACTIVE = apiKey({ lastUsedAt: hoursAgo(1) });
const REVOKED = apiKey({ id: 'a9a9a9a9-0000-4c1b-9d55-8c4a8f0c0002', name: 'Old CRM', prefix: 'fc_old1', createdByName: null, revokedAt: hoursAgo(5) });
const SECRET = 'fc_n3w5_9f2c1b7a0d4e8c6b5a3f1e0d9c8b7a6f';

function adminApi(extra: MockRoutes = {}, keys: ApiKey[] = [REVOKED, ACTIVE]) {
  return mockFetch({
    'GET /api/auth/me': { status: 200, body: sessionUser('admin') },
    'GET /api/intake/api-keys': { status: 200, body: keys },
    'GET /api/intake/channels': { status: 200, body: { channels: CHANNEL_STATUSES } },
    ...extra,
  });
}

const notSetUp = (channel: ChannelStatus['channel']): ChannelStatus => ({
  channel,
  state: 'not_configured',
  summary: 'Not set up yet',
  endpoints: [],
  accepted24h: 0,
  rejected24h: 0,
  recent: [],
});
const delivery = (status: number, detail: string | null, minutesAgo: number) => ({
  at: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
  channel: 'sms' as const,
  outcome: status < 400 ? ('accepted' as const) : ('rejected' as const),
  status,
  detail,
  source: null,
  feedbackId: null,
});
const CHANNEL_STATUSES: ChannelStatus[] = [
  { ...notSetUp('api'), state: 'live', summary: 'Accepts feedback', endpoints: [{ label: 'Endpoint', value: '/api/intake/feedback' }] },
  {
    ...notSetUp('sms'),
    state: 'live',
    summary: 'Verifies X-Twilio-Signature.',
    endpoints: [{ label: 'Webhook URL', value: '/api/intake/sms/twilio' }],
    accepted24h: 3,
    rejected24h: 1,
    recent: [delivery(200, null, 30), delivery(403, 'Bad signature', 5)],
  },
  ...(['web_form', 'widget', 'email', 'chat', 'survey', 'social', 'review', 'csv'] as const).map(notSetUp),
];

const channel = (name: string) => screen.getByRole('region', { name });

describe('ChannelsPage', () => {
  it('shows the public API as live, with its endpoint and a request to copy', async () => {
    adminApi();
    renderApp('/settings/channels');

    const api = within(await screen.findByRole('region', { name: 'Public API' }));
    expect(api.getByText('Live')).toBeTruthy();
    expect((api.getByLabelText('Endpoint') as HTMLInputElement).value).toBe('http://localhost/api/intake/feedback');
    const curl = api.getByText(/^curl -X POST/).textContent!;
    expect(curl).toContain("'http://localhost/api/intake/feedback'");
    expect(curl).toContain("-H 'Authorization: Bearer <your-api-key>'");
    expect(curl).toContain("-H 'Idempotency-Key: <a-unique-id-per-item>'");
    expect(curl).toContain('"customer":{"email":"jane@example.com"}');
    expect(api.getByRole('button', { name: 'Copy example request' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Channels · Settings · Fullcircle'));
  });

  it('shows each channel as the API reports it: live ones with their address and activity, the rest as not set up', async () => {
    adminApi();
    renderApp('/settings/channels');
    await screen.findByRole('region', { name: 'Public API' });

    const sms = within(await screen.findByRole('region', { name: 'SMS' }));
    expect(sms.getByText('Live')).toBeTruthy();
    expect(sms.getByText('Verifies X-Twilio-Signature.')).toBeTruthy();
    expect((sms.getByLabelText('Webhook URL') as HTMLInputElement).value).toBe('http://localhost/api/intake/sms/twilio');
    expect(sms.getByText(/rejected in the last 24 hours/).textContent).toBe('3 received · 1 rejected in the last 24 hours');
    fireEvent.click(sms.getByRole('button', { name: 'Recent deliveries' }));
    const deliveries = within(sms.getByRole('list', { name: 'Recent deliveries' })).getAllByRole('listitem');
    expect(deliveries.map((d) => d.textContent)).toEqual([expect.stringContaining('403 · Bad signature'), expect.stringContaining('200')]);

    for (const name of ['Web form & widget', 'Email', 'Chat', 'Surveys', 'Social & reviews', 'CSV import']) {
      const card = within(channel(name));
      expect(card.getByText('Not set up')).toBeTruthy();
      expect(card.queryByText('Live')).toBeNull();
      expect(card.queryAllByRole('textbox')).toHaveLength(0);
    }
  });

  it('lists API keys with their start, scope, creator, last use and status; active ones first', async () => {
    adminApi();
    renderApp('/settings/channels');

    const rows = within(await screen.findByRole('table', { name: 'API keys' })).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const [active, revoked] = rows.map((r) => within(r));
    expect(active.getByText('Help centre')).toBeTruthy();
    expect(active.getByText('fc_3kq9…')).toBeTruthy();
    expect(active.getByText('intake:write')).toBeTruthy();
    expect(active.getByText('2 days ago')).toBeTruthy();
    expect(active.getByText('by Ada Admin')).toBeTruthy();
    expect(active.getByText('1 hour ago')).toBeTruthy();
    expect(active.getByText('Active')).toBeTruthy();
    expect(active.getByRole('button', { name: 'Revoke Help centre' })).toBeTruthy();

    expect(revoked.getByText('Old CRM')).toBeTruthy();
    expect(revoked.getByText('Never')).toBeTruthy();
    expect(revoked.getByText('Revoked')).toBeTruthy();
    expect(revoked.queryByRole('button')).toBeNull();
  });

  it('creates a key and shows its secret once, with a warning; reopening shows no secret', async () => {
    const created: CreatedApiKey = { apiKey: apiKey({ id: 'a9a9a9a9-0000-4c1b-9d55-8c4a8f0c0003', name: 'Zapier', prefix: 'fc_n3w5', createdAt: new Date().toISOString() }), secret: SECRET };
    let keys = [ACTIVE];
    const calls = adminApi({
      'GET /api/intake/api-keys': () => ({ status: 200, body: keys }),
      'POST /api/intake/api-keys': () => {
        keys = [created.apiKey, ACTIVE];
        return { status: 201, body: created };
      },
    });
    renderApp('/settings/channels');

    fireEvent.click(await screen.findByRole('button', { name: 'Create API key' }));
    const form = within(await screen.findByRole('dialog', { name: 'Create API key' }));
    fireEvent.change(form.getByLabelText('Name'), { target: { value: 'Zapier' } });
    fireEvent.click(form.getByRole('button', { name: 'Create key' }));

    const reveal = within(await screen.findByRole('dialog', { name: 'API key created' }));
    expect((reveal.getByLabelText('Secret') as HTMLInputElement).value).toBe(SECRET);
    expect(reveal.getByRole('button', { name: 'Copy secret' })).toBeTruthy();
    expect(reveal.getByRole('note').textContent).toContain('It will not be shown again');
    expect(JSON.parse(String(calls.find((c) => c.method === 'POST')?.init?.body))).toEqual({ name: 'Zapier', scopes: ['intake:write'] });

    // A stray Escape does not lose the secret.
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.getByRole('dialog', { name: 'API key created' })).toBeTruthy();

    fireEvent.click(reveal.getByRole('button', { name: 'I have copied it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Zapier')).toBeTruthy();
    expect(document.body.textContent).not.toContain(SECRET);

    fireEvent.click(screen.getByRole('button', { name: 'Create API key' }));
    const again = within(await screen.findByRole('dialog', { name: 'Create API key' }));
    expect((again.getByLabelText('Name') as HTMLInputElement).value).toBe('');
    expect(screen.queryByLabelText('Secret')).toBeNull();
  });

  it('names the field the API rejects', async () => {
    adminApi({
      'POST /api/intake/api-keys': { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Validation failed', issues: [{ field: 'name', message: 'is already used by another key' }] } },
    });
    renderApp('/settings/channels');

    fireEvent.click(await screen.findByRole('button', { name: 'Create API key' }));
    const form = within(await screen.findByRole('dialog', { name: 'Create API key' }));
    fireEvent.click(form.getByRole('button', { name: 'Create key' }));
    expect(await form.findByText('is required')).toBeTruthy();

    fireEvent.change(form.getByLabelText('Name'), { target: { value: 'Help centre' } });
    fireEvent.click(form.getByRole('button', { name: 'Create key' }));
    expect(await form.findByText('is already used by another key')).toBeTruthy();
  });

  it('revokes a key after confirming', async () => {
    const calls = adminApi({ [`POST /api/intake/api-keys/${ACTIVE.id}/revoke`]: { status: 200, body: { ...ACTIVE, revokedAt: new Date().toISOString() } } }, [ACTIVE]);
    renderApp('/settings/channels');

    fireEvent.click(await screen.findByRole('button', { name: 'Revoke Help centre' }));
    const confirm = within(await screen.findByRole('alertdialog', { name: 'Revoke Help centre?' }));
    fireEvent.click(confirm.getByRole('button', { name: 'Revoke key' }));

    expect(await screen.findByText('API key revoked')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST' && c.url === `/api/intake/api-keys/${ACTIVE.id}/revoke`)).toBe(true);
  });

  it('says when there are no keys yet', async () => {
    adminApi({}, []);
    renderApp('/settings/channels');

    expect(await screen.findByText('No API keys yet')).toBeTruthy();
  });

  it('is not shown to members, and asks the API for no keys', async () => {
    const calls = mockFetch({ 'GET /api/auth/me': { status: 200, body: sessionUser('member') } });
    renderApp('/settings/channels');

    expect(await screen.findByText('You are not allowed to see this page')).toBeTruthy();
    expect(calls.some((c) => c.url.startsWith('/api/intake'))).toBe(false);
  });
});
