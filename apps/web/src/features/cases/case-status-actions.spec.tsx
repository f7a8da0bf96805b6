import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { caseDetail, caseSummary, casePage } from '../../test/fixtures';
import { jsonBody, mockCaseApi } from '../../test/case-routes';
import { renderApp } from '../../test/render-app';

const CASE = caseDetail({ status: 'in_progress' });
const url = `/api/cases/${CASE.id}`;
const resolvedCan = { ...CASE.can, resolve: false, reopen: true, reply: true };

describe('CaseStatusActions', () => {
  it('shows only the moves `can` allows', async () => {
    mockCaseApi({ ...CASE, status: 'resolved', can: resolvedCan });
    renderApp(`/cases/${CASE.id}`);

    await screen.findByRole('button', { name: 'Reopen' });
    expect(screen.queryByRole('button', { name: 'Resolve' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Merge' })).toBeTruthy();
  });

  it('reopens a resolved case with a reason', async () => {
    const calls = mockCaseApi({ ...CASE, status: 'resolved', can: resolvedCan }, { [`POST ${url}/reopen`]: { status: 200, body: CASE } });
    renderApp(`/cases/${CASE.id}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Reopen' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Reopen case' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Reopen' }));
    expect(await dialog.findByText('say why, in a few words')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(dialog.getByLabelText('Reason'), { target: { value: 'The bag never arrived' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Reopen' }));

    expect(await screen.findByText('Case reopened')).toBeTruthy();
    expect(jsonBody(calls.find((c) => c.method === 'POST'))).toEqual({ reason: 'The bag never arrived' });
  });

  it('closes with an optional reason', async () => {
    const calls = mockCaseApi(CASE, { [`POST ${url}/close`]: { status: 200, body: { ...CASE, status: 'closed' } } });
    renderApp(`/cases/${CASE.id}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Close' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Close case' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Close case' }));

    expect(await screen.findByText('Case closed')).toBeTruthy();
    expect(jsonBody(calls.find((c) => c.method === 'POST'))).toEqual({});
  });

  it('merges into a case found by its reference, then points to it', async () => {
    const target = caseSummary({ id: 'ca5e0000-0000-4c1b-9d55-8c4a8f0d0002', reference: 'FC-22TARGET', subject: 'Bag lost at JFK' });
    const merged = { ...CASE, status: 'closed' as const, mergedInto: { id: target.id, reference: target.reference } };
    let current = CASE;
    const calls = mockCaseApi(CASE, {
      [`GET ${url}`]: () => ({ status: 200, body: current }),
      'GET /api/cases': { status: 200, body: casePage([CASE, target]) },
      [`POST ${url}/merge`]: () => ((current = merged), { status: 200, body: merged }),
    });
    renderApp(`/cases/${CASE.id}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Merge' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Merge duplicate' }));
    fireEvent.change(dialog.getByLabelText('Find the case'), { target: { value: 'FC-22' } });
    const options = within(await dialog.findByRole('radiogroup', { name: 'Cases' }));
    const choice = await options.findByRole('radio');
    expect(options.getAllByRole('radio')).toHaveLength(1);
    expect(calls.some((c) => c.url.startsWith('/api/cases?') && c.url.includes('q=FC-22'))).toBe(true);
    fireEvent.click(choice);
    fireEvent.click(dialog.getByRole('button', { name: 'Merge into FC-22TARGET' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(jsonBody(calls.find((c) => c.method === 'POST'))).toEqual({ intoCaseId: target.id });
    const banner = await screen.findByRole('note', { name: 'Merged' });
    expect(within(banner).getByRole('link', { name: 'FC-22TARGET' }).getAttribute('href')).toBe(`/cases/${target.id}`);
  });
});
