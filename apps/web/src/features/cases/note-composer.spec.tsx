import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { caseDetail, hoursAgo } from '../../test/fixtures';
import { COLLEAGUES, jsonBody, mockCaseApi } from '../../test/case-routes';
import { renderApp } from '../../test/render-app';

const CASE = caseDetail();
const url = `/api/cases/${CASE.id}`;
const SARA = COLLEAGUES[1];

async function openNotes() {
  fireEvent.mouseDown(await screen.findByRole('tab', { name: 'Internal note' }));
  return within(await screen.findByRole('tabpanel', { name: 'Internal note' }));
}

describe('NoteComposer', () => {
  it('completes an @mention from the case’s colleagues and sends who was mentioned', async () => {
    const noted = {
      ...CASE,
      notes: [{ id: '40000000-0000-4c1b-9d55-8c4a8f0d0001', body: `Can you call her, @${SARA.name}?`, author: { id: COLLEAGUES[0].id, name: COLLEAGUES[0].name }, mentions: [{ id: SARA.id, name: SARA.name }], createdAt: hoursAgo(0) }],
    };
    let current = CASE;
    const calls = mockCaseApi(CASE, {
      [`GET ${url}`]: () => ({ status: 200, body: current }),
      [`POST ${url}/notes`]: () => ((current = noted), { status: 201, body: noted.notes[0] }),
    });
    renderApp(`/cases/${CASE.id}`);
    const notes = await openNotes();

    const editor = notes.getByRole('combobox', { name: 'Internal note' });
    fireEvent.change(editor, { target: { value: 'Can you call her, @sar' } });
    const list = within(await notes.findByRole('listbox', { name: 'Colleagues' }));
    await waitFor(() => expect(list.getAllByRole('option').map((o) => o.textContent)).toEqual([`${SARA.name}${SARA.department}`]));
    await waitFor(() => expect(calls.some((c) => c.url.includes('/mentionable?q=sar'))).toBe(true));
    fireEvent.keyDown(editor, { key: 'Enter' });

    expect((editor as HTMLTextAreaElement).value).toBe(`Can you call her, @${SARA.name} `);
    expect(notes.queryByRole('listbox')).toBeNull();
    fireEvent.change(editor, { target: { value: `Can you call her, @${SARA.name}?` } });
    fireEvent.keyDown(editor, { key: 'Enter', metaKey: true });

    expect(await screen.findByText('Note added')).toBeTruthy();
    expect(jsonBody(calls.find((c) => c.method === 'POST'))).toEqual({ body: `Can you call her, @${SARA.name}?`, mentions: [SARA.id] });
    const note = within(screen.getByRole('list', { name: 'Conversation' }))
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('data-kind') === 'note');
    expect(note?.textContent).toContain('Internal');
    expect(note?.textContent).toContain(`@${SARA.name}`);
  });

  it('drops a mention whose name was deleted from the text', async () => {
    const note = { id: '40000000-0000-4c1b-9d55-8c4a8f0d0002', body: 'Never mind, I called her.', author: null, mentions: [], createdAt: hoursAgo(0) };
    const calls = mockCaseApi(CASE, { [`POST ${url}/notes`]: { status: 201, body: note } });
    renderApp(`/cases/${CASE.id}`);
    const notes = await openNotes();

    const editor = notes.getByRole('combobox', { name: 'Internal note' });
    fireEvent.change(editor, { target: { value: '@sam' } });
    const option = await notes.findByRole('option', { name: /Sam Rivera/ });
    fireEvent.mouseDown(option);
    expect((editor as HTMLTextAreaElement).value).toBe('@Sam Rivera ');
    fireEvent.change(editor, { target: { value: 'Never mind, I called her.' } });
    await act(async () => undefined);
    fireEvent.click(notes.getByRole('button', { name: 'Add note' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(jsonBody(calls.find((c) => c.method === 'POST'))).toEqual({ body: 'Never mind, I called her.', mentions: [] });
  });

  it('refuses an empty note', async () => {
    const calls = mockCaseApi(CASE);
    renderApp(`/cases/${CASE.id}`);
    const notes = await openNotes();

    fireEvent.click(notes.getByRole('button', { name: 'Add note' }));

    expect(await notes.findByText('write the note')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
