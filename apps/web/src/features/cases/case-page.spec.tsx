import type { CaseDetailDto, RoutingAssignee } from '@fullcircle/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { caseDetail, casePage, DEPARTMENTS, hoursAgo, sessionUser } from '../../test/fixtures';
import { mockFetch, type MockRoutes } from '../../test/mock-fetch';
import { renderApp } from '../../test/render-app';

const CASE = caseDetail();
const url = `/api/cases/${CASE.id}`;
const SUPPORT = DEPARTMENTS[0];
const BILLING = DEPARTMENTS[1];
const ASSIGNEES: RoutingAssignee[] = [
  { id: '0b7a4f0e-2222-4c1b-9d55-8c4a8f0b2222', name: 'Sam Rivera', departmentIds: [SUPPORT.id] },
  { id: '0b7a4f0e-3333-4c1b-9d55-8c4a8f0b3333', name: 'Bea Billing', departmentIds: [BILLING.id] },
];

function api(c: CaseDetailDto = CASE, extra: MockRoutes = {}, role: 'owner' | 'admin' | 'executive' = 'owner') {
  return mockFetch({
    'GET /api/auth/me': { status: 200, body: sessionUser(role, [SUPPORT.id]) },
    'GET /api/org/departments': { status: 200, body: DEPARTMENTS },
    'GET /api/routing/rules/assignees': { status: 200, body: ASSIGNEES },
    'GET /api/cases': { status: 200, body: casePage([c]) },
    [`GET ${url}`]: { status: 200, body: c },
    ...extra,
  });
}

const jsonBody = (call: { init?: RequestInit } | undefined) => JSON.parse(String(call?.init?.body));
const card = async (name: string) => within(await screen.findByRole('region', { name }));

describe('CasePage', () => {
  it('heads the case with its reference, status, priority, owner and a link to the customer', async () => {
    api();
    renderApp(`/cases/${CASE.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'FC-7K3M9QX2' })).toBeTruthy();
    expect(screen.getByText('Assigned')).toBeTruthy();
    expect(screen.getAllByText('High').length).toBeGreaterThan(0);
    expect(screen.getByText('Sam Rivera')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Jane Doe' }).getAttribute('href')).toBe(`/customers/${CASE.customer.id}`);
    await waitFor(() => expect(document.title).toBe('FC-7K3M9QX2 · Inbox · Fullcircle'));
  });

  it('says why a rule routed it: the explanation, the rule and the conditions that held', async () => {
    api();
    renderApp(`/cases/${CASE.id}`);

    const why = await card('Why it’s here');
    expect(why.getByText(CASE.routing.explanation)).toBeTruthy();
    expect(why.getByText('Lost bags to Support')).toBeTruthy();
    expect(within(why.getByRole('list', { name: 'Matched conditions' })).getByText('keywords any of lost * bag')).toBeTruthy();
    expect(why.queryByRole('meter')).toBeNull();
  });

  it('shows the model’s confidence against the threshold when the model routed it', async () => {
    const c = caseDetail({
      routedBy: 'model',
      routing: { by: 'model', rule: null, model: { name: 'department', confidence: 0.91, threshold: 0.8, departmentId: SUPPORT.id }, explanation: 'The department model routed it to Support', decidedAt: hoursAgo(1) },
    });
    api(c);
    renderApp(`/cases/${CASE.id}`);

    const why = await card('Why it’s here');
    expect(await why.findByText('Support')).toBeTruthy();
    expect(why.getByText(/91% sure; routes by itself from 80%/)).toBeTruthy();
    expect(why.getByRole('meter', { name: 'Model confidence' }).getAttribute('aria-valuetext')).toBe('91%, threshold 80%');
  });

  it('shows the SLA targets, and the pause while waiting on the customer', async () => {
    const c = caseDetail({
      status: 'waiting_on_customer',
      sla: { ...CASE.sla, firstResponseDueAt: null, resolutionDueAt: null, firstRespondedAt: hoursAgo(0.5), pausedSince: hoursAgo(2), breached: { firstResponse: false, resolution: false } },
    });
    api(c);
    renderApp(`/cases/${CASE.id}`);

    const sla = await card('SLA');
    expect(screen.getByText('Policy: Standard')).toBeTruthy();
    expect(sla.getByText(/Paused — waiting on customer since/).textContent).toContain('(2 hours ago)');
    expect(sla.getByText(/^Met/)).toBeTruthy();
    expect(sla.getByText('Paused')).toBeTruthy();
  });

  it('shows an overdue first response in red', async () => {
    const c = caseDetail({ sla: { ...CASE.sla, firstResponseDueAt: hoursAgo(1), breached: { firstResponse: true, resolution: false } } });
    api(c);
    renderApp(`/cases/${CASE.id}`);

    const late = (await card('SLA')).getByText(/^Overdue by 1 h/);
    expect(late.className).toContain('red');
  });

  it('lists the conversation oldest first and the history newest first, escalations set apart', async () => {
    const c = caseDetail({
      items: [
        { ...CASE.items[0], id: 'fb000000-0000-4c1b-9d55-8c4a8f0d0002', text: 'Any news?', receivedAt: hoursAgo(0.2) },
        { ...CASE.items[0], text: 'First message' },
      ],
      events: [
        ...CASE.events,
        { id: 'e0e0e0e0-0000-4c1b-9d55-8c4a8f0d0003', type: 'escalated', actor: null, summary: 'Escalated to Olivia Owner: first response overdue', data: {}, occurredAt: hoursAgo(0.1) },
      ],
    });
    api(c);
    renderApp(`/cases/${CASE.id}`);

    const messages = within(await screen.findByRole('list', { name: 'Conversation' })).getAllByRole('listitem');
    expect(messages.map((m) => (m.textContent?.includes('First message') ? 'first' : 'second'))).toEqual(['first', 'second']);
    const history = within(screen.getByRole('list', { name: 'History' })).getAllByRole('listitem');
    expect(history[0].textContent).toContain('Escalated');
    expect(history[0].getAttribute('data-emphasis')).toBe('danger');
    expect(history.at(-1)?.textContent).toContain('Opened');
  });

  it('starts work and pauses for the customer, refreshing the case', async () => {
    const started = { ...CASE, status: 'in_progress' as const };
    const calls = api(CASE, { [`POST ${url}/status`]: { status: 200, body: started } });
    renderApp(`/cases/${CASE.id}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Start work' }));

    expect(await screen.findByText('Work started')).toBeTruthy();
    expect(jsonBody(calls.find((c) => c.method === 'POST'))).toEqual({ status: 'in_progress' });
    expect(screen.getByRole('button', { name: 'Waiting on customer' })).toBeTruthy();
    await waitFor(() => expect(calls.filter((c) => c.url === url).length).toBeGreaterThanOrEqual(2));
  });

  it('gives executives no actions', async () => {
    api({ ...CASE, can: { reassign: false, changeStatus: false, reply: false, resolve: false, reopen: false, close: false, merge: false, note: false, act: false } }, {}, 'executive');
    renderApp(`/cases/${CASE.id}`);

    await screen.findByRole('heading', { level: 1, name: 'FC-7K3M9QX2' });
    expect(screen.queryByRole('button', { name: 'Reassign' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start work' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Resolve' })).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Reply to customer' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add action' })).toBeNull();
  });

  it('says a case out of reach was not found', async () => {
    api(CASE, { [`GET ${url}`]: { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Case not found' } } });
    renderApp(`/cases/${CASE.id}`);

    expect(await screen.findByText('Case not found')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the inbox' }).getAttribute('href')).toBe('/inbox');
  });

  describe('reassigning', () => {
    it('asks for a reason before sending anything', async () => {
      const calls = api();
      renderApp(`/cases/${CASE.id}`);

      fireEvent.click(await screen.findByRole('button', { name: 'Reassign' }));
      const dialog = within(await screen.findByRole('dialog', { name: 'Reassign case' }));
      fireEvent.click(dialog.getByRole('button', { name: 'Reassign' }));

      expect(await dialog.findByText('say why, in a few words')).toBeTruthy();
      expect(dialog.getByLabelText('Reason').getAttribute('aria-invalid')).toBe('true');
      expect(calls.some((c) => c.method === 'POST')).toBe(false);
    });

    it('offers the people of the chosen department, and sends the move with the reason', async () => {
      const moved = { ...CASE, department: { id: BILLING.id, name: BILLING.name }, assignee: { id: ASSIGNEES[1].id, name: 'Bea Billing' } };
      const calls = api(CASE, { [`POST ${url}/reassign`]: { status: 200, body: moved } });
      renderApp(`/cases/${CASE.id}`);

      fireEvent.click(await screen.findByRole('button', { name: 'Reassign' }));
      const dialog = within(await screen.findByRole('dialog', { name: 'Reassign case' }));
      const assignee = dialog.getByLabelText('Assignee');
      await dialog.findByRole('option', { name: 'Sam Rivera (current)' });
      expect(within(assignee).getAllByRole('option').map((o) => o.textContent)).toEqual(['Assign automatically', 'Unassigned', 'Sam Rivera (current)']);

      fireEvent.change(dialog.getByLabelText('Department'), { target: { value: BILLING.id } });
      expect(within(assignee).getAllByRole('option').map((o) => o.textContent)).toEqual(['Assign automatically', 'Unassigned', 'Bea Billing']);
      fireEvent.change(assignee, { target: { value: ASSIGNEES[1].id } });
      fireEvent.change(dialog.getByLabelText('Reason'), { target: { value: 'About a refund' } });
      fireEvent.click(dialog.getByRole('button', { name: 'Reassign' }));

      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(jsonBody(calls.find((c) => c.method === 'POST'))).toEqual({ departmentId: BILLING.id, assigneeId: ASSIGNEES[1].id, reason: 'About a refund' });
      expect(await screen.findByText('Case reassigned')).toBeTruthy();
    });

    it('shows the API’s field errors next to the fields', async () => {
      api(CASE, {
        [`POST ${url}/reassign`]: {
          status: 400,
          body: { statusCode: 400, error: 'Bad Request', message: 'Invalid request', issues: [{ field: 'assigneeId', message: 'is not a member of Support' }] },
        },
      });
      renderApp(`/cases/${CASE.id}`);

      fireEvent.click(await screen.findByRole('button', { name: 'Reassign' }));
      const dialog = within(await screen.findByRole('dialog', { name: 'Reassign case' }));
      fireEvent.change(dialog.getByLabelText('Assignee'), { target: { value: 'none' } });
      fireEvent.change(dialog.getByLabelText('Reason'), { target: { value: 'Back to the queue' } });
      fireEvent.click(dialog.getByRole('button', { name: 'Reassign' }));

      expect(await dialog.findByText('is not a member of Support')).toBeTruthy();
      expect(dialog.getByLabelText('Assignee').getAttribute('aria-invalid')).toBe('true');
    });

    it('routes a triage case, starting from the model’s best guess', async () => {
      const c = caseDetail({
        status: 'triage',
        department: null,
        assignee: null,
        routedBy: 'triage',
        routing: { by: 'triage', rule: null, model: { name: 'department', confidence: 0.55, threshold: 0.8, departmentId: BILLING.id }, explanation: 'No rule matched and the model was not sure enough', decidedAt: hoursAgo(1) },
      });
      const calls = api(c, { [`POST ${url}/reassign`]: { status: 200, body: { ...c, status: 'assigned', department: { id: BILLING.id, name: BILLING.name } } } }, 'admin');
      renderApp(`/cases/${CASE.id}`);

      const why = await card('Why it’s here');
      expect(why.getByText(/best guess/)).toBeTruthy();
      expect(await why.findByText('Billing')).toBeTruthy();
      fireEvent.click(await screen.findByRole('button', { name: 'Route to department' }));
      const dialog = within(await screen.findByRole('dialog', { name: 'Route to department' }));
      expect((dialog.getByLabelText('Department') as HTMLSelectElement).value).toBe(BILLING.id);
      fireEvent.change(dialog.getByLabelText('Reason'), { target: { value: 'Refund question' } });
      fireEvent.click(dialog.getByRole('button', { name: 'Route case' }));

      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(jsonBody(calls.find((x) => x.method === 'POST'))).toEqual({ departmentId: BILLING.id, reason: 'Refund question' });
    });
  });
});
