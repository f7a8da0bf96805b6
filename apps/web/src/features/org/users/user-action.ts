import type { User } from '@fullcircle/shared';

/** What the admin picked from a row's menu; the page opens the matching dialog. */
export type UserAction =
  | { kind: 'role'; user: User }
  | { kind: 'departments'; user: User }
  | { kind: 'deactivate'; user: User }
  | { kind: 'reactivate'; user: User };
