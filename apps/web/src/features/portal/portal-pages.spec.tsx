import type { PortalMe } from '@fullcircle/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch } from '../../test/mock-fetch';
import { renderApp } from '../../test/render-app';

const ME: PortalMe = {
  profile: { id: 'c0000000-0000-4000-8000-000000000001', name: 'Ana López', preferredChannel: null, language: 'es', createdAt: '2026-01-01T10:00:00.000Z' },
  identities: [{ id: 'i0000000-0000-4000-8000-000000000001', kind: 'email', value: 'ana@customer.test', verified: true, createdAt: '2026-01-01T10:00:00.000Z' }],
  consents: [
    { purpose: 'contact_about_feedback', granted: true, wording: 'You may contact me about my feedback.', recordedAt: '2026-01-02T10:00:00.000Z' },
    { purpose: 'product_updates', granted: null, wording: 'Send me updates.', recordedAt: null },
    { purpose: 'research', granted: false, wording: 'Invite me to surveys.', recordedAt: '2026-01-03T10:00:00.000Z' },
  ],
  consentHistory: [],
  feedback: [
    { id: 'f0000000-0000-4000-8000-000000000001', channel: 'email', subject: null, text: 'My bag is lost', score: null, receivedAt: '2026-01-01T10:00:00.000Z', caseId: 'ca000000-0000-4000-8000-000000000001' },
    { id: 'f0000000-0000-4000-8000-000000000002', channel: 'sms', subject: null, text: 'Still no bag', score: { scale: 'nps', value: 2 }, receivedAt: '2026-01-02T10:00:00.000Z', caseId: null },
  ],
  cases: [
    {
      id: 'ca000000-0000-4000-8000-000000000001',
      reference: 'FC-ANA00001',
      status: 'in_progress',
      open: true,
      openedAt: '2026-01-01T10:05:00.000Z',
      resolvedAt: null,
      feedbackIds: ['f0000000-0000-4000-8000-000000000001'],
      timeline: [{ id: 'e1', type: 'opened', summary: 'We received your feedback and opened a case', at: '2026-01-01T10:05:00.000Z' }],
      actions: [],
    },
  ],
  messages: [{ id: 'm1', channel: 'sms', subject: null, body: 'We are on it', status: 'sent', to: '+447700900123', caseId: null, createdAt: '2026-01-02T11:00:00.000Z', sentAt: '2026-01-02T11:00:01.000Z' }],
  scores: [{ feedbackId: 'f0000000-0000-4000-8000-000000000002', channel: 'sms', scale: 'nps', value: 2, at: '2026-01-02T10:00:00.000Z' }],
};

describe('customer portal pages', () => {
  it('sends a customer who is not signed in to the sign-in page, without asking for a staff login', async () => {
    mockFetch({ 'GET /api/portal/me': { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Sign in to your portal to continue' } } });
    const { router } = renderApp('/portal');
    expect(await screen.findByRole('heading', { name: 'Sign in to your portal' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/portal/sign-in');
  });

  it('asks for an email link and says to check the email, whatever the address', async () => {
    const calls = mockFetch({ 'POST /api/portal/sign-in': { status: 202, body: { message: 'If we know this address, a sign-in link is on its way.' } } });
    renderApp('/portal/sign-in?redirect=%2Fboard%2Fx');
    fireEvent.change(await screen.findByLabelText('Email address'), { target: { value: 'ana@customer.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Email me a sign-in link' }));
    expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeTruthy();
    expect(JSON.parse(String(calls[0].init?.body))).toEqual({ channel: 'email', email: 'ana@customer.test', redirect: '/board/x' });
  });

  it('shows the field the API named when the address is not one', async () => {
    mockFetch({
      'POST /api/portal/sign-in': { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Invalid request: email', issues: [{ field: 'email', message: 'is not an email address' }] } },
    });
    renderApp('/portal/sign-in');
    fireEvent.change(await screen.findByLabelText('Email address'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Email me a sign-in link' }));
    expect(await screen.findByText('is not an email address')).toBeTruthy();
  });

  it('shows everything held about the customer, and a consent switch records the change', async () => {
    const calls = mockFetch({ 'GET /api/portal/me': { status: 200, body: ME }, 'PUT /api/portal/consents/product_updates': { status: 204 } });
    renderApp('/portal');
    expect(await screen.findByRole('heading', { name: 'Hello, Ana López' })).toBeTruthy();
    expect(screen.getByText('ana@customer.test')).toBeTruthy();
    const theCase = within(screen.getByRole('region', { name: 'Case FC-ANA00001' }));
    expect(theCase.getByText('My bag is lost')).toBeTruthy();
    expect(theCase.getByText('We received your feedback and opened a case')).toBeTruthy();
    expect(theCase.getByLabelText('Add a comment to case FC-ANA00001')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Other feedback' })).getByText('Still no bag')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Text message messages' })).getByText('We are on it')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Contact me about my feedback' })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: 'Surveys and research' })).toHaveProperty('checked', false);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Updates about improvements' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(JSON.parse(String(put.init?.body))).toEqual({ granted: true });
  });
});
