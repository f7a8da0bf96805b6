import type { FeedKind } from '@fullcircle/shared';

/** Who an entry is by or about: a fixed demo login's email, so the seed finds them in any fresh database. */
export interface DemoFeedEntry {
  kind: FeedKind;
  /** A demo department's slug; null: company-wide. */
  departmentSlug: string | null;
  title: string;
  body: string;
  authorEmail: string | null;
  personEmail: string | null;
  daysAgo: number;
}

/** What a new user's feed shows on the first start: the kinds of word the loop produces, as colleagues would write it. */
export const DEMO_FEED: DemoFeedEntry[] = [
  {
    kind: 'announcement',
    departmentSlug: null,
    title: 'This quarter: every detractor hears back within 48 hours',
    body: 'We close the loop on every negative item and every NPS 0–6 within two days, in the customer’s own channel. The inbox sorts by SLA; the feed shows what we learn on the way.',
    authorEmail: 'exec@demo.fullcircle.test',
    personEmail: null,
    daysAgo: 6,
  },
  {
    kind: 'process_change',
    departmentSlug: 'baggage',
    title: 'Transfer bags at JFK are scanned twice',
    body: 'Twelve customers told us their bags missed the connection at JFK. Bags now get a second scan at the transfer belt, and the desk can see that scan in the tracing tool.',
    authorEmail: 'owner@demo.fullcircle.test',
    personEmail: null,
    daysAgo: 4,
  },
  {
    kind: 'lesson',
    departmentSlug: 'baggage',
    title: 'Lesson: give the file reference in the first reply',
    body: 'Customers who got their property irregularity reference in our first answer wrote back half as often. The “Apology and fix” template now includes it.',
    authorEmail: 'owner@demo.fullcircle.test',
    personEmail: null,
    daysAgo: 3,
  },
  {
    kind: 'recognition',
    departmentSlug: 'baggage',
    title: 'Milo Member got a thank-you from a customer',
    body: '“Milo found my suitcase in Madrid and had it at my hotel the same night. Thank you!” (CSAT 5)',
    authorEmail: null,
    personEmail: 'member@demo.fullcircle.test',
    daysAgo: 2,
  },
  {
    kind: 'process_change',
    departmentSlug: 'flight-operations',
    title: 'Rebooking opens before the cancellation is announced',
    body: 'During the last storm customers waited 40 minutes for a rebooking. Agents now get the passenger list as soon as a cancellation is likely, and rebook in the app first.',
    authorEmail: null,
    personEmail: null,
    daysAgo: 1,
  },
];
