import type { Role } from '@fullcircle/shared';
import { cleanup, screen, within } from '@testing-library/react';
import { mockFetch } from '../test/mock-fetch';
import { sessionUser } from '../test/fixtures';
import { renderApp } from '../test/render-app';

async function navFor(role: Role) {
  mockFetch({ 'GET /api/auth/me': { status: 200, body: sessionUser(role) } });
  renderApp('/account');
  return within(await screen.findByRole('navigation', { name: 'Main' }));
}

const SECTIONS = ['Settings', 'Dashboard', 'Inbox', 'Feed', 'Customers', 'Communications', 'Mailbox'] as const;

describe('SidebarNav', () => {
  it.each([
    ['admin', ['Inbox', 'Feed', 'Customers', 'Communications', 'Mailbox', 'Settings']],
    ['executive', ['Dashboard', 'Inbox', 'Feed', 'Customers', 'Communications', 'Mailbox']],
    ['owner', ['Inbox', 'Feed', 'Customers', 'Communications', 'Mailbox']],
    ['member', ['Inbox', 'Feed', 'Customers', 'Mailbox']],
  ] as const)('shows %s only the sections they can use, plus Account', async (role, expected) => {
    const nav = await navFor(role);

    for (const name of SECTIONS) {
      if ((expected as readonly string[]).includes(name)) expect(nav.getByRole('link', { name })).toBeTruthy();
      else expect(nav.queryByRole('link', { name })).toBeNull();
    }
    expect(nav.getByRole('link', { name: 'Account' }).getAttribute('href')).toBe('/account');
  });

  it.each(['admin', 'executive', 'owner', 'member'] as const)('links %s to the customers list', async (role) => {
    const nav = await navFor(role);
    expect(nav.getByRole('link', { name: 'Customers' }).getAttribute('href')).toBe('/customers');
  });

  it('gives admins Users, Departments, Channels and Audit log, and plain links to the queue dashboard and API docs', async () => {
    const nav = await navFor('admin');

    expect(nav.getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe('/settings/users');
    expect(nav.getByRole('link', { name: 'Users' }).getAttribute('href')).toBe('/settings/users');
    expect(nav.getByRole('link', { name: 'Departments' }).getAttribute('href')).toBe('/settings/departments');
    expect(nav.getByRole('link', { name: 'Channels' }).getAttribute('href')).toBe('/settings/channels');
    expect(nav.getByRole('link', { name: 'Audit log' }).getAttribute('href')).toBe('/settings/audit');
    const queues = nav.getByRole('link', { name: 'Queues' });
    expect(queues.getAttribute('href')).toBe('/admin/queues');
    expect(queues.getAttribute('target')).toBeNull();
    expect(nav.getByRole('link', { name: 'API docs' }).getAttribute('href')).toBe('/api/docs');
  });

  it("puts the role's own work first, then Customers and Routing", async () => {
    const links = (await navFor('owner')).getAllByRole('link').map((l) => l.textContent);
    expect(links).toEqual(['Inbox', 'Feed', 'Customers', 'Initiatives', 'Surges', 'Routing', 'Communications', 'Templates', 'Contact rules', 'Board moderation', 'Mailbox', 'Account']);
  });

  it('sends owners to templates and executives to the contact rules they may read', async () => {
    expect((await navFor('owner')).getByRole('link', { name: 'Communications' }).getAttribute('href')).toBe('/communications/templates');
    cleanup();
    expect((await navFor('executive')).getByRole('link', { name: 'Communications' }).getAttribute('href')).toBe('/communications/settings');
  });

  it.each(['admin', 'executive', 'owner', 'member'] as const)('links %s to the development mailbox and the feed', async (role) => {
    const nav = await navFor(role);
    expect(nav.getByRole('link', { name: 'Mailbox' }).getAttribute('href')).toBe('/mailbox');
    expect(nav.getByRole('link', { name: 'Feed' }).getAttribute('href')).toBe('/feed');
  });

  it('marks the current section', async () => {
    const nav = await navFor('member');
    expect(nav.getByRole('link', { name: 'Account' }).getAttribute('aria-current')).toBe('page');
    expect(nav.getByRole('link', { name: 'Inbox' }).getAttribute('aria-current')).toBeNull();
  });
});
