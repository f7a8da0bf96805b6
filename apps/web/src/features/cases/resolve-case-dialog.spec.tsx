import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { caseDetail, outboundMessage } from '../../test/fixtures';
import { jsonBody, mockCaseApi } from '../../test/case-routes';
import { renderApp } from '../../test/render-app';

const CASE = caseDetail({ status: 'in_progress' });
const url = `/api/cases/${CASE.id}`;
const resolved = { ...CASE, status: 'resolved' as const, resolution: { summary: null, noReplyReason: 'No consent to contact', resolvedBy: { id: 'u1', name: 'Sam Rivera' } } };

async function openResolve() {
  fireEvent.click(await screen.findByRole('button', { name: 'Resolve' }));
  return within(await screen.findByRole('dialog', { name: 'Resolve case' }));
}

describe('ResolveCaseDialog', () => {
  it('requires a reason when nobody replied to the customer', async () => {
    let current = CASE;
    const calls = mockCaseApi(CASE, {
      [`GET ${url}`]: () => ({ status: 200, body: current }),
      [`POST ${url}/resolve`]: () => ((current = resolved), { status: 200, body: resolved }),
    });
    renderApp(`/cases/${CASE.id}`);
    const dialog = await openResolve();

    fireEvent.click(dialog.getByRole('button', { name: 'Resolve' }));
    expect(await dialog.findByText('say why no reply is possible')).toBeTruthy();
    expect(dialog.getByLabelText('Why no reply is possible').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(dialog.getByLabelText('Why no reply is possible'), { target: { value: 'No consent to contact' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Resolve' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(jsonBody(calls.find((c) => c.method === 'POST'))).toEqual({ noReplyReason: 'No consent to contact' });
    const banner = await screen.findByRole('note', { name: 'Resolution' });
    expect(banner.textContent).toContain('Resolved by Sam Rivera');
    expect(banner.textContent).toContain('No reply to the customer: No consent to contact');
  });

  it('asks no reason once a reply went out, and shares a lesson when asked to', async () => {
    const replied = { ...CASE, messages: [outboundMessage({ status: 'delivered' })] };
    const calls = mockCaseApi(replied, { [`POST ${url}/resolve`]: { status: 200, body: { ...replied, status: 'resolved' } } });
    renderApp(`/cases/${CASE.id}`);
    const dialog = await openResolve();

    expect(dialog.queryByLabelText('Why no reply is possible')).toBeNull();
    fireEvent.change(dialog.getByLabelText('Summary'), { target: { value: 'Bag delivered to the hotel' } });
    fireEvent.click(dialog.getByLabelText('Share a lesson with the department'));
    fireEvent.click(dialog.getByRole('button', { name: 'Resolve' }));
    expect(await dialog.findByText('write what the department should know')).toBeTruthy();
    fireEvent.change(dialog.getByLabelText('Lesson'), { target: { value: 'JFK tags fall off in the rain: tape them.' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Resolve' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(jsonBody(calls.find((c) => c.method === 'POST'))).toEqual({ summary: 'Bag delivered to the hotel', lesson: 'JFK tags fall off in the rain: tape them.' });
  });

  it('counts a failed reply as no reply', async () => {
    mockCaseApi({ ...CASE, messages: [outboundMessage({ status: 'failed', statusReason: 'Mailbox does not exist' })] });
    renderApp(`/cases/${CASE.id}`);
    const dialog = await openResolve();

    expect(dialog.getByLabelText('Why no reply is possible')).toBeTruthy();
  });

  it('puts the API’s refusal next to the reason', async () => {
    mockCaseApi(CASE, {
      [`POST ${url}/resolve`]: { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Invalid request', issues: [{ field: 'noReplyReason', message: 'reply to the customer or say why no reply is possible' }] } },
    });
    renderApp(`/cases/${CASE.id}`);
    const dialog = await openResolve();

    fireEvent.change(dialog.getByLabelText('Why no reply is possible'), { target: { value: 'Gone' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Resolve' }));

    expect(await dialog.findByText('reply to the customer or say why no reply is possible')).toBeTruthy();
  });
});
