import type { CasePage, Role } from '@fullcircle/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { caseDetail, caseSummary, casePage, DEPARTMENTS, hoursAgo, hoursFromNow, sessionUser } from '../../test/fixtures';
import { mockFetch, type MockRoutes } from '../../test/mock-fetch';
import { renderApp } from '../../test/render-app';

const OVERDUE = caseSummary();
const SOON = caseSummary({
  id: 'ca5e0000-0000-4c1b-9d55-8c4a8f0d0002',
  reference: 'FC-SOON0001',
  subject: null,
  excerpt: 'My refund has not arrived',
  priority: 'normal',
  assignee: null,
  customer: { id: 'c0570e2a-0000-4c1b-9d55-8c4a8f0c0002', name: null, email: 'anon@example.test' },
  routedBy: 'model',
  firstResponseDueAt: hoursFromNow(0.5),
});
OVERDUE.firstResponseDueAt = hoursAgo(2);
OVERDUE.breached = true;
const PAUSED = caseSummary({ id: 'ca5e0000-0000-4c1b-9d55-8c4a8f0d0003', reference: 'FC-WAIT0001', status: 'waiting_on_customer', firstResponseDueAt: null, resolutionDueAt: null });
const COUNTS = { open: 12, triage: 3, mine: 4, breached: 1 };

function api(role: Role, cases: MockRoutes[string], extra: MockRoutes = {}) {
  return mockFetch({
    'GET /api/auth/me': { status: 200, body: sessionUser(role, [DEPARTMENTS[0].id]) },
    'GET /api/org/departments': { status: 200, body: DEPARTMENTS },
    'GET /api/cases': cases,
    ...extra,
  });
}

const ok = (body: CasePage) => ({ status: 200, body });
const caseCalls = (calls: { url: string }[]) => calls.filter((c) => c.url.startsWith('/api/cases?')).map((c) => c.url);
// Admins and owners get a selection checkbox first; the columns proper follow it.
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').filter((c) => !c.querySelector('input[type="checkbox"]'));
const rows = async () => within(await screen.findByRole('table', { name: 'Cases' })).getAllByRole('row').slice(1);

describe('InboxPage', () => {
  it('lists cases with reference, customer, department, assignee, priority, SLA and who routed them', async () => {
    const calls = api('admin', ok(casePage([OVERDUE, SOON, PAUSED], { counts: COUNTS })));
    renderApp('/inbox');

    const [overdue, soon, paused] = await rows();
    // columns: case, customer, assignee · department, priority, SLA due, routed by
    const [ref, customer, owner, priority, sla, routedBy] = cells(overdue);
    expect(within(ref).getByRole('link', { name: 'FC-7K3M9QX2' }).getAttribute('href')).toBe(`/cases/${OVERDUE.id}`);
    expect(ref.textContent).toContain('Lost bag · I lost my bag at JFK');
    expect(within(customer).getByText('Jane Doe')).toBeTruthy();
    expect(within(owner).getByText('Sam Rivera')).toBeTruthy();
    expect(within(owner).getByText('Support')).toBeTruthy();
    expect(within(priority).getByText('High')).toBeTruthy();
    const late = within(sla).getByText(/^Overdue by 2 h/);
    expect(late.className).toContain('red');
    expect(within(routedBy).getByText('Rule')).toBeTruthy();

    const [, soonCustomer, soonOwner, , soonSla, soonRoutedBy] = cells(soon);
    expect(within(soonCustomer).getByText('Unnamed customer')).toBeTruthy();
    expect(within(soonCustomer).getByText('anon@example.test')).toBeTruthy();
    expect(within(soonOwner).getByText('Unassigned')).toBeTruthy();
    expect(within(soonSla).getByText(/^in (29|30) min$/).className).toContain('amber');
    expect(within(soonRoutedBy).getByText('Model')).toBeTruthy();

    expect(within(cells(paused)[4]).getByText('Paused')).toBeTruthy();

    expect(caseCalls(calls)).toEqual(['/api/cases?view=open&sort=sla&limit=25']);
    expect(screen.getByText('1 overdue')).toBeTruthy();
  });

  it('shows the counts on the tabs, and Triage only to admins and owners', async () => {
    api('owner', ok(casePage([OVERDUE], { counts: COUNTS })));
    renderApp('/inbox');

    const tabs = within(await screen.findByRole('navigation', { name: 'Inbox views' }));
    await screen.findByRole('table', { name: 'Cases' });
    expect(tabs.getAllByRole('link').map((l) => l.textContent)).toEqual(['Open 12', 'Assigned to me 4', 'Triage 3', 'Closed ']);
    expect(tabs.getByRole('link', { name: 'Open 12' }).getAttribute('aria-current')).toBe('page');
  });

  it('gives members no Triage tab, even from an address that asks for it', async () => {
    const calls = api('member', ok(casePage([OVERDUE], { counts: COUNTS })));
    renderApp('/inbox?view=triage');

    const tabs = within(await screen.findByRole('navigation', { name: 'Inbox views' }));
    await screen.findByRole('table', { name: 'Cases' });
    expect(tabs.queryByRole('link', { name: /Triage/ })).toBeNull();
    expect(caseCalls(calls).every((url) => !url.includes('view=triage'))).toBe(true);
  });

  it('switches tab through the address and asks for that view', async () => {
    const calls = api('owner', (_init, url) => ok(casePage(url.includes('view=mine') ? [SOON] : [OVERDUE], { counts: COUNTS })));
    const { router } = renderApp('/inbox');
    await screen.findByRole('link', { name: 'FC-7K3M9QX2' });

    fireEvent.click(screen.getByRole('link', { name: 'Assigned to me 4' }));

    expect(await screen.findByRole('link', { name: 'FC-SOON0001' })).toBeTruthy();
    expect(router.state.location.search).toMatchObject({ view: 'mine' });
    expect(caseCalls(calls).at(-1)).toBe('/api/cases?view=mine&sort=sla&limit=25');
  });

  it('lists triage cases with the model’s best guess and its confidence', async () => {
    const stuck = caseSummary({
      id: 'ca5e0000-0000-4c1b-9d55-8c4a8f0d0009',
      reference: 'FC-TRIAGE01',
      status: 'triage',
      department: null,
      assignee: null,
      routedBy: 'triage',
      guess: { confidence: 0.62, threshold: 0.8, departmentId: DEPARTMENTS[1].id },
    });
    const calls = api('admin', ok(casePage([stuck], { counts: COUNTS })), {
      'GET /api/routing/settings': { status: 200, body: { autoRouteThreshold: 0.8, defaultAssignment: 'round_robin', model: { version: 2, trainedAt: hoursAgo(24), curve: [] }, updatedAt: null } },
    });
    renderApp('/inbox?view=triage');

    const [row] = await rows();
    const guess = cells(row)[2];
    expect(await within(guess).findByText('Billing')).toBeTruthy();
    expect(within(guess).getByText('62%')).toBeTruthy();
    expect(within(guess).getByRole('meter', { name: 'Model confidence' }).getAttribute('aria-valuenow')).toBe('62');
    expect(within(row).queryByText('Support')).toBeNull();
    // the guess comes with the list: no request per row
    expect(calls.some((c) => c.url === `/api/cases/${stuck.id}`)).toBe(false);
    // whoever waited longest first: no SLA clock runs before a department owns the case
    expect(caseCalls(calls)[0]).toBe('/api/cases?view=triage&sort=oldest&limit=25');
    expect(screen.queryByRole('option', { name: 'SLA due first' })).toBeNull();
  });

  it('asks for no guesses while the organisation has no department model', async () => {
    const stuck = caseSummary({ id: 'ca5e0000-0000-4c1b-9d55-8c4a8f0d0009', reference: 'FC-TRIAGE01', status: 'triage', department: null, assignee: null, routedBy: 'triage' });
    const calls = api('owner', ok(casePage([stuck], { counts: COUNTS })), {
      'GET /api/routing/settings': { status: 200, body: { autoRouteThreshold: 0.8, defaultAssignment: 'round_robin', model: null, updatedAt: null } },
    });
    renderApp('/inbox?view=triage');

    expect(await screen.findByText(/No department model yet, so nothing here has a best guess/)).toBeTruthy();
    const [row] = await rows();
    expect(screen.queryByRole('columnheader', { name: 'Best guess' })).toBeNull();
    expect(within(row).getByText('1 hour ago')).toBeTruthy();
    expect(calls.some((c) => c.url === `/api/cases/${stuck.id}`)).toBe(false);
  });

  it('names each case’s department only when the inbox spans several', async () => {
    api('owner', ok(casePage([OVERDUE])));
    renderApp('/inbox');

    const [row] = await rows();
    expect(within(cells(row)[2]).getByText('Sam Rivera')).toBeTruthy();
    expect(within(row).queryByText('Support')).toBeNull();
    expect(screen.getByRole('columnheader', { name: 'Assignee' })).toBeTruthy();
  });

  it('explains an empty triage queue', async () => {
    api('admin', ok(casePage([], { counts: { ...COUNTS, triage: 0 } })));
    renderApp('/inbox?view=triage');

    expect(await screen.findByText('Nothing waiting for a department')).toBeTruthy();
  });

  it('filters by department, priority and words (once typing stops), and sorts', async () => {
    const calls = api('admin', ok(casePage([OVERDUE], { counts: COUNTS })));
    renderApp('/inbox');
    await screen.findByRole('link', { name: 'FC-7K3M9QX2' });

    fireEvent.change(screen.getByRole('combobox', { name: 'Department' }), { target: { value: DEPARTMENTS[1].id } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Priority' }), { target: { value: 'urgent' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort' }), { target: { value: 'newest' } });
    const search = screen.getByRole('searchbox', { name: 'Search cases' });
    for (const value of ['j', 'jf', 'jfk']) fireEvent.change(search, { target: { value } });

    await waitFor(() =>
      expect(caseCalls(calls).at(-1)).toBe(`/api/cases?view=open&departmentId=${DEPARTMENTS[1].id}&priority=urgent&q=jfk&sort=newest&limit=25`),
    );
    expect(caseCalls(calls).some((url) => url.includes('q=j&') || url.includes('q=jf&'))).toBe(false);
  });

  it('loads the next page from the cursor', async () => {
    const calls = api('owner', (_init, url) => ok(url.includes('cursor=') ? casePage([SOON]) : casePage([OVERDUE], { nextCursor: 'next-1' })));
    renderApp('/inbox');
    await screen.findByRole('link', { name: 'FC-7K3M9QX2' });

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'FC-SOON0001' })).toBeTruthy();
    expect(caseCalls(calls).at(-1)).toBe('/api/cases?view=open&sort=sla&cursor=next-1&limit=25');
    expect(screen.getByText('2 cases')).toBeTruthy();
  });

  it('opens a case from a click anywhere on its row', async () => {
    api('owner', ok(casePage([OVERDUE])), { [`GET /api/cases/${OVERDUE.id}`]: { status: 200, body: caseDetail() } });
    const { router } = renderApp('/inbox');

    fireEvent.click(within(cells((await rows())[0])[1]).getByText('Jane Doe'));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/cases/${OVERDUE.id}`));
  });
});
