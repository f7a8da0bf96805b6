import type { FeedEntryDto, FeedKind, SessionUser } from '@fullcircle/shared';

/** The columns a FeedEntryDto is built from; `created_key` keeps microseconds for the cursor. */
export const FEED_ENTRY_COLUMNS = `f.id, f.kind, f.department_id, d.name AS department_name, f.title, f.body, f.case_id, conv.reference AS case_reference,
  f.person_id, p.name AS person_name, f.author_id, a.name AS author_name, f.created_at, f.created_at::text AS created_key`;

export const FEED_ENTRY_JOINS = `FROM feed_entry f
  LEFT JOIN department d ON d.id = f.department_id
  LEFT JOIN cases c ON c.id = f.case_id
  LEFT JOIN conversation conv ON conv.id = c.conversation_id
  LEFT JOIN app_user p ON p.id = f.person_id
  LEFT JOIN app_user a ON a.id = f.author_id`;

export interface FeedEntryRow {
  id: string;
  kind: FeedKind;
  department_id: string | null;
  department_name: string | null;
  title: string;
  body: string;
  case_id: string | null;
  case_reference: string | null;
  person_id: string | null;
  person_name: string | null;
  author_id: string | null;
  author_name: string | null;
  created_at: Date;
  created_key: string;
}

/** Who reads everything: admins and executives. Everyone else: company-wide plus their departments'. */
export function readsWholeFeed(user: Pick<SessionUser, 'role'>): boolean {
  return user.role === 'admin' || user.role === 'executive';
}

/** SQL condition on `f` for the entries `user` may read; adds its parameter (their department ids) to `params`. */
export function feedVisibility(user: Pick<SessionUser, 'role' | 'departmentIds'>, params: unknown[]): string {
  if (readsWholeFeed(user)) return 'TRUE';
  params.push(user.departmentIds);
  return `(f.department_id IS NULL OR f.department_id = ANY($${params.length}::uuid[]))`;
}

export function toFeedEntryDto(r: FeedEntryRow): FeedEntryDto {
  const ref = (id: string | null, name: string | null) => (id && name ? { id, name } : null);
  return {
    id: r.id,
    kind: r.kind,
    department: ref(r.department_id, r.department_name),
    title: r.title,
    body: r.body,
    caseId: r.case_id,
    caseReference: r.case_reference,
    person: ref(r.person_id, r.person_name),
    author: ref(r.author_id, r.author_name),
    createdAt: r.created_at.toISOString(),
  };
}
