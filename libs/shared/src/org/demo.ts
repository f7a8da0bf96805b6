import type { Role } from '../auth/roles';

/** Every demo account shares this password; it is printed at start-up and in the README. */
export const DEMO_PASSWORD = 'fullcircle-demo';

export interface DemoLogin {
  email: string;
  name: string;
  role: Role;
  password: string;
  /** Slugs of the demo departments the account belongs to. */
  departmentSlugs: readonly string[];
}

/** One sign-in per role, created by the demo seed on first start with an empty database. */
export const DEMO_LOGINS = {
  admin: { email: 'admin@demo.fullcircle.test', name: 'Ada Admin', role: 'admin', password: DEMO_PASSWORD, departmentSlugs: [] },
  executive: { email: 'exec@demo.fullcircle.test', name: 'Evan Executive', role: 'executive', password: DEMO_PASSWORD, departmentSlugs: [] },
  owner: { email: 'owner@demo.fullcircle.test', name: 'Olivia Owner', role: 'owner', password: DEMO_PASSWORD, departmentSlugs: ['baggage'] },
  member: {
    email: 'member@demo.fullcircle.test',
    name: 'Milo Member',
    role: 'member',
    password: DEMO_PASSWORD,
    departmentSlugs: ['baggage', 'customer-care'],
  },
} as const satisfies Record<Role, DemoLogin>;
