import type { TemplateDto } from '@fullcircle/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEPARTMENTS, sessionUser } from '../../../test/fixtures';
import { mockFetch, type MockRoutes } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import { insertVariable } from './template-editor';

const TEMPLATE: TemplateDto = {
  id: '7e7e7e7e-0000-4c1b-9d55-8c4a8f0d0001',
  name: 'Sorry about your bag',
  purpose: 'reply',
  versions: [
    { language: 'en', subject: 'About {{case.reference}}', body: 'Hello {{customer.name}}, we found it.' },
    { language: 'es', subject: null, body: 'Hola {{customer.name}}.' },
  ],
  updatedAt: '2026-12-01T10:00:00.000Z',
  updatedBy: null,
};

function api(role: 'admin' | 'owner' | 'member' | 'executive', extra: MockRoutes = {}) {
  return mockFetch({
    'GET /api/auth/me': { status: 200, body: sessionUser(role, [DEPARTMENTS[0].id]) },
    'GET /api/communications/templates': { status: 200, body: [TEMPLATE] },
    ...extra,
  });
}

// The page is code-split: the first test pays for compiling it on a busy machine.
jest.setTimeout(20_000);

const bodyOf = (calls: { method: string; url: string; init?: RequestInit }[], method: string, url: string) =>
  JSON.parse(String(calls.filter((c) => c.method === method && c.url === url).at(-1)?.init?.body));

describe('TemplatesPage', () => {
  it('edits a template with one tab per language and shows the API’s errors on their fields', async () => {
    const calls = api('owner', {
      [`PUT /api/communications/templates/${TEMPLATE.id}`]: {
        status: 400,
        body: { statusCode: 400, error: 'Bad Request', message: 'Invalid request: versions.1.body', issues: [{ field: 'versions.1.body', message: 'unknown variable {{customer.nickname}}' }] },
      },
    });
    renderApp('/communications/templates');

    fireEvent.click(await screen.findByRole('button', { name: /^Sorry about your bag/ }));
    const tabs = within(await screen.findByRole('tablist', { name: 'Language versions' }));
    expect(tabs.getAllByRole('tab').map((t) => t.textContent)).toEqual(['en', 'es']);
    expect((screen.getByRole('textbox', { name: 'Body' }) as HTMLTextAreaElement).value).toBe('Hello {{customer.name}}, we found it.');

    fireEvent.click(tabs.getByRole('tab', { name: 'es' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Body' }), { target: { value: 'Hola {{customer.nickname}}.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));

    expect(await screen.findByText('unknown variable {{customer.nickname}}')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Body' }).getAttribute('aria-invalid')).toBe('true');
    expect(tabs.getByRole('tab', { name: 'es (has errors)' })).toBeTruthy();
    expect(bodyOf(calls, 'PUT', `/api/communications/templates/${TEMPLATE.id}`)).toEqual({
      name: 'Sorry about your bag',
      purpose: 'reply',
      versions: [
        { language: 'en', subject: 'About {{case.reference}}', body: 'Hello {{customer.name}}, we found it.' },
        { language: 'es', subject: null, body: 'Hola {{customer.nickname}}.' },
      ],
    });
  });

  it('checks a new template before sending it, adds a language and inserts variables', async () => {
    const calls = api('admin', {
      'POST /api/communications/templates': (init) => ({ status: 201, body: { ...TEMPLATE, id: '7e7e7e7e-0000-4c1b-9d55-8c4a8f0d0002', ...JSON.parse(String(init?.body)) } }),
    });
    renderApp('/communications/templates');

    fireEvent.click(await screen.findByRole('button', { name: 'New template' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save template' }));
    expect(await screen.findByText('write the message')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Thanks' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Body' }), { target: { value: 'Thank you ' } });
    fireEvent.click(screen.getByRole('button', { name: '{{customer.first_name}}' }));
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Body' }) as HTMLTextAreaElement).value).toBe('Thank you {{customer.first_name}}'));

    fireEvent.change(screen.getByRole('textbox', { name: 'New language code' }), { target: { value: 'English' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add language' }));
    expect(await screen.findByText('must be a two- or three-letter language code like en')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'New language code' }), { target: { value: 'PT' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add language' }));
    expect(screen.getByRole('tab', { name: 'pt' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.change(screen.getByRole('textbox', { name: 'Body' }), { target: { value: 'Obrigado' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() =>
      expect(bodyOf(calls, 'POST', '/api/communications/templates')).toEqual({
        name: 'Thanks',
        purpose: 'reply',
        versions: [
          { language: 'en', subject: null, body: 'Thank you {{customer.first_name}}' },
          { language: 'pt', subject: null, body: 'Obrigado' },
        ],
      }),
    );
  });

  it('shows a member the not-allowed page and loads no templates', async () => {
    const calls = api('member');
    renderApp('/communications/templates');
    expect(await screen.findByText('You are not allowed to see this page')).toBeTruthy();
    expect(calls.some((c) => c.url.startsWith('/api/communications/templates'))).toBe(false);
  });

  it('inserts a variable at the cursor', () => {
    expect(insertVariable('Hi , bye', 'customer.name', 3)).toEqual({ text: 'Hi {{customer.name}}, bye', cursor: 20 });
    expect(insertVariable('Hi', 'agent.name', null)).toEqual({ text: 'Hi{{agent.name}}', cursor: 16 });
  });
});
