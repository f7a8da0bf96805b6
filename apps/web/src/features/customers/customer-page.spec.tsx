import type { ConsentRecord, CustomerDetail } from '@fullcircle/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { caseSummary, casePage, customerDetail, customerSummary, feedbackEntry, hoursAgo, sessionUser } from '../../test/fixtures';
import { mockFetch, type MockRoutes } from '../../test/mock-fetch';
import { renderApp } from '../../test/render-app';

function consent(overrides: Partial<ConsentRecord>): ConsentRecord {
  return {
    id: 'e0000000-0000-4c1b-9d55-8c4a8f0c0001',
    purpose: 'contact_about_feedback',
    granted: true,
    source: 'web form',
    wording: 'May we contact you about the feedback you gave?',
    recordedAt: hoursAgo(30),
    ...overrides,
  };
}

const CONTACT = consent({});
const UPDATES_GRANTED = consent({ id: 'e0000000-0000-4c1b-9d55-8c4a8f0c0002', purpose: 'product_updates', granted: true, source: 'signup', wording: 'Send me product news', recordedAt: hoursAgo(72) });
const UPDATES_WITHDRAWN = consent({ id: 'e0000000-0000-4c1b-9d55-8c4a8f0c0003', purpose: 'product_updates', granted: false, source: 'phone call', wording: 'Stop sending me product news', recordedAt: hoursAgo(3) });

const JANE: CustomerDetail = customerDetail({
  identities: [
    ...customerDetail().identities,
    { id: 'd1d1d1d1-0000-4c1b-9d55-8c4a8f0c0003', kind: 'handle', value: 'twitter:janedoe', verified: false, createdAt: '2026-10-03T09:00:00.000Z' },
    { id: 'd1d1d1d1-0000-4c1b-9d55-8c4a8f0c0004', kind: 'external', value: 'shopify:88123', verified: false, createdAt: '2026-10-04T09:00:00.000Z' },
  ],
  consents: [UPDATES_WITHDRAWN, CONTACT],
  consentHistory: [UPDATES_WITHDRAWN, CONTACT, UPDATES_GRANTED],
});

const HOSTILE = feedbackEntry({
  id: 'fb000000-0000-4c1b-9d55-8c4a8f0c0001',
  channel: 'email',
  subject: 'Checkout <b>broken</b>',
  text: '<script>window.__pwned = true</script>\nSecond line\n\n  indented',
  score: { scale: 'nps', value: 9 },
  language: 'en',
  at: hoursAgo(1),
});
const CSAT = feedbackEntry({
  id: 'fb000000-0000-4c1b-9d55-8c4a8f0c0002',
  channel: 'sms',
  text: 'Still waiting',
  score: { scale: 'csat', value: 2 },
  language: 'de',
  sentiment: 'negative',
  topics: ['delay', 'customer_service'],
  conversationReference: 'FC-SMS00001',
  at: hoursAgo(5),
});
const OLDEST = feedbackEntry({ id: 'fb000000-0000-4c1b-9d55-8c4a8f0c0003', channel: 'api', text: 'First contact', at: hoursAgo(50) });

const customerUrl = `/api/customers/${JANE.id}`;

function api(role: 'admin' | 'owner' | 'member', extra: MockRoutes = {}, customer: CustomerDetail = JANE) {
  return mockFetch({
    'GET /api/auth/me': { status: 200, body: sessionUser(role) },
    [`GET ${customerUrl}`]: { status: 200, body: customer },
    [`GET ${customerUrl}/timeline`]: (_init, url) => ({ status: 200, body: url.includes('before=') ? [OLDEST] : [HOSTILE, CSAT] }),
    ...extra,
  });
}

const timelineItems = async () => within(await screen.findByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
const jsonBody = (call: { init?: RequestInit } | undefined) => JSON.parse(String(call?.init?.body));

describe('CustomerPage', () => {
  it('shows who the customer is: name, facts and every identity with its kind', async () => {
    api('member');
    renderApp(`/customers/${JANE.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Jane Doe' })).toBeTruthy();
    expect(screen.getByText('Customer since 1 Oct 2026 · 3 feedback items · Locale en-GB')).toBeTruthy();
    const identities = within(screen.getByRole('list', { name: 'Identities' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(identities).toEqual(['Email:jane@example.test', 'Phone:+447700900123', 'Handle:@janedoetwitter', 'External id:88123shopify']);
    expect(screen.getByRole('img', { name: 'Verified' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Jane Doe · Customers · Fullcircle'));
  });

  it('shows the latest consent per purpose, its wording on hover, and the history on demand', async () => {
    api('member');
    renderApp(`/customers/${JANE.id}`);

    const purposes = within(await screen.findByRole('list', { name: 'Consent by purpose' }));
    const [contact, updates, research] = purposes.getAllByRole('listitem').filter((li) => li.parentElement?.getAttribute('aria-label') === 'Consent by purpose');
    expect(within(contact).getByText('Granted')).toBeTruthy();
    expect(within(contact).getByText(`“${CONTACT.wording}”`).getAttribute('title')).toBe(CONTACT.wording);
    expect(within(updates).getByText('Withdrawn')).toBeTruthy();
    expect(within(updates).getByText(/phone call/)).toBeTruthy();
    expect(within(research).getByText('No record')).toBeTruthy();
    expect(within(research).queryByRole('button', { name: /History/ })).toBeNull();

    const toggle = within(updates).getByRole('button', { name: 'History (2)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const history = within(screen.getByRole('list', { name: 'Product updates history' })).getAllByRole('listitem');
    expect(history.map((li) => within(li).getByText(/^“/).textContent)).toEqual(['“Stop sending me product news”', '“Send me product news”']);
  });

  it('renders the timeline newest first, with markup in the text shown as text and line breaks kept', async () => {
    api('member');
    const { container } = renderApp(`/customers/${JANE.id}`);

    const [first, second] = await timelineItems();
    expect(within(first).getByText('Email')).toBeTruthy();
    expect(within(first).getByRole('heading', { name: 'Checkout <b>broken</b>' })).toBeTruthy();
    const text = within(first).getByText(/window.__pwned/);
    expect(text.textContent).toBe(HOSTILE.text);
    expect(text.className).toContain('whitespace-pre-wrap');
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();

    const nps = within(first).getByText('NPS 9');
    expect(nps.getAttribute('title')).toMatch(/^Promoter/);
    expect(nps.className).toContain('emerald');
    expect(within(first).getByText('en')).toBeTruthy();
    expect(within(first).getByText('1 hour ago')).toBeTruthy();

    expect(within(second).getByText('SMS')).toBeTruthy();
    const csat = within(second).getByText('CSAT 2');
    expect(csat.getAttribute('title')).toMatch(/^Dissatisfied/);
    expect(csat.className).toContain('red');
    // enrichment's reading and the conversation it belongs to
    expect(within(second).getByText('negative').className).toContain('red');
    expect(within(second).getByText('delay')).toBeTruthy();
    expect(within(second).getByText('customer service')).toBeTruthy();
    expect(within(second).getByText('FC-SMS00001')).toBeTruthy();
    expect(within(first).queryByText('negative')).toBeNull();
  });

  it('loads older entries from before the oldest one shown, until a short page', async () => {
    const fullPage = Array.from({ length: 25 }, (_, i) =>
      feedbackEntry({ id: `fb000000-0000-4c1b-9d55-8c4a8f0c1${String(i).padStart(3, '0')}`, text: `Entry ${i}`, at: hoursAgo(i + 1) }),
    );
    const calls = api('member', {
      [`GET ${customerUrl}/timeline`]: (_init, url) => ({ status: 200, body: url.includes('before=') ? [OLDEST] : fullPage }),
    });
    renderApp(`/customers/${JANE.id}`);
    expect(await timelineItems()).toHaveLength(25);

    fireEvent.click(screen.getByRole('button', { name: 'Load older' }));

    await screen.findByText('First contact');
    expect(calls.filter((c) => c.url.includes('/timeline')).map((c) => c.url)).toEqual([
      `${customerUrl}/timeline?limit=25`,
      `${customerUrl}/timeline?before=${fullPage[24].id}&limit=25`,
    ]);
    expect(await timelineItems()).toHaveLength(26);
    expect(screen.queryByRole('button', { name: 'Load older' })).toBeNull();
    expect(screen.getByText('That is the oldest entry.')).toBeTruthy();
  });

  it('moves the address of a merged-away customer to the customer it went into', async () => {
    const mergedAway = 'c0570e2a-0000-4c1b-9d55-8c4a8f0c0099';
    api('member', { [`GET /api/customers/${mergedAway}`]: { status: 200, body: JANE } });
    const { router } = renderApp(`/customers/${mergedAway}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Jane Doe' })).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe(`/customers/${JANE.id}`));
  });

  it('says so when the customer has not given feedback yet', async () => {
    api('member', { [`GET ${customerUrl}/timeline`]: { status: 200, body: [] } }, { ...JANE, feedbackCount: 0 });
    renderApp(`/customers/${JANE.id}`);

    expect(await screen.findByText('No feedback from this customer yet')).toBeTruthy();
  });

  it('shows a timeline failure with a way to try again', async () => {
    let fail = true;
    api('member', {
      [`GET ${customerUrl}/timeline`]: () =>
        fail ? { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'Database unavailable' } } : { status: 200, body: [CSAT] },
    });
    renderApp(`/customers/${JANE.id}`);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the timeline');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Still waiting')).toBeTruthy();
  });

  it('says a customer that is gone was not found, perhaps merged', async () => {
    api('member', { [`GET ${customerUrl}`]: { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Customer not found' } } });
    renderApp(`/customers/${JANE.id}`);

    expect(await screen.findByText('Customer not found')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to customers' }).getAttribute('href')).toBe('/customers');
  });

  it('gives members no merge, split or consent actions', async () => {
    api('member');
    renderApp(`/customers/${JANE.id}`);
    await timelineItems();

    expect(screen.queryByRole('button', { name: 'Merge a duplicate' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Split off/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Record consent' })).toBeNull();
  });

  describe('as an admin', () => {
    it('merges a duplicate found by search into this customer, after confirming', async () => {
      const duplicate = customerSummary({ id: 'c0570e2a-0000-4c1b-9d55-8c4a8f0c0009', name: 'J. Doe', primaryEmail: 'JANE.DOE@work.test', feedbackCount: 1 });
      const merged = { ...JANE, feedbackCount: 4 };
      const calls = api('admin', {
        'GET /api/customers': (_init, url) => ({
          status: 200,
          body: { items: url.includes('search=doe') ? [customerSummary(), duplicate] : [customerSummary()], nextCursor: null },
        }),
        [`POST ${customerUrl}/merge`]: { status: 200, body: merged },
      });
      renderApp(`/customers/${JANE.id}`);

      fireEvent.click(await screen.findByRole('button', { name: 'Merge a duplicate' }));
      const dialog = await screen.findByRole('dialog', { name: 'Merge a duplicate into Jane Doe' });
      expect(await within(dialog).findByText('No other customers yet.')).toBeTruthy();
      fireEvent.change(within(dialog).getByRole('searchbox'), { target: { value: 'doe' } });
      fireEvent.click(await within(dialog).findByRole('radio', { name: 'J. Doe (JANE.DOE@work.test)' }));
      // The customer being merged into is never offered.
      expect(within(dialog).queryByRole('radio', { name: /Jane Doe/ })).toBeNull();
      fireEvent.click(within(dialog).getByRole('button', { name: 'Continue' }));

      const confirm = await screen.findByRole('dialog', { name: 'Merge these customers?' });
      expect(confirm.textContent).toContain('cannot be undone');
      fireEvent.click(within(confirm).getByRole('button', { name: 'Merge customers' }));

      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(jsonBody(calls.find((c) => c.method === 'POST'))).toEqual({ sourceCustomerId: duplicate.id });
      expect(await screen.findByText('Customers merged')).toBeTruthy();
      expect(screen.getByText(/4 feedback items/)).toBeTruthy();
    });

    it('splits an identity off after confirming, and links to the new customer', async () => {
      const phone = JANE.identities[1];
      const created = customerDetail({ id: 'c0570e2a-0000-4c1b-9d55-8c4a8f0c0010', name: null, identities: [phone] });
      const calls = api('admin', { [`POST ${customerUrl}/identities/${phone.id}/split`]: { status: 200, body: created } });
      renderApp(`/customers/${JANE.id}`);

      fireEvent.click(await screen.findByRole('button', { name: 'Split off +447700900123' }));
      const confirm = await screen.findByRole('alertdialog', { name: 'Split off +447700900123?' });
      fireEvent.click(within(confirm).getByRole('button', { name: 'Split off' }));

      const link = await screen.findByRole('link', { name: 'Open the new customer' });
      expect(link.getAttribute('href')).toBe(`/customers/${created.id}`);
      expect(calls.some((c) => c.method === 'POST' && c.url === `${customerUrl}/identities/${phone.id}/split`)).toBe(true);
    });

    it('records a consent decision with its source and wording', async () => {
      const updated = { ...JANE, consents: [...JANE.consents, consent({ id: 'e0000000-0000-4c1b-9d55-8c4a8f0c0004', purpose: 'research', granted: false, source: 'email', wording: 'No surveys please' })] };
      const calls = api('admin', { [`POST ${customerUrl}/consents`]: { status: 200, body: updated } });
      renderApp(`/customers/${JANE.id}`);

      fireEvent.click(await screen.findByRole('button', { name: 'Record consent' }));
      const dialog = within(await screen.findByRole('dialog', { name: 'Record consent' }));
      fireEvent.change(dialog.getByLabelText('Purpose'), { target: { value: 'research' } });
      fireEvent.click(dialog.getByLabelText('Withdrawn'));
      fireEvent.change(dialog.getByLabelText('Source'), { target: { value: 'email' } });
      fireEvent.change(dialog.getByLabelText('Wording'), { target: { value: 'No surveys please' } });
      fireEvent.click(dialog.getByRole('button', { name: 'Record consent' }));

      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(jsonBody(calls.find((c) => c.method === 'POST'))).toEqual({ purpose: 'research', granted: false, source: 'email', wording: 'No surveys please' });
      const research = screen.getByText('Research').closest('li')!;
      expect(within(research).getByText('Withdrawn')).toBeTruthy();
    });

    it('asks for a source and wording before recording consent', async () => {
      const calls = api('admin');
      renderApp(`/customers/${JANE.id}`);

      fireEvent.click(await screen.findByRole('button', { name: 'Record consent' }));
      const dialog = within(await screen.findByRole('dialog', { name: 'Record consent' }));
      fireEvent.click(dialog.getByRole('button', { name: 'Record consent' }));

      expect(await dialog.findAllByText('is required')).toHaveLength(2);
      expect(calls.some((c) => c.method === 'POST')).toBe(false);
    });
  });

  describe('segment and VIP', () => {
    it('lets an owner mark a customer VIP with a segment, and shows both on the header', async () => {
      const calls = api('owner', { [`PATCH ${customerUrl}`]: { status: 200, body: { ...JANE, vip: true, segment: 'Business' } } });
      renderApp(`/customers/${JANE.id}`);

      fireEvent.click(await screen.findByRole('button', { name: 'Segment and VIP' }));
      const dialog = await screen.findByRole('dialog', { name: 'Segment and VIP' });
      fireEvent.change(within(dialog).getByLabelText('Segment'), { target: { value: '  Business ' } });
      fireEvent.click(within(dialog).getByRole('checkbox'));
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(jsonBody(calls.find((c) => c.method === 'PATCH'))).toEqual({ segment: 'Business', vip: true });
      const badges = screen.getByLabelText('Segment');
      expect(within(badges).getByText('VIP')).toBeTruthy();
      expect(within(badges).getByText('Business')).toBeTruthy();
    });

    it('clears the segment with an empty field, and gives members no such action', async () => {
      const calls = api('admin', { [`PATCH ${customerUrl}`]: { status: 200, body: { ...JANE, segment: null } } }, { ...JANE, segment: 'Leisure' });
      renderApp(`/customers/${JANE.id}`);
      fireEvent.click(await screen.findByRole('button', { name: 'Segment and VIP' }));
      const dialog = await screen.findByRole('dialog', { name: 'Segment and VIP' });
      fireEvent.change(within(dialog).getByLabelText('Segment'), { target: { value: '' } });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(jsonBody(calls.find((c) => c.method === 'PATCH'))).toEqual({ segment: null, vip: false });
    });

    it('is not offered to members', async () => {
      api('member');
      renderApp(`/customers/${JANE.id}`);
      await timelineItems();
      expect(screen.queryByRole('button', { name: 'Segment and VIP' })).toBeNull();
    });
  });

  it('lists the customer’s cases in every department the user may see, linking to each', async () => {
    const open = caseSummary({ reference: 'FC-OPEN0001', subject: 'Lost bag' });
    const closed = caseSummary({ id: 'ca5e0000-0000-4c1b-9d55-8c4a8f0d0002', reference: 'FC-DONE0001', status: 'closed', department: null, subject: null, excerpt: 'Seat was broken' });
    const calls = api('member', { 'GET /api/cases': { status: 200, body: casePage([open, closed]) } });
    renderApp(`/customers/${JANE.id}`);

    const list = await screen.findByRole('list', { name: 'Cases' });
    expect(within(list).getByRole('link', { name: 'FC-OPEN0001' }).getAttribute('href')).toBe(`/cases/${open.id}`);
    expect(within(list).getByText('Seat was broken')).toBeTruthy();
    expect(screen.getByText('1 open')).toBeTruthy();
    expect(calls.find((c) => c.url.startsWith('/api/cases'))?.url).toBe(`/api/cases?view=all&customerId=${JANE.id}&sort=newest&limit=10`);
  });
});
