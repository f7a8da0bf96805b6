import type { ChannelStatus } from '@fullcircle/shared';
import { getDefaultNormalizer, screen, waitFor, within } from '@testing-library/react';
import { sessionUser } from '../../../test/fixtures';
import { mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();
const delivery = (outcome: 'accepted' | 'rejected', status: number, detail: string, minutes: number) => ({
  at: minutesAgo(minutes),
  channel: 'email' as const,
  outcome,
  status,
  detail,
  source: 'smtp',
  feedbackId: null,
});

const EMAIL: ChannelStatus = {
  channel: 'email',
  state: 'live',
  summary: 'Mail to these 2 addresses (and their +tag variants) becomes feedback; messages up to 10 MB.',
  endpoints: [
    { label: 'Feedback address', value: 'feedback@acme.test' },
    { label: 'Feedback address', value: 'support@acme.test' },
    { label: 'SMTP server', value: 'mx.acme.test:2525' },
  ],
  accepted24h: 4,
  rejected24h: 3,
  recent: [
    delivery('rejected', 550, 'unknown recipient sales@acme.test', 1),
    delivery('rejected', 451, 'temporary failure, sender will retry: connection refused', 2),
    delivery('rejected', 250, 'auto-reply dropped (Auto-Submitted: auto-replied): <a@b>', 3),
    delivery('accepted', 250, 'dana@example.test: Lost bag → FC-7K2M9QXD', 4),
  ],
};

function api(email: ChannelStatus = EMAIL) {
  return mockFetch({
    'GET /api/auth/me': { status: 200, body: sessionUser('admin') },
    'GET /api/intake/channels': { status: 200, body: { channels: [email] } },
  });
}

describe('EmailChannelPage', () => {
  it('shows the addresses to send to, the SMTP server and how to point mail at it', async () => {
    api();
    renderApp('/settings/channels/email');

    expect(await screen.findByRole('heading', { level: 1, name: 'Email' })).toBeTruthy();
    expect(((await screen.findByLabelText('Feedback address 1')) as HTMLInputElement).value).toBe('feedback@acme.test');
    expect((screen.getByLabelText('Feedback address 2') as HTMLInputElement).value).toBe('support@acme.test');
    expect((screen.getByLabelText('SMTP server') as HTMLInputElement).value).toBe('mx.acme.test:2525');
    expect(screen.getByText('Live')).toBeTruthy();
    expect(screen.getByText('acme.test.  IN  MX  10  mx.acme.test.', { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) })).toBeTruthy();
    expect(screen.getByText(/^swaks --server mx\.acme\.test --port 2525/).textContent).toContain('--to feedback@acme.test \\');
    expect(screen.getByText('feedback+FC-7K2M9QXD@acme.test')).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Email · Channels · Settings · Fullcircle'));
  });

  it('lists recent deliveries with what each answer meant and why', async () => {
    api();
    renderApp('/settings/channels/email');

    const rows = within(await screen.findByRole('table', { name: 'Recent email deliveries' })).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').slice(1).map((c) => c.textContent))).toEqual([
      ['Refused', '550', 'unknown recipient sales@acme.test'],
      ['Deferred', '451', 'temporary failure, sender will retry: connection refused'],
      ['Dropped', '250', 'auto-reply dropped (Auto-Submitted: auto-replied): <a@b>'],
      ['Stored', '250', 'dana@example.test: Lost bag → FC-7K2M9QXD'],
    ]);
    expect(screen.getByText(/not stored in the last 24 hours/).textContent).toBe('4 stored · 3 not stored in the last 24 hours');
  });

  it('says when no mail has arrived yet, with one address labelled plainly', async () => {
    api({ ...EMAIL, endpoints: [EMAIL.endpoints[0], EMAIL.endpoints[2]], recent: [], accepted24h: 0, rejected24h: 0 });
    renderApp('/settings/channels/email');

    expect(((await screen.findByLabelText('Feedback address')) as HTMLInputElement).value).toBe('feedback@acme.test');
    expect(screen.getByText('No mail yet')).toBeTruthy();
  });

  it('is not shown to members', async () => {
    const calls = mockFetch({ 'GET /api/auth/me': { status: 200, body: sessionUser('member') } });
    renderApp('/settings/channels/email');

    expect(await screen.findByText('You are not allowed to see this page')).toBeTruthy();
    expect(calls.some((c) => c.url.startsWith('/api/intake'))).toBe(false);
  });
});
