import type { ActionKind, ActionStatus, CaseActionDto, CaseNoteDto } from '@fullcircle/shared';

/** A note with its author's and mentioned colleagues' current names (see NOTE_ROWS_SQL). */
export interface NoteRow {
  id: string;
  body: string;
  author_id: string | null;
  author_name: string | null;
  mentions: { id: string; name: string }[];
  created_at: Date;
}

/** An action with its owner's and creator's current names (see ACTION_ROWS_SQL). */
export interface ActionRow {
  id: string;
  kind: ActionKind;
  description: string;
  owner_id: string | null;
  owner_name: string | null;
  due_date: string | null;
  status: ActionStatus;
  created_by_id: string | null;
  created_by_name: string | null;
  created_at: Date;
  completed_at: Date | null;
}

/** `WHERE` is appended by the caller (`n.case_id = $1` or `n.id = $1`). */
export const NOTE_ROWS_SQL = `
  SELECT n.id, n.body, n.author_id, a.name AS author_name, n.created_at,
    coalesce((SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY array_position(n.mentions, u.id))
                FROM app_user u WHERE u.id = ANY(n.mentions)), '[]'::json) AS mentions
  FROM case_note n LEFT JOIN app_user a ON a.id = n.author_id`;

export const ACTION_ROWS_SQL = `
  SELECT x.id, x.kind, x.description, x.owner_id, o.name AS owner_name, x.due_date::text AS due_date, x.status,
    x.created_by_id, cb.name AS created_by_name, x.created_at, x.completed_at
  FROM case_action x LEFT JOIN app_user o ON o.id = x.owner_id LEFT JOIN app_user cb ON cb.id = x.created_by_id`;

const ref = (id: string | null, name: string | null) => (id ? { id, name: name ?? 'someone no longer here' } : null);

export function toCaseNoteDto(row: NoteRow): CaseNoteDto {
  return { id: row.id, body: row.body, author: ref(row.author_id, row.author_name), mentions: row.mentions, createdAt: row.created_at.toISOString() };
}

/** `today` as YYYY-MM-DD: an open action past its due date is overdue. */
export function toCaseActionDto(row: ActionRow, today = new Date().toISOString().slice(0, 10)): CaseActionDto {
  return {
    id: row.id,
    kind: row.kind,
    description: row.description,
    owner: ref(row.owner_id, row.owner_name),
    dueDate: row.due_date,
    status: row.status,
    overdue: row.status === 'open' && row.due_date !== null && row.due_date < today,
    createdBy: ref(row.created_by_id, row.created_by_name),
    createdAt: row.created_at.toISOString(),
    completedAt: row.completed_at ? row.completed_at.toISOString() : null,
  };
}
