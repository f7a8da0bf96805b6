import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { caseContext, caseDetail, outboundMessage, replyTemplate } from '../../test/fixtures';
import { jsonBody, mockCaseApi } from '../../test/case-routes';
import { renderApp } from '../../test/render-app';

const CASE = caseDetail();
const url = `/api/cases/${CASE.id}`;
const TEMPLATE = replyTemplate();
const previewUrl = `/api/communications/templates/${TEMPLATE.id}/preview`;
const SURVEY = replyTemplate({ id: '7e7e7e7e-0000-4c1b-9d55-8c4a8f0d0009', name: 'CSAT ask', purpose: 'survey' });

const RENDERED = {
  en: { language: 'en', subject: 'Your bag (FC-7K3M9QX2)', body: 'Hello Jane, we found your bag.', missing: [] },
  es: { language: 'es', subject: 'Su maleta (FC-7K3M9QX2)', body: 'Hola Jane, encontramos su maleta.', missing: [] },
};

const preview = (init: RequestInit | undefined) => {
  const { language } = JSON.parse(String(init?.body)) as { language?: 'en' | 'es' };
  return { status: 200, body: RENDERED[language ?? 'en'] };
};

async function composer() {
  return within(await screen.findByRole('tabpanel', { name: 'Reply to customer' }));
}

describe('ReplyComposer', () => {
  it('fills the editor from a reply template for this case, and again in another language', async () => {
    const calls = mockCaseApi(CASE, { [`POST ${previewUrl}`]: preview }, { templates: [TEMPLATE, SURVEY] });
    renderApp(`/cases/${CASE.id}`);
    const reply = await composer();

    const picker = reply.getByLabelText('Template');
    await within(picker).findByRole('option', { name: 'Bag found' });
    expect(within(picker).queryByRole('option', { name: 'CSAT ask' })).toBeNull();
    fireEvent.change(picker, { target: { value: TEMPLATE.id } });

    await waitFor(() => expect((reply.getByLabelText('Reply') as HTMLTextAreaElement).value).toBe(RENDERED.en.body));
    expect((reply.getByLabelText('Subject') as HTMLInputElement).value).toBe(RENDERED.en.subject);
    expect(jsonBody(calls.find((c) => c.url === previewUrl))).toEqual({ caseId: CASE.id });

    const language = reply.getByLabelText('Language');
    expect(within(language).getAllByRole('option').map((o) => o.textContent)).toEqual(['EN', 'ES']);
    fireEvent.change(language, { target: { value: 'es' } });
    await waitFor(() => expect((reply.getByLabelText('Reply') as HTMLTextAreaElement).value).toBe(RENDERED.es.body));
    expect(jsonBody(calls.filter((c) => c.url === previewUrl).at(-1))).toEqual({ caseId: CASE.id, language: 'es' });
  });

  it('previews exactly what will be sent, then sends it and waits for the customer', async () => {
    const sent = { ...CASE, status: 'waiting_on_customer' as const, messages: [outboundMessage({ status: 'queued', attempts: 0, sentAt: null, body: RENDERED.es.body, subject: RENDERED.es.subject })] };
    let current = CASE;
    const calls = mockCaseApi(CASE, {
      [`GET ${url}`]: () => ({ status: 200, body: current }),
      [`POST ${previewUrl}`]: preview,
      [`POST ${url}/replies`]: () => ((current = sent), { status: 200, body: sent }),
    });
    renderApp(`/cases/${CASE.id}`);
    const reply = await composer();

    await within(reply.getByLabelText('Template')).findByRole('option', { name: 'Bag found' });
    fireEvent.change(reply.getByLabelText('Template'), { target: { value: TEMPLATE.id } });
    await waitFor(() => expect((reply.getByLabelText('Reply') as HTMLTextAreaElement).value).toBe(RENDERED.en.body));
    fireEvent.change(reply.getByLabelText('Language'), { target: { value: 'es' } });
    await waitFor(() => expect((reply.getByLabelText('Reply') as HTMLTextAreaElement).value).toBe(RENDERED.es.body));

    fireEvent.click(reply.getByRole('button', { name: 'Preview' }));
    const shown = within(reply.getByRole('region', { name: 'Preview' }));
    expect(shown.getByText('Email to jane@example.test')).toBeTruthy();
    expect(shown.getByText(RENDERED.es.subject)).toBeTruthy();
    expect(shown.getByText(RENDERED.es.body)).toBeTruthy();
    expect(reply.queryByLabelText('Reply')).toBeNull();

    fireEvent.click(reply.getByRole('button', { name: 'Send and wait for customer' }));

    expect(await screen.findByText('Reply queued; waiting on the customer')).toBeTruthy();
    expect(jsonBody(calls.find((c) => c.method === 'POST' && c.url === `${url}/replies`))).toEqual({
      body: RENDERED.es.body,
      subject: RENDERED.es.subject,
      channel: 'email',
      templateId: TEMPLATE.id,
      language: 'es',
      then: 'waiting_on_customer',
    });
    const thread = within(screen.getByRole('list', { name: 'Conversation' }));
    const outbound = thread.getAllByRole('listitem').find((li) => li.getAttribute('data-kind') === 'outbound');
    expect(outbound?.textContent).toContain('Queued');
    expect((reply.getByLabelText('Reply') as HTMLTextAreaElement).value).toBe('');
  });

  it('sends with Ctrl+Enter in the customer’s preferred channel', async () => {
    const context = caseContext({ customer: { ...caseContext().customer, replyChannel: 'sms', preferredChannel: 'sms', phone: '+15550100' } });
    const calls = mockCaseApi(CASE, { [`POST ${url}/replies`]: { status: 200, body: CASE } }, { context });
    renderApp(`/cases/${CASE.id}`);
    const reply = await composer();

    await waitFor(() => expect((reply.getByLabelText('Channel') as HTMLSelectElement).value).toBe('sms'));
    expect(reply.queryByLabelText('Subject')).toBeNull();
    const editor = reply.getByLabelText('Reply');
    fireEvent.change(editor, { target: { value: 'Your bag is on its way.' } });
    fireEvent.keyDown(editor, { key: 'Enter', ctrlKey: true });

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(jsonBody(calls.find((c) => c.method === 'POST'))).toEqual({ body: 'Your bag is on its way.', channel: 'sms' });
    expect(await screen.findByText('Reply queued')).toBeTruthy();
  });

  it('refuses an empty reply before sending anything', async () => {
    const calls = mockCaseApi(CASE);
    renderApp(`/cases/${CASE.id}`);
    const reply = await composer();

    fireEvent.click(reply.getByRole('button', { name: 'Send' }));

    expect(await reply.findByText('write the reply')).toBeTruthy();
    expect(reply.getByLabelText('Reply').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('warns above the composer when the customer cannot be reached, and why', async () => {
    mockCaseApi(CASE, {}, { context: caseContext({ reachable: { ok: false, reason: 'Jane withdrew consent to be contacted about her feedback.' } }) });
    renderApp(`/cases/${CASE.id}`);
    const reply = await composer();

    const warning = await reply.findByRole('note');
    expect(warning.textContent).toContain('This customer cannot be reached');
    expect(warning.textContent).toContain('Jane withdrew consent to be contacted about her feedback.');
  });

  it('shows the API’s refusal next to the field', async () => {
    mockCaseApi(CASE, {
      [`POST ${url}/replies`]: { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Invalid request', issues: [{ field: 'channel', message: 'the customer has no phone number' }] } },
    });
    renderApp(`/cases/${CASE.id}`);
    const reply = await composer();

    fireEvent.change(reply.getByLabelText('Channel'), { target: { value: 'sms' } });
    fireEvent.change(reply.getByLabelText('Reply'), { target: { value: 'Hello' } });
    fireEvent.click(reply.getByRole('button', { name: 'Send' }));

    expect(await reply.findByText('the customer has no phone number')).toBeTruthy();
  });
});
