import type { Role } from '@fullcircle/shared';
import { Contact, Inbox, Lightbulb, LayoutDashboard, Mail, MessageSquareText, MessagesSquare, Newspaper, Settings, TrendingUp, UserRound, Workflow, type LucideIcon } from 'lucide-react';

export type InternalPath =
  | '/settings/users'
  | '/settings/departments'
  | '/settings/channels'
  | '/settings/audit'
  | '/settings/models'
  | '/settings/sla'
  | '/routing/rules'
  | '/dashboard'
  | '/inbox'
  | '/customers'
  | '/initiatives'
  | '/feed'
  | '/surges'
  | '/board-moderation'
  | '/mailbox'
  | '/communications/templates'
  | '/communications/settings'
  | '/account';

export interface NavSubItem {
  label: string;
  /** An in-app route... */
  to?: InternalPath;
  /** ...or a page served by the API (bull-board, OpenAPI docs): a plain link, same tab. */
  href?: string;
}

export interface NavItem {
  /** Exactly the accessible name of the link; browser tests find links by it. */
  label: 'Settings' | 'Dashboard' | 'Inbox' | 'Customers' | 'Initiatives' | 'Routing' | 'Feed' | 'Surges' | 'Board moderation' | 'Communications' | 'Mailbox' | 'Account';
  to: InternalPath;
  icon: LucideIcon;
  /** Routes whose paths start with this prefix mark the item active. */
  activePrefix: string;
  children?: NavSubItem[];
}

const SETTINGS: NavItem = {
  label: 'Settings',
  to: '/settings/users',
  activePrefix: '/settings',
  icon: Settings,
  children: [
    { label: 'Users', to: '/settings/users' },
    { label: 'Departments', to: '/settings/departments' },
    { label: 'Channels', to: '/settings/channels' },
    { label: 'SLA policies', to: '/settings/sla' },
    { label: 'Models', to: '/settings/models' },
    { label: 'Audit log', to: '/settings/audit' },
    { label: 'Queues', href: '/admin/queues' },
    { label: 'API docs', href: '/api/docs' },
  ],
};
const DASHBOARD: NavItem = { label: 'Dashboard', to: '/dashboard', activePrefix: '/dashboard', icon: LayoutDashboard };
const INBOX: NavItem = { label: 'Inbox', to: '/inbox', activePrefix: '/inbox', icon: Inbox };
const CUSTOMERS: NavItem = { label: 'Customers', to: '/customers', activePrefix: '/customers', icon: Contact };
// Admins and department owners both keep routing rules (owners only their departments' ones).
const ROUTING: NavItem = { label: 'Routing', to: '/routing/rules', activePrefix: '/routing', icon: Workflow };
// Every staff role reads initiatives; owners and admins run them, members link items from their cases.
const INITIATIVES: NavItem = { label: 'Initiatives', to: '/initiatives', activePrefix: '/initiatives', icon: Lightbulb };
// Surges and their incidents: owners of the topic's departments, executives and admins answer them.
const SURGES: NavItem = { label: 'Surges', to: '/surges', activePrefix: '/surges', icon: TrendingUp };
const FEED: NavItem = { label: 'Feed', to: '/feed', activePrefix: '/feed', icon: Newspaper };
// Customers' comments on the public board wait here for an owner or admin.
const BOARD_MODERATION: NavItem = { label: 'Board moderation', to: '/board-moderation', activePrefix: '/board-moderation', icon: MessagesSquare };
// The development mailbox: what the product sent while no SMTP relay or SMS provider is configured.
const MAILBOX: NavItem = { label: 'Mailbox', to: '/mailbox', activePrefix: '/mailbox', icon: Mail };
const COMMUNICATIONS: NavItem = {
  label: 'Communications',
  to: '/communications/templates',
  activePrefix: '/communications',
  icon: MessageSquareText,
  children: [
    { label: 'Templates', to: '/communications/templates' },
    { label: 'Contact rules', to: '/communications/settings' },
  ],
};
// Executives read the contact rules; templates are for those who reply.
const COMMUNICATIONS_READ: NavItem = { label: 'Communications', to: '/communications/settings', activePrefix: '/communications', icon: MessageSquareText };
export const ACCOUNT_NAV: NavItem = { label: 'Account', to: '/account', activePrefix: '/account', icon: UserRound };

/**
 * Only sections that work today; every role also gets Account (rendered apart, at the bottom).
 * Customers is for every role: whoever handles or reads about a customer sees their whole history (P2).
 * Admins and executives get the Inbox too: every department's cases, for triage and drill-down.
 */
export const NAVIGATION_BY_ROLE: Record<Role, NavItem[]> = {
  admin: [INBOX, FEED, CUSTOMERS, INITIATIVES, SURGES, ROUTING, COMMUNICATIONS, BOARD_MODERATION, MAILBOX, SETTINGS],
  executive: [DASHBOARD, INBOX, FEED, CUSTOMERS, INITIATIVES, SURGES, COMMUNICATIONS_READ, MAILBOX],
  owner: [INBOX, FEED, CUSTOMERS, INITIATIVES, SURGES, ROUTING, COMMUNICATIONS, BOARD_MODERATION, MAILBOX],
  member: [INBOX, FEED, CUSTOMERS, INITIATIVES, MAILBOX],
};

export function navigationFor(role: Role): NavItem[] {
  return NAVIGATION_BY_ROLE[role];
}
