import { screen, within } from '@testing-library/react';
import { caseDetail, hoursAgo, outboundMessage } from '../../test/fixtures';
import { mockCaseApi } from '../../test/case-routes';
import { renderApp } from '../../test/render-app';

const CASE = caseDetail();

describe('CaseConversation', () => {
  it('threads what the customer said, what we sent (with delivery) and internal notes, in time order', async () => {
    const c = caseDetail({
      items: [{ ...CASE.items[0], text: 'Where is my bag?', receivedAt: hoursAgo(5) }],
      messages: [
        outboundMessage({ id: '0e0e0e0e-0000-4c1b-9d55-8c4a8f0d0001', body: 'We are looking.', status: 'delivered', createdAt: hoursAgo(4) }),
        outboundMessage({ id: '0e0e0e0e-0000-4c1b-9d55-8c4a8f0d0002', channel: 'sms', to: '+15550100', subject: null, body: 'Found it!', status: 'failed', statusReason: 'The provider refused the number (21211)', createdAt: hoursAgo(2) }),
        outboundMessage({ id: '0e0e0e0e-0000-4c1b-9d55-8c4a8f0d0003', body: 'Courier booked.', status: 'suppressed', statusReason: 'Jane withdrew consent to be contacted about her feedback', createdAt: hoursAgo(1) }),
        outboundMessage({ id: '0e0e0e0e-0000-4c1b-9d55-8c4a8f0d0004', body: 'Bounced one.', status: 'bounced', statusReason: 'Mailbox does not exist', createdAt: hoursAgo(0.5) }),
      ],
      notes: [{ id: '40000000-0000-4c1b-9d55-8c4a8f0d0001', body: 'Checked with JFK ground staff.', author: { id: 'u1', name: 'Sam Rivera' }, mentions: [], createdAt: hoursAgo(3) }],
    });
    mockCaseApi(c);
    renderApp(`/cases/${CASE.id}`);

    const entries = within(await screen.findByRole('list', { name: 'Conversation' })).getAllByRole('listitem');
    expect(entries.map((e) => [e.getAttribute('data-kind'), e.getAttribute('data-status')])).toEqual([
      ['inbound', null],
      ['outbound', 'delivered'],
      ['note', null],
      ['outbound', 'failed'],
      ['outbound', 'suppressed'],
      ['outbound', 'bounced'],
    ]);
    expect(entries[1].textContent).toContain('Delivered');
    expect(entries[2].textContent).toContain('Internal');
    expect(entries[2].textContent).toContain('Checked with JFK ground staff.');
    expect(entries[3].textContent).toContain('SMS · +15550100');
    expect(within(entries[3]).getByText('Failed')).toBeTruthy();
    expect(within(entries[3]).getByText('The provider refused the number (21211)')).toBeTruthy();
    expect(within(entries[4]).getByText('Not sent')).toBeTruthy();
    expect(within(entries[4]).getByText('Jane withdrew consent to be contacted about her feedback')).toBeTruthy();
    expect(within(entries[5]).getByText('Bounced')).toBeTruthy();
    expect(within(entries[5]).getByText('Mailbox does not exist')).toBeTruthy();
  });

  it('says a queued message that failed once is being retried', async () => {
    mockCaseApi(caseDetail({ messages: [outboundMessage({ status: 'queued', attempts: 2, sentAt: null })] }));
    renderApp(`/cases/${CASE.id}`);

    const entry = within(await screen.findByRole('list', { name: 'Conversation' }))
      .getAllByRole('listitem')
      .find((e) => e.getAttribute('data-kind') === 'outbound');
    expect(entry?.textContent).toContain('Retrying (attempt 3)');
  });
});
