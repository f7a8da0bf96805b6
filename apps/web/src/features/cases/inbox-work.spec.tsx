import type { CaseChangeEvent, CasePage, Role, SavedViewDto } from '@fullcircle/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { caseDetail, caseSummary, casePage, DEPARTMENTS, sessionUser } from '../../test/fixtures';
import { mockFetch, type MockRoutes } from '../../test/mock-fetch';
import { renderApp } from '../../test/render-app';

const FIRST = caseSummary();
const SECOND = caseSummary({ id: 'ca5e0000-0000-4c1b-9d55-8c4a8f0d0002', reference: 'FC-SECOND01', assignee: null });
const THIRD = caseSummary({ id: 'ca5e0000-0000-4c1b-9d55-8c4a8f0d0003', reference: 'FC-THIRD001' });
const COLLEAGUE = { id: '0b7a4f0e-3333-4c1b-9d55-8c4a8f0b3333', name: 'Ana Owner', departmentIds: [DEPARTMENTS[0].id] };
const ME = sessionUser('owner', [DEPARTMENTS[0].id]);

function api(role: Role, extra: MockRoutes = {}, page: CasePage = casePage([FIRST, SECOND, THIRD])) {
  return mockFetch({
    'GET /api/auth/me': { status: 200, body: sessionUser(role, [DEPARTMENTS[0].id]) },
    'GET /api/org/departments': { status: 200, body: DEPARTMENTS },
    'GET /api/routing/rules/assignees': { status: 200, body: [COLLEAGUE] },
    'GET /api/cases/views': { status: 200, body: [] },
    'GET /api/cases': { status: 200, body: page },
    ...extra,
  });
}

const caseCalls = (calls: { url: string }[]) => calls.filter((c) => c.url.startsWith('/api/cases?')).map((c) => c.url);
const bodyOf = (calls: { method: string; url: string; init?: RequestInit }[], method: string, url: string) =>
  JSON.parse(String(calls.filter((c) => c.method === method && c.url === url).at(-1)?.init?.body));
const activeRow = () => document.querySelector('tr[data-active="true"]');
const press = (key: string) => fireEvent.keyDown(document.body, { key });

describe('InboxPage at work', () => {
  it('sends every filter as a query parameter and keeps it in the address', async () => {
    const calls = api('owner');
    const { router } = renderApp('/inbox');
    await screen.findByRole('link', { name: 'FC-7K3M9QX2' });

    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'in_progress' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'SLA risk' }), { target: { value: 'at_risk' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Sentiment' }), { target: { value: 'negative' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Channel' }), { target: { value: 'sms' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Assignee' }), { target: { value: 'none' } });
    const topic = screen.getByRole('textbox', { name: 'Topic' });
    fireEvent.change(topic, { target: { value: 'baggage' } });
    fireEvent.keyDown(topic, { key: 'Enter' });
    const segment = screen.getByRole('textbox', { name: 'Customer segment' });
    fireEvent.change(segment, { target: { value: 'gold' } });
    fireEvent.blur(segment);

    await waitFor(() =>
      expect(caseCalls(calls).at(-1)).toBe(
        '/api/cases?view=open&status=in_progress&channel=sms&sentiment=negative&topic=baggage&assigneeId=none&segment=gold&slaRisk=at_risk&sort=sla&limit=25',
      ),
    );
    expect(router.state.location.search).toMatchObject({ status: 'in_progress', slaRisk: 'at_risk', sentiment: 'negative', channel: 'sms', assigneeId: 'none', topic: 'baggage', segment: 'gold' });
  });

  it('offers "Me" as an assignee and reads filters back from the address', async () => {
    const calls = api('member');
    renderApp(`/inbox?assigneeId=${ME.id}&sentiment=positive&slaRisk=breached`);
    await screen.findByRole('link', { name: 'FC-7K3M9QX2' });

    const assignee = screen.getByRole('combobox', { name: 'Assignee' }) as HTMLSelectElement;
    expect(assignee.selectedOptions[0]?.textContent).toBe('Me');
    expect(caseCalls(calls)[0]).toBe(`/api/cases?view=open&sentiment=positive&assigneeId=${ME.id}&slaRisk=breached&sort=sla&limit=25`);
    // members neither bulk-assign nor see colleagues they could not pick
    expect(screen.queryByRole('checkbox', { name: 'Select all cases' })).toBeNull();
    expect(calls.some((c) => c.url.startsWith('/api/routing/rules/assignees'))).toBe(false);
  });

  it('moves a highlight with j/k and arrows, selects with x, opens with Enter and searches with /', async () => {
    api('owner', { [`GET /api/cases/${SECOND.id}`]: { status: 200, body: caseDetail({ ...SECOND }) } });
    const { router } = renderApp('/inbox');
    await screen.findByRole('link', { name: 'FC-7K3M9QX2' });

    expect(activeRow()).toBeNull();
    press('j');
    expect(activeRow()?.textContent).toContain('FC-7K3M9QX2');
    press('ArrowDown');
    press('j');
    expect(activeRow()?.textContent).toContain('FC-THIRD001');
    press('j'); // stays on the last row
    expect(activeRow()?.textContent).toContain('FC-THIRD001');
    press('k');
    expect(activeRow()?.textContent).toContain('FC-SECOND01');

    press('x');
    expect((screen.getByRole('checkbox', { name: 'Select FC-SECOND01' }) as HTMLInputElement).checked).toBe(true);
    expect(within(screen.getByRole('region', { name: 'Bulk actions' })).getByText('1 selected')).toBeTruthy();

    press('/');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search cases' }));
    // typing in the search box is typing, not navigation
    fireEvent.keyDown(document.activeElement as Element, { key: 'j' });
    expect(activeRow()?.textContent).toContain('FC-SECOND01');

    (document.activeElement as HTMLElement).blur();
    press('Enter');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/cases/${SECOND.id}`));
  });

  it('shows the keyboard shortcuts', async () => {
    api('owner');
    renderApp('/inbox');
    const hint = await screen.findByLabelText('Keyboard shortcuts');
    expect(hint.textContent).toContain('open');
    expect(hint.textContent).toContain('select');
  });

  it('bulk-assigns the ticked cases to a colleague with a reason and lists the skipped ones', async () => {
    const calls = api('owner', {
      'POST /api/cases/bulk': { status: 200, body: { done: [FIRST.id], skipped: [{ id: SECOND.id, reason: 'not in a state to assign' }] } },
    });
    renderApp('/inbox');
    await screen.findByRole('link', { name: 'FC-7K3M9QX2' });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select FC-7K3M9QX2' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select FC-SECOND01' }));
    fireEvent.click(within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', { name: 'Assign…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Assign 2 cases' });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Assign to' }), { target: { value: COLLEAGUE.id } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Assign 2 cases' }));
    // the reason is required before anything is sent
    expect(await within(dialog).findByText('say why, in a few words')).toBeTruthy();
    expect(calls.some((c) => c.url === '/api/cases/bulk')).toBe(false);

    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Reason' }), { target: { value: 'Ana covers baggage this week' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Assign 2 cases' }));

    expect(await screen.findByText('1 case was skipped')).toBeTruthy();
    expect(screen.getByText(/not in a state to assign/).textContent).toBe('FC-SECOND01: not in a state to assign');
    expect(bodyOf(calls, 'POST', '/api/cases/bulk')).toEqual({ op: 'assign', caseIds: [FIRST.id, SECOND.id], assigneeId: COLLEAGUE.id, reason: 'Ana covers baggage this week' });
    expect(screen.queryByRole('region', { name: 'Bulk actions' })).toBeNull();
  });

  it('bulk-closes every case on the page with a reason', async () => {
    const calls = api('admin', { 'POST /api/cases/bulk': { status: 200, body: { done: [FIRST.id, SECOND.id, THIRD.id], skipped: [] } } });
    renderApp('/inbox');
    await screen.findByRole('link', { name: 'FC-7K3M9QX2' });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all cases' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close 3 cases' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Reason' }), { target: { value: 'Spam wave' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close 3 cases' }));

    await waitFor(() => expect(bodyOf(calls, 'POST', '/api/cases/bulk')).toEqual({ op: 'close', caseIds: [FIRST.id, SECOND.id, THIRD.id], reason: 'Spam wave' }));
    expect(await screen.findByText('Closed 3 cases')).toBeTruthy();
  });

  it('saves the current filters as a view, applies a saved view and deletes one', async () => {
    const saved: SavedViewDto = { id: 'f1e1d1c1-0000-4c1b-9d55-8c4a8f0d0001', name: 'Angry SMS', query: { channel: 'sms', sentiment: 'negative', q: 'jfk' }, createdAt: '2026-12-01T10:00:00.000Z' };
    let views: SavedViewDto[] = [];
    const calls = api('member', {
      'GET /api/cases/views': () => ({ status: 200, body: views }),
      'POST /api/cases/views': (init) => {
        views = [{ ...saved, ...JSON.parse(String(init?.body)) }];
        return { status: 201, body: views[0] };
      },
      [`DELETE /api/cases/views/${saved.id}`]: () => {
        views = [];
        return { status: 204 };
      },
    });
    const { router } = renderApp('/inbox?channel=sms&sentiment=negative&q=jfk');
    await screen.findByRole('link', { name: 'FC-7K3M9QX2' });
    expect(await screen.findByText('No saved views yet')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this view' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: 'Angry SMS' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save view' }));

    const chip = await screen.findByRole('button', { name: 'Angry SMS' });
    expect(bodyOf(calls, 'POST', '/api/cases/views')).toEqual({ name: 'Angry SMS', query: { channel: 'sms', sentiment: 'negative', q: 'jfk' } });
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    // the view already saved is not offered again
    expect(screen.queryByRole('button', { name: 'Save view' })).toBeNull();

    // other filters and words, then back to the saved view in one click
    fireEvent.change(screen.getByRole('combobox', { name: 'Priority' }), { target: { value: 'urgent' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search cases' }), { target: { value: 'refund' } });
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'refund' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Angry SMS' }).getAttribute('aria-pressed')).toBe('false'));
    fireEvent.click(screen.getByRole('button', { name: 'Angry SMS' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ channel: 'sms', sentiment: 'negative', q: 'jfk' }));
    expect((screen.getByRole('searchbox', { name: 'Search cases' }) as HTMLInputElement).value).toBe('jfk');
    await waitFor(() => expect(caseCalls(calls).at(-1)).toBe('/api/cases?view=open&channel=sms&sentiment=negative&q=jfk&sort=sla&limit=25'));
    // the box's words settle without undoing the view
    await act(() => new Promise((r) => setTimeout(r, 400)));
    expect(router.state.location.search).toEqual({ channel: 'sms', sentiment: 'negative', q: 'jfk' });

    fireEvent.click(screen.getByRole('button', { name: 'Delete view Angry SMS' }));
    expect(await screen.findByText('No saved views yet')).toBeTruthy();
    expect(calls.some((c) => c.method === 'DELETE' && c.url === `/api/cases/views/${saved.id}`)).toBe(true);
  });
});

describe('InboxPage live updates', () => {
  class FakeEventSource {
    static last: FakeEventSource | null = null;
    onmessage: ((e: MessageEvent<string>) => void) | null = null;
    closed = false;
    constructor(
      readonly url: string,
      readonly init?: EventSourceInit,
    ) {
      FakeEventSource.last = this;
    }
    close() {
      this.closed = true;
    }
    emit(event: CaseChangeEvent) {
      this.onmessage?.({ data: JSON.stringify(event) } as MessageEvent<string>);
    }
  }
  const original = (globalThis as { EventSource?: unknown }).EventSource;
  beforeEach(() => {
    (globalThis as { EventSource?: unknown }).EventSource = FakeEventSource;
  });
  afterEach(() => {
    (globalThis as { EventSource?: unknown }).EventSource = original;
    jest.useRealTimers();
  });

  it('refetches the list once after a burst of changes on the stream and flashes "Updated"', async () => {
    let page = casePage([FIRST]);
    const calls = api('owner', { 'GET /api/cases': () => ({ status: 200, body: page }) });
    const { unmount } = renderApp('/inbox');
    await screen.findByRole('link', { name: 'FC-7K3M9QX2' });
    const stream = FakeEventSource.last as FakeEventSource;
    expect(stream.url).toBe('/api/cases/stream');
    expect(stream.init).toEqual({ withCredentials: true });
    const before = caseCalls(calls).length;

    page = casePage([FIRST, SECOND]);
    const change = (caseId: string): CaseChangeEvent => ({ caseId, departmentId: DEPARTMENTS[0].id, assigneeId: null, types: ['opened'], at: new Date().toISOString() });
    act(() => {
      stream.emit(change(SECOND.id));
      stream.emit(change(FIRST.id));
      stream.emit(change(SECOND.id));
    });

    expect(await screen.findByRole('link', { name: 'FC-SECOND01' })).toBeTruthy();
    expect(caseCalls(calls).length).toBe(before + 1);
    expect(await screen.findByText('Updated')).toBeTruthy();

    unmount();
    expect(stream.closed).toBe(true);
  });
});
