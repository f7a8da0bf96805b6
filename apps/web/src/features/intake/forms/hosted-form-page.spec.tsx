import type { PublicForm } from '@fullcircle/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

const FORM: PublicForm = {
  slug: 'checkout',
  kind: 'csat',
  questions: {
    score: { label: 'How happy are you with checkout?' },
    comment: { label: 'Tell us more', required: false },
    extra: [{ id: 'plan', kind: 'single_choice', label: 'Your plan', required: true, options: ['Free', 'Pro'] }],
  },
  branding: { title: 'Checkout feedback', intro: 'It takes a minute.', accentColor: '#0e7490', logoUrl: null, thankYouMessage: 'Thanks a lot!' },
  askEmail: 'hidden',
  conversationEnabled: false,
};
const ACCEPTED = { id: '0b6f1f4e-8d2a-4c1b-9d55-8c4a8f0c0001', conversationReference: 'FC-7K3M9QX2', receivedAt: new Date().toISOString(), thankYouMessage: 'Thanks a lot!', chat: null };

const keyOf = (init: RequestInit | undefined) => (init?.headers as Record<string, string>)['Idempotency-Key'];

describe('hosted form page', () => {
  it('shows the branded form without a session, and sends an answer with an Idempotency-Key and no cookies', async () => {
    const calls = mockFetch({
      'GET /api/auth/me': { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Sign in' } },
      'GET /api/intake/forms/checkout/public': { status: 200, body: FORM },
      'POST /api/intake/forms/checkout/submissions': { status: 202, body: ACCEPTED },
    });
    renderApp('/f/checkout');
    await screen.findByRole('heading', { name: 'Checkout feedback' });
    expect(screen.getAllByRole('button', { pressed: false }).map((b) => b.textContent)).toEqual(['1', '2', '3', '4', '5']);
    expect(screen.queryByLabelText(/email/i)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Please choose a score.');

    fireEvent.click(screen.getByRole('button', { name: '4' }));
    fireEvent.change(screen.getByLabelText('Tell us more'), { target: { value: 'Smooth' } });
    fireEvent.change(screen.getByLabelText(/Your plan/), { target: { value: 'Pro' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect((await screen.findByRole('status')).textContent).toBe('Thanks a lot!');

    const post = calls.find((c) => c.method === 'POST')!;
    expect(JSON.parse(String(post.init?.body))).toEqual({ via: 'hosted', score: 4, comment: 'Smooth', answers: { plan: 'Pro' } });
    expect(keyOf(post.init)).toMatch(/^[0-9a-f-]{36}$/);
    expect(post.init?.credentials).toBe('omit');
  });

  it('retries a lost answer with the same key, and names the field the API refused', async () => {
    let attempt = 0;
    const calls = mockFetch({
      'GET /api/auth/me': { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Sign in' } },
      'GET /api/intake/forms/checkout/public': { status: 200, body: FORM },
      'POST /api/intake/forms/checkout/submissions': () =>
        ++attempt === 1
          ? { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong' } }
          : { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Invalid request: answers.plan', issues: [{ field: 'answers.plan', message: 'is required' }] } },
    });
    renderApp('/f/checkout');
    fireEvent.click(await screen.findByRole('button', { name: '5' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send feedback' }));
    await screen.findByText('Something went wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Send feedback' }));
    await screen.findByText('This question is required.');
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(keyOf(posts[1].init)).toBe(keyOf(posts[0].init));
  });

  it('says so when the form is closed', async () => {
    mockFetch({
      'GET /api/auth/me': { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Sign in' } },
      'GET /api/intake/forms/gone/public': { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'closed' } },
    });
    renderApp('/f/gone');
    await screen.findByRole('heading', { name: 'This form is not available' });
    await waitFor(() => expect(document.title).toContain('Feedback'));
  });
});
