import type { BoardCommentStatus, InitiativeStatus } from '@fullcircle/shared';

/** Seeded like the other demo data, so every fresh database gets the same votes and comments. */
export const DEMO_INITIATIVES_SEED = 20_261_202;

export interface DemoInitiativeComment {
  body: string;
  status: Extract<BoardCommentStatus, 'approved' | 'pending'>;
  daysAgo: number;
}

/**
 * One improvement of the demo organisation. Written for the demo (not taken from any data set);
 * `matches` are ILIKE patterns on the generated demo feedback's text, picking the voices it answers.
 */
export interface DemoInitiative {
  title: string;
  problem: string;
  status: InitiativeStatus;
  departmentSlugs: string[];
  /** A fixed demo login's email; null: the owner of the first department. */
  ownerEmail: string | null;
  /** A default enrichment topic id, so the before/after KPIs follow the demo feedback. */
  topic: string | null;
  isPublic: boolean;
  createdDaysAgo: number;
  targetInDays: number | null;
  matches: string[];
  maxLinks: number;
  votes: number;
  follows: number;
  comments: DemoInitiativeComment[];
  /** Shipped or declined: what customers are told, and how long ago. */
  outcome?: { note: string; daysAgo: number };
}

export const DEMO_INITIATIVES: DemoInitiative[] = [
  {
    title: 'Clearer delay notifications',
    problem: 'Customers on delayed flights hear nothing for hours, then miss connections they could have rebooked. They want to know early, and again whenever the estimate moves.',
    status: 'shipped',
    departmentSlugs: ['flight-operations', 'digital-app'],
    ownerEmail: null,
    topic: 'delay',
    isPublic: true,
    createdDaysAgo: 50,
    targetInDays: null,
    matches: ['%told nothing%', '%no hubo información%', '%late departure%', '%delayed three hours%'],
    maxLinks: 14,
    votes: 6,
    follows: 4,
    comments: [
      { body: 'Got a text 40 minutes before the gate change last week. That is exactly what I wanted.', status: 'approved', daysAgo: 12 },
      { body: 'Please also say whether my connection is still safe, not just the new departure time.', status: 'approved', daysAgo: 30 },
      { body: 'Still nothing on my flight yesterday, the app showed "on time" until we boarded two hours late.', status: 'pending', daysAgo: 1 },
    ],
    outcome: {
      note: 'Since this month you get a message as soon as your flight is delayed by 15 minutes or more, and again every time the estimate changes, in the channel you chose.',
      daysAgo: 21,
    },
  },
  {
    title: 'Faster baggage claim at JFK',
    problem: 'Bags arrive late or not at all, and the desk cannot say where they are. Customers wait at the carousel without knowing whether their bag made the connection.',
    status: 'in_progress',
    departmentSlugs: ['baggage'],
    ownerEmail: 'owner@demo.fullcircle.test',
    topic: 'baggage',
    isPublic: true,
    createdDaysAgo: 40,
    targetInDays: 30,
    matches: ['%suitcase%', '%valise%', '%carousel%'],
    maxLinks: 14,
    votes: 8,
    follows: 3,
    comments: [
      { body: 'Waited 50 minutes at the carousel in February. A simple "your bag is on the next flight" would have saved me the wait.', status: 'approved', daysAgo: 9 },
      { body: 'Will this cover connecting bags too?', status: 'pending', daysAgo: 2 },
    ],
  },
  {
    title: 'Rebooking in the app',
    problem: 'After a missed connection the only way to rebook is the phone line or the transfer desk. Customers want to pick the next flight in the app themselves.',
    status: 'planned',
    departmentSlugs: ['digital-app'],
    ownerEmail: null,
    topic: 'booking',
    isPublic: true,
    createdDaysAgo: 25,
    targetInDays: 75,
    matches: ['%missed my connection%', '%app crashed%'],
    maxLinks: 10,
    votes: 5,
    follows: 2,
    comments: [
      { body: 'Yes please. I spent an hour on hold while the desk queue was 200 people long.', status: 'approved', daysAgo: 6 },
      { body: 'Make sure it works offline, the airport wifi is useless.', status: 'pending', daysAgo: 0 },
    ],
  },
  {
    title: 'Miles credited within 48 hours',
    problem: 'Miles from a trip often never appear, and asking about them means a long wait on the phone.',
    status: 'proposed',
    departmentSlugs: ['loyalty'],
    ownerEmail: null,
    topic: 'customer_service',
    isPublic: true,
    createdDaysAgo: 10,
    targetInDays: null,
    matches: ['%miles%'],
    maxLinks: 8,
    votes: 3,
    follows: 1,
    comments: [{ body: 'My miles from March are still missing.', status: 'pending', daysAgo: 3 }],
  },
  {
    title: 'Phone rebooking desk at connecting airports',
    problem: 'Customers who miss a connection asked for a dedicated phone line at the transfer airport.',
    status: 'declined',
    departmentSlugs: ['customer-care'],
    ownerEmail: null,
    topic: 'delay',
    isPublic: true,
    createdDaysAgo: 35,
    targetInDays: null,
    matches: ['%missed my connection%'],
    maxLinks: 5,
    votes: 2,
    follows: 1,
    comments: [],
    outcome: {
      note: 'We are not opening a separate phone desk: rebooking in the app will let you choose your next flight yourself, without waiting in any queue.',
      daysAgo: 14,
    },
  },
  {
    title: 'Service refresher for cabin crew',
    problem: 'A few customers describe crew as dismissive when asked for help, while many praise them. Internal: coaching, not a public promise.',
    status: 'proposed',
    departmentSlugs: ['flight-operations'],
    ownerEmail: null,
    topic: 'staff_attitude',
    isPublic: false,
    createdDaysAgo: 5,
    targetInDays: null,
    matches: ['%rude%'],
    maxLinks: 6,
    votes: 0,
    follows: 0,
    comments: [],
  },
];
