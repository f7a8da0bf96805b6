import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CaseActionDto } from '@fullcircle/shared';
import { caseDetail, hoursAgo } from '../../test/fixtures';
import { COLLEAGUES, jsonBody, mockCaseApi } from '../../test/case-routes';
import { renderApp } from '../../test/render-app';

const CASE = caseDetail();
const url = `/api/cases/${CASE.id}`;

const action = (overrides: Partial<CaseActionDto> = {}): CaseActionDto => ({
  id: 'ac000000-0000-4c1b-9d55-8c4a8f0d0001',
  kind: 'customer_fix',
  description: 'Courier the bag to her hotel',
  owner: { id: COLLEAGUES[0].id, name: COLLEAGUES[0].name },
  dueDate: '2026-01-02',
  status: 'open',
  overdue: true,
  createdBy: null,
  createdAt: hoursAgo(2),
  completedAt: null,
  ...overrides,
});

describe('CaseActionsPanel', () => {
  it('lists actions with kind, owner and due date, overdue ones marked, and ticks one off', async () => {
    const c = caseDetail({ actions: [action(), action({ id: 'ac000000-0000-4c1b-9d55-8c4a8f0d0002', kind: 'process_change', description: 'Tape tags at JFK', dueDate: null, overdue: false })] });
    const ticked = { ...c, actions: [action({ status: 'done', overdue: false }), c.actions[1]] };
    let current = c;
    const calls = mockCaseApi(c, {
      [`GET ${url}`]: () => ({ status: 200, body: current }),
      [`PATCH ${url}/actions/${c.actions[0].id}`]: () => ((current = ticked), { status: 200, body: ticked.actions[0] }),
    });
    renderApp(`/cases/${CASE.id}`);

    const rows = within(await screen.findByRole('list', { name: 'Actions' })).getAllByRole('listitem');
    expect(rows[0].textContent).toContain('Fix for this customer');
    expect(rows[0].textContent).toContain('Sam Rivera');
    expect(rows[0].textContent).toContain('Overdue:');
    expect(rows[0].getAttribute('data-overdue')).toBe('true');
    expect(rows[1].textContent).toContain('Process change');
    expect(rows[1].getAttribute('data-overdue')).toBeNull();

    fireEvent.click(within(rows[0]).getByRole('checkbox', { name: 'Done: Courier the bag to her hotel' }));

    await waitFor(() => expect(calls.some((x) => x.method === 'PATCH')).toBe(true));
    expect(jsonBody(calls.find((x) => x.method === 'PATCH'))).toEqual({ status: 'done' });
    await waitFor(() => expect((within(screen.getByRole('list', { name: 'Actions' })).getAllByRole('checkbox')[0] as HTMLInputElement).checked).toBe(true));
  });

  it('adds an action with a kind, an owner from the case’s colleagues and a due date', async () => {
    const added = action({ kind: 'training', description: 'Brief the JFK desk on lost bags', overdue: false });
    let current = CASE;
    const calls = mockCaseApi(CASE, {
      [`GET ${url}`]: () => ({ status: 200, body: current }),
      [`POST ${url}/actions`]: () => ((current = { ...CASE, actions: [added] }), { status: 201, body: added }),
    });
    renderApp(`/cases/${CASE.id}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Add action' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Add action' }));
    await dialog.findByRole('option', { name: 'Sara Lopez' });
    expect(dialog.queryByRole('option', { name: 'Sasha Outsider' })).toBeNull();
    expect((dialog.getByLabelText('Owner') as HTMLSelectElement).value).toBe(COLLEAGUES[0].id);
    fireEvent.click(dialog.getByRole('button', { name: 'Add action' }));
    expect(await dialog.findByText('say what is done')).toBeTruthy();

    fireEvent.change(dialog.getByLabelText('Kind'), { target: { value: 'training' } });
    fireEvent.change(dialog.getByLabelText('What is done'), { target: { value: 'Brief the JFK desk on lost bags' } });
    fireEvent.change(dialog.getByLabelText('Owner'), { target: { value: COLLEAGUES[1].id } });
    fireEvent.change(dialog.getByLabelText('Due date'), { target: { value: '2026-12-31' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Add action' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(await screen.findByRole('list', { name: 'Actions' })).getByText('Brief the JFK desk on lost bags')).toBeTruthy();
    expect(jsonBody(calls.find((x) => x.method === 'POST'))).toEqual({ kind: 'training', description: 'Brief the JFK desk on lost bags', ownerId: COLLEAGUES[1].id, dueDate: '2026-12-31' });
  });

  it('offers nothing to change to someone who may not act on the case', async () => {
    mockCaseApi(caseDetail({ actions: [action()], can: { ...CASE.can, act: false } }));
    renderApp(`/cases/${CASE.id}`);

    const rows = within(await screen.findByRole('list', { name: 'Actions' })).getAllByRole('listitem');
    expect((within(rows[0]).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Add action' })).toBeNull();
  });
});
