import { faker } from '@faker-js/faker/locale/en';
import { DEMO_LOGINS, type Role } from '@fullcircle/shared';

/** Airline-flavoured, because the demo feedback data set is airline feedback. */
export const DEMO_DEPARTMENTS = [
  { slug: 'customer-care', name: 'Customer Care', description: 'Bookings, refunds and everything the contact centre handles' },
  { slug: 'baggage', name: 'Baggage', description: 'Delayed, damaged and lost bags' },
  { slug: 'flight-operations', name: 'Flight Operations', description: 'Delays, cancellations, crew and service on board' },
  { slug: 'digital-app', name: 'Digital & App', description: 'Website, mobile app, online check-in and booking' },
  { slug: 'loyalty', name: 'Loyalty', description: 'Frequent-flyer programme, miles and status' },
] as const;

export interface DemoPerson {
  email: string;
  name: string;
  role: Role;
  departmentSlugs: readonly string[];
}

const SEED = 20_261_125;
const MEMBERS_PER_DEPARTMENT = 2;

/**
 * The fixed demo logins plus generated staff: an owner for every department without one and a
 * few members each. Seeded faker, so every fresh database gets the same people.
 */
export function demoStaff(): DemoPerson[] {
  faker.seed(SEED);
  const fixed: DemoPerson[] = Object.values(DEMO_LOGINS);
  const taken = new Set(fixed.map((p) => p.email));
  const person = (role: Role, departmentSlug: string): DemoPerson => {
    const first = faker.person.firstName();
    const last = faker.person.lastName();
    const base = `${first}.${last}`.normalize('NFKD').toLowerCase().replace(/[^a-z.]/g, '');
    let email = `${base}@demo.fullcircle.test`;
    for (let n = 2; taken.has(email); n++) email = `${base}${n}@demo.fullcircle.test`;
    taken.add(email);
    return { email, name: `${first} ${last}`, role, departmentSlugs: [departmentSlug] };
  };
  const owned = new Set(fixed.filter((p) => p.role === 'owner').flatMap((p) => p.departmentSlugs));
  const generated: DemoPerson[] = [];
  for (const { slug } of DEMO_DEPARTMENTS) {
    if (!owned.has(slug)) generated.push(person('owner', slug));
    for (let i = 0; i < MEMBERS_PER_DEPARTMENT; i++) generated.push(person('member', slug));
  }
  return [...fixed, ...generated];
}
