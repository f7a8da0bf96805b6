import type { CustomerPage } from '@fullcircle/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { customerSummary, sessionUser } from '../../test/fixtures';
import { mockFetch, type MockRoutes } from '../../test/mock-fetch';
import { renderApp } from '../../test/render-app';

const JANE = customerSummary();
const UNNAMED = customerSummary({
  id: 'c0570e2a-0000-4c1b-9d55-8c4a8f0c0002',
  name: null,
  primaryEmail: null,
  primaryPhone: '+447700900123',
  feedbackCount: 0,
  lastFeedbackAt: null,
});

const page = (items = [JANE, UNNAMED], nextCursor: string | null = null): { status: number; body: CustomerPage } => ({
  status: 200,
  body: { items, nextCursor },
});

function api(customers: MockRoutes[string], role: 'admin' | 'member' = 'member') {
  return mockFetch({ 'GET /api/auth/me': { status: 200, body: sessionUser(role) }, 'GET /api/customers': customers });
}

const customerCalls = (calls: { url: string }[]) => calls.filter((c) => c.url.startsWith('/api/customers')).map((c) => c.url);

describe('CustomersPage', () => {
  it('lists customers with their contact, feedback count and last feedback, each linking to their page', async () => {
    const calls = api(page());
    renderApp('/customers');

    const row = (await screen.findByRole('link', { name: 'Jane Doe' })).closest('tr')!;
    expect(within(row).getByText('jane@example.test')).toBeTruthy();
    expect(within(row).getByText('3')).toBeTruthy();
    expect(within(row).getByText('2 hours ago').getAttribute('datetime')).toBe(JANE.lastFeedbackAt);
    expect(within(row).getByRole('link', { name: 'Jane Doe' }).getAttribute('href')).toBe(`/customers/${JANE.id}`);

    const unnamed = screen.getByRole('link', { name: 'Unnamed customer' }).closest('tr')!;
    expect(within(unnamed).getByText('+447700900123')).toBeTruthy();
    expect(within(unnamed).getByText('No feedback yet')).toBeTruthy();

    expect(customerCalls(calls)).toEqual(['/api/customers?limit=25']);
    await waitFor(() => expect(document.title).toBe('Customers · Fullcircle'));
  });

  it('searches once the typing stops, and says when nobody matches', async () => {
    const calls = api((_init, url) => (url.includes('search=') ? page([]) : page()));
    renderApp('/customers');
    const search = await screen.findByRole('searchbox', { name: 'Search customers' });
    await screen.findByRole('link', { name: 'Jane Doe' });

    for (const value of ['j', 'ja', 'jane@EXAMPLE']) fireEvent.change(search, { target: { value } });

    expect(await screen.findByText('No customers match “jane@EXAMPLE”')).toBeTruthy();
    expect(customerCalls(calls)).toEqual(['/api/customers?limit=25', '/api/customers?search=jane%40EXAMPLE&limit=25']);
  });

  it('loads the next page from the cursor the API gave', async () => {
    const more = customerSummary({ id: 'c0570e2a-0000-4c1b-9d55-8c4a8f0c0003', name: 'Omar Haddad', primaryEmail: 'omar@example.test' });
    const calls = api((_init, url) => (url.includes('cursor=') ? page([more]) : page([JANE], 'next-1')));
    renderApp('/customers');
    await screen.findByRole('link', { name: 'Jane Doe' });

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'Omar Haddad' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Jane Doe' })).toBeTruthy();
    expect(customerCalls(calls).at(-1)).toBe('/api/customers?limit=25&cursor=next-1');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(screen.getByText('2 customers')).toBeTruthy();
  });

  it('shows a load failure with a way to try again', async () => {
    let fail = true;
    api(() => (fail ? { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'Database unavailable' } } : page()));
    renderApp('/customers');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load customers');
    expect(alert.textContent).toContain('Database unavailable');

    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Jane Doe' })).toBeTruthy();
  });

  it('explains the empty list, and points admins to the channels', async () => {
    api(page([]), 'admin');
    renderApp('/customers');

    expect(await screen.findByText('No customers yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Set up channels' }).getAttribute('href')).toBe('/settings/channels');
  });

  it('offers members no settings link in the empty list', async () => {
    api(page([]), 'member');
    renderApp('/customers');

    expect(await screen.findByText('No customers yet')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Set up channels' })).toBeNull();
  });
});
