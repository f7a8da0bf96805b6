import type { NotificationDto } from '@fullcircle/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { casePage, DEPARTMENTS, sessionUser } from '../../../test/fixtures';
import { mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

const MENTION: NotificationDto = {
  id: 'b1b1b1b1-0000-4c1b-9d55-8c4a8f0d0001',
  kind: 'mention',
  title: 'Ana Owner mentioned you on FC-7K3M9QX2',
  body: '@Sam can you call her?',
  caseId: 'ca5e0000-0000-4c1b-9d55-8c4a8f0d0001',
  caseReference: 'FC-7K3M9QX2',
  actor: { id: '0b7a4f0e-3333-4c1b-9d55-8c4a8f0b3333', name: 'Ana Owner' },
  createdAt: new Date().toISOString(),
  readAt: null,
};
const OLD: NotificationDto = { ...MENTION, id: 'b1b1b1b1-0000-4c1b-9d55-8c4a8f0d0002', kind: 'assigned', title: 'FC-OLD00001 was assigned to you', readAt: new Date().toISOString() };

describe('NotificationsBell', () => {
  it('shows the unread count, lists notifications linking to their cases and marks all read', async () => {
    let unread = 3;
    const calls = mockFetch({
      'GET /api/auth/me': { status: 200, body: sessionUser('member', [DEPARTMENTS[0].id]) },
      'GET /api/org/departments': { status: 200, body: DEPARTMENTS },
      'GET /api/cases': { status: 200, body: casePage([]) },
      'GET /api/cases/views': { status: 200, body: [] },
      'GET /api/communications/notifications': () => ({ status: 200, body: { notifications: unread ? [MENTION, OLD] : [{ ...MENTION, readAt: new Date().toISOString() }, OLD], unread } }),
      'POST /api/communications/notifications/read': () => {
        unread = 0;
        return { status: 204 };
      },
    });
    renderApp('/inbox');

    const bell = await screen.findByRole('button', { name: 'Notifications, 3 unread' });
    expect(within(bell).getByTestId('unread-count').textContent).toBe('3');

    fireEvent.click(bell);
    const panel = within(await screen.findByRole('dialog', { name: 'Notifications' }));
    const link = panel.getByRole('link', { name: /Ana Owner mentioned you/ });
    expect(link.getAttribute('href')).toBe(`/cases/${MENTION.caseId}`);
    expect(panel.getAllByLabelText('Unread')).toHaveLength(1);

    fireEvent.click(panel.getByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeTruthy();
    expect(screen.queryByTestId('unread-count')).toBeNull();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/communications/notifications/read');
    expect(JSON.parse(String(post?.init?.body))).toEqual({});
    await waitFor(() => expect(panel.queryAllByLabelText('Unread')).toHaveLength(0));
  });
});
