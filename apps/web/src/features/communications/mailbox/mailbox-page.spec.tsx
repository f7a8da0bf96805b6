import type { MailboxMessageDto, Role } from '@fullcircle/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { sessionUser } from '../../../test/fixtures';
import { mockFetch, type MockRoutes } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

const MESSAGE: MailboxMessageDto = {
  id: 'a1a1a1a1-0000-4c1b-9d55-8c4a8f0d0001',
  channel: 'email',
  from: 'support@fullcircle.test',
  to: 'jane@example.test',
  subject: 'Re: Lost bag [FC-7K3M9QX2]',
  text: 'Hello Jane, we found your bag.',
  headers: { 'message-id': '<out-1@fullcircle.test>', 'In-Reply-To': '<in-1@example.test>', 'Reply-To': 'reply+FC-7K3M9QX2@fullcircle.test' },
  outboundMessageId: null,
  receivedAt: '2026-12-01T10:00:00.000Z',
};
const SMS: MailboxMessageDto = { ...MESSAGE, id: 'a1a1a1a1-0000-4c1b-9d55-8c4a8f0d0002', channel: 'sms', to: '+447700900123', subject: null, text: 'Your survey: https://x.test/s/abc', headers: {} };

// The page is code-split: the first test pays for compiling it on a busy machine.
jest.setTimeout(20_000);

function api(role: Role, extra: MockRoutes = {}) {
  return mockFetch({
    'GET /api/auth/me': { status: 200, body: sessionUser(role) },
    'GET /api/communications/mailbox': { status: 200, body: { messages: [MESSAGE, SMS], nextCursor: null } },
    [`GET /api/communications/mailbox/${MESSAGE.id}`]: { status: 200, body: MESSAGE },
    [`GET /api/communications/mailbox/${SMS.id}`]: { status: 200, body: SMS },
    ...extra,
  });
}

describe('MailboxPage', () => {
  it('says why messages land here, lists them and shows the threading headers', async () => {
    api('member');
    renderApp('/mailbox');

    expect(await screen.findByText('Outbound email and SMS land here because no SMTP relay/SMS provider is configured.')).toBeTruthy();
    const list = within(await screen.findByRole('list', { name: 'Messages' }));
    expect(list.getAllByRole('button').map((b) => b.textContent)).toEqual([expect.stringContaining('jane@example.test'), expect.stringContaining('+447700900123')]);

    const view = within(await screen.findByRole('region', { name: 'Message' }));
    expect(view.getByRole('heading', { name: 'Re: Lost bag [FC-7K3M9QX2]' })).toBeTruthy();
    expect(view.getByText('<out-1@fullcircle.test>')).toBeTruthy();
    expect(view.getByText('<in-1@example.test>')).toBeTruthy();
    expect(view.getByText('reply+FC-7K3M9QX2@fullcircle.test')).toBeTruthy();
    expect(view.getByText('Hello Jane, we found your bag.')).toBeTruthy();
    // only admins answer as the customer
    expect(screen.queryByRole('form', { name: 'Reply as the customer' })).toBeNull();
  });

  it('lets an admin reply as the customer, which posts the text to the reply endpoint', async () => {
    const calls = api('admin', { [`POST /api/communications/mailbox/${MESSAGE.id}/reply`]: { status: 204 } });
    renderApp('/mailbox');

    const form = within(await screen.findByRole('form', { name: 'Reply as the customer' }));
    expect(form.getByText(/Sends a real email from jane@example.test to the product’s inbound SMTP channel/)).toBeTruthy();
    fireEvent.click(form.getByRole('button', { name: 'Send as the customer' }));
    expect(await form.findByText('write something')).toBeTruthy();

    fireEvent.change(form.getByRole('textbox', { name: 'Customer’s answer' }), { target: { value: 'It is still missing!' } });
    fireEvent.click(form.getByRole('button', { name: 'Send as the customer' }));

    expect(await screen.findByText('Reply sent as the customer')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe(`/api/communications/mailbox/${MESSAGE.id}/reply`);
    expect(JSON.parse(String(post?.init?.body))).toEqual({ text: 'It is still missing!' });
  });

  it('opens another message from the list and offers no reply to an SMS', async () => {
    api('admin');
    const { router } = renderApp('/mailbox');

    fireEvent.click(await screen.findByRole('button', { name: /\+447700900123/ }));
    await waitFor(() => expect(router.state.location.search).toEqual({ message: SMS.id }));
    expect(await within(await screen.findByRole('region', { name: 'Message' })).findByText('Your survey: https://x.test/s/abc')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Reply as the customer' })).toBeNull();
  });
});
