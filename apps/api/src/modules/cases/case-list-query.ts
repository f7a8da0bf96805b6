import type { ListCasesParams, SessionUser } from '@fullcircle/shared';
import { OPEN_STATUSES_SQL } from './case-status';

type Query = ListCasesParams;

interface SortSpec {
  /** SQL expressions, all ascending, the last one unique (the id). */
  keys: string[];
  /** How to cast each key back from its text form in a cursor. */
  casts: string[];
}

const PRIORITY_RANK = `(CASE c.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END)`;

// Every key ascending so that one row comparison pages through them (keyset pagination).
const SORTS: Record<Query['sort'], SortSpec> = {
  sla: { keys: [`coalesce(c.sla_due_at, 'infinity'::timestamptz)`, 'c.opened_at', 'c.id'], casts: ['timestamptz', 'timestamptz', 'uuid'] },
  priority: { keys: [PRIORITY_RANK, 'c.opened_at', 'c.id'], casts: ['int', 'timestamptz', 'uuid'] },
  oldest: { keys: ['c.opened_at', 'c.id'], casts: ['timestamptz', 'uuid'] },
  // newest first: negate the time so the comparison stays ascending
  newest: { keys: [`-extract(epoch FROM c.opened_at)`, `c.id`], casts: ['numeric', 'uuid'] },
};

const WORKING = `'new', 'assigned', 'in_progress', 'waiting_on_customer'`;

/** `userParam` adds the user's id as a query parameter and gives its placeholder (only called when needed: PostgreSQL rejects unused parameters). */
export function viewCondition(view: Query['view'], userParam: () => string): string {
  switch (view) {
    case 'open':
      return `c.status IN (${WORKING})`;
    case 'triage':
      return `c.status = 'triage'`;
    case 'mine':
      return `c.status IN (${OPEN_STATUSES_SQL}) AND c.assignee_id = ${userParam()}`;
    case 'closed':
      return `c.status IN ('resolved', 'closed')`;
    case 'all':
      return 'TRUE';
  }
}

/**
 * Which cases a staff member may see (the SQL twin of canSeeCase): admins and executives all;
 * owners their departments' and the triage queue (they route from it); members their
 * departments' cases assigned to them or to nobody; anyone the cases an @mention granted them.
 */
export function scopeCondition(user: Pick<SessionUser, 'id' | 'role'>, departmentsParam: () => string, userParam: () => string): string {
  if (user.role === 'admin' || user.role === 'executive') return 'TRUE';
  const me = userParam();
  const granted = `EXISTS (SELECT 1 FROM case_grant g WHERE g.case_id = c.id AND g.user_id = ${me})`;
  if (user.role === 'owner') return `(c.department_id = ANY(${departmentsParam()}) OR c.status = 'triage' OR ${granted})`;
  return `((c.department_id = ANY(${departmentsParam()}) AND (c.assignee_id IS NULL OR c.assignee_id = ${me})) OR ${granted})`;
}

/** How many values a cursor of this sort carries. */
export const cursorLength = (sort: Query['sort']) => SORTS[sort].keys.length;

export function encodeCursor(values: string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, expected: number): string[] | null {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(values) && values.length === expected && values.every((v) => typeof v === 'string') ? values : null;
  } catch {
    return null;
  }
}

/** Collects positional parameters; `param` returns the placeholder of the value it adds. */
export function parameters(initial: unknown[] = []) {
  const params: unknown[] = [...initial];
  const param = (value: unknown, cast?: string) => {
    params.push(value);
    return cast ? `$${params.length}::${cast}` : `$${params.length}`;
  };
  return { params, param };
}

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** The SQL of one inbox page: conditions, parameters, order and the keys a cursor needs. */
export function buildCaseListQuery(user: SessionUser, query: Query, cursorValues: string[] | null) {
  const { params, param } = parameters();
  let me: string | null = null;
  const userParam = () => (me ??= param(user.id, 'uuid'));
  const where = [viewCondition(query.view, userParam), scopeCondition(user, () => param(user.departmentIds, 'uuid[]'), userParam)];
  if (query.departmentId) where.push(`c.department_id = ${param(query.departmentId)}`);
  if (query.customerId) where.push(`c.customer_id = ${param(query.customerId, 'uuid')}`);
  if (query.status) where.push(`c.status = ${param(query.status)}`);
  if (query.priority) where.push(`c.priority = ${param(query.priority)}`);
  if (query.channel) where.push(`f.channel = ${param(query.channel)}`);
  if (query.q) {
    const like = param(`%${escapeLike(query.q)}%`);
    where.push(`(f.text ILIKE ${like} OR f.subject ILIKE ${like} OR conv.reference ILIKE ${like} OR cu.name ILIKE ${like})`);
  }
  const sort = SORTS[query.sort];
  if (cursorValues) {
    const placeholders = cursorValues.map((v, i) => `${param(v)}::${sort.casts[i]}`);
    where.push(`(${sort.keys.join(', ')}) > (${placeholders.join(', ')})`);
  }
  return {
    where: where.join(' AND '),
    params,
    orderBy: sort.keys.map((k) => `${k} ASC`).join(', '),
    cursorSelect: sort.keys.map((k, i) => `(${k})::text AS k${i}`).join(', '),
    keyCount: sort.keys.length,
    limitParam: param(query.limit + 1),
  };
}
