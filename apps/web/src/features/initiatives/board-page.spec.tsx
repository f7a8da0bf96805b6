import type { BoardActionResult, BoardInitiativeSummary, BoardList } from '@fullcircle/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch } from '../../test/mock-fetch';
import { renderApp } from '../../test/render-app';

const ID = '3f1c2a9e-8a43-4f0e-9b7d-2f6f1f7f0a01';

function summary(overrides: Partial<BoardInitiativeSummary> = {}): BoardInitiativeSummary {
  return {
    id: ID,
    title: 'Faster baggage delivery',
    problem: 'Bags take too long to reach the belt.',
    status: 'planned',
    kind: 'improvement',
    votes: 4,
    followers: 2,
    commentCount: 1,
    updatedAt: '2026-11-30T10:00:00.000Z',
    viewer: null,
    ...overrides,
  };
}

describe('BoardPage', () => {
  it('shows public initiatives to anyone, with a status badge and Vote leading to the portal sign-in', async () => {
    mockFetch({ 'GET /api/board/initiatives': { status: 200, body: { initiatives: [summary()], signedIn: false } satisfies BoardList } });
    renderApp('/board');

    const card = (await screen.findByRole('heading', { name: 'Faster baggage delivery' })).closest('article')!;
    expect(within(card).getByText('Planned')).toBeTruthy();
    const vote = within(card).getByRole('link', { name: 'Sign in to vote for Faster baggage delivery (4 votes)' });
    expect(vote.getAttribute('href')).toBe(`/portal/sign-in?redirect=${encodeURIComponent(`/board/${ID}`)}`);
    expect(screen.getByRole('link', { name: 'Skip to content' }).getAttribute('href')).toBe('#board-main');
  });

  it('filters by status through toggle buttons', async () => {
    const calls = mockFetch({ 'GET /api/board/initiatives': { status: 200, body: { initiatives: [summary()], signedIn: false } } });
    renderApp('/board');
    const shipped = await screen.findByRole('button', { name: 'Shipped' });
    expect(shipped.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(shipped);
    await waitFor(() => expect(calls.some((c) => c.url.includes('status=shipped'))).toBe(true));
    expect(screen.getByRole('button', { name: 'Shipped' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('lets a signed-in customer vote with a toggle button, updates the count and announces it', async () => {
    const viewer = { voted: false, following: false, hasLinkedFeedback: false };
    const calls = mockFetch({
      'GET /api/board/initiatives': { status: 200, body: { initiatives: [summary({ viewer })], signedIn: true } },
      [`PUT /api/board/initiatives/${ID}/vote`]: {
        status: 200,
        body: { initiativeId: ID, votes: 5, followers: 2, viewer: { ...viewer, voted: true } } satisfies BoardActionResult,
      },
    });
    renderApp('/board');

    const vote = await screen.findByRole('button', { name: 'Vote for Faster baggage delivery (4 votes)' });
    expect(vote.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(vote);

    const pressed = await screen.findByRole('button', { name: 'Vote for Faster baggage delivery (5 votes)' });
    expect(pressed.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Vote recorded for Faster baggage delivery: 5 votes.');
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'My portal' })).toBeTruthy();
  });

  it('keeps the vote of a customer whose feedback is linked: pressing it sends nothing', async () => {
    const calls = mockFetch({
      'GET /api/board/initiatives': {
        status: 200,
        body: { initiatives: [summary({ viewer: { voted: true, following: false, hasLinkedFeedback: true } })], signedIn: true },
      },
    });
    renderApp('/board');
    const vote = await screen.findByRole('button', { name: 'Vote for Faster baggage delivery (4 votes)' });
    expect(vote.getAttribute('aria-pressed')).toBe('true');
    expect(vote.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(vote);
    expect(screen.getByText('Your feedback counts as your vote')).toBeTruthy();
    expect(calls.some((c) => c.method !== 'GET')).toBe(false);
  });
});
