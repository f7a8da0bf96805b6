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
  // Uncorrelated, so PostgreSQL runs it once and probes a hash per row (a correlated EXISTS ran once per case: 80k probes counting the tabs).
  const granted = `c.id IN (SELECT g.case_id FROM case_grant g WHERE g.user_id = ${me})`;
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

/** How long before an SLA target a case counts as at risk even when its policy warns later. */
export const AT_RISK_WITHIN = '2 hours';

// The warning instant of the target the case is working towards now (first response until met, then resolution).
const CURRENT_WARNING = `(CASE WHEN c.first_responded_at IS NULL THEN c.sla_plan->'steps'->>'first_response_warning' ELSE c.sla_plan->'steps'->>'resolution_warning' END)::timestamptz`;
// coalesce: a plan without a warning instant must read as false, not unknown (NOT of unknown would hide the case from `ok`).
const AT_RISK = `(c.sla_due_at IS NOT NULL AND (c.sla_due_at <= now() + interval '${AT_RISK_WITHIN}' OR coalesce(${CURRENT_WARNING} <= now(), false)))`;

/**
 * `breached`: a target was missed. `at_risk`: a working case, not breached, whose clock runs and
 * whose current target is within AT_RISK_WITHIN or past its policy's warning instant. `ok`: neither.
 */
export function slaRiskCondition(risk: NonNullable<Query['slaRisk']>): string {
  switch (risk) {
    case 'breached':
      return 'c.breached_at IS NOT NULL';
    case 'at_risk':
      return `(c.status IN (${WORKING}) AND c.breached_at IS NULL AND ${AT_RISK})`;
    case 'ok':
      return `(c.breached_at IS NULL AND NOT (c.status IN (${WORKING}) AND ${AT_RISK}))`;
  }
}

/**
 * Words in any order in any of the case's items (through the GIN index feedback_text_search_idx,
 * whose expression this repeats exactly), or the reference, or part of the customer's name or
 * address. One uncorrelated set of case ids, so PostgreSQL finds the few matches first and sorts
 * them, instead of walking the inbox order testing each case (a rare word meant the whole inbox).
 */
export function searchCondition(q: string, param: (value: unknown, cast?: string) => string): string {
  const words = param(q);
  const like = param(`%${escapeLike(q)}%`);
  const reference = param(q.toUpperCase());
  const byText = `SELECT ci.case_id FROM feedback sf JOIN case_item ci ON ci.feedback_id = sf.id
    WHERE to_tsvector('simple', coalesce(sf.subject, '') || ' ' || sf.text) @@ websearch_to_tsquery('simple', ${words})`;
  const byReference = `SELECT sc.id FROM cases sc JOIN conversation sv ON sv.id = sc.conversation_id WHERE sv.reference = ${reference}`;
  const byCustomer = `SELECT sc.id FROM cases sc WHERE sc.customer_id IN (
    SELECT su.id FROM customer su WHERE su.name ILIKE ${like} UNION SELECT si.customer_id FROM customer_identity si WHERE si.value ILIKE ${like})`;
  // ARRAY(...) makes it an InitPlan, computed once; as IN (...) each parallel worker built the set again.
  return `c.id = ANY(ARRAY(${byText} UNION ${byReference} UNION ${byCustomer}))`;
}

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
  if (query.sentiment) where.push(`f.sentiment = ${param(query.sentiment)}`);
  if (query.topic) where.push(`${param(query.topic)} = ANY(f.topics)`);
  if (query.assigneeId === 'none') where.push('c.assignee_id IS NULL');
  else if (query.assigneeId) where.push(`c.assignee_id = ${param(query.assigneeId, 'uuid')}`);
  if (query.segment) where.push(`lower(cu.segment) = lower(${param(query.segment)})`);
  if (query.slaRisk) where.push(slaRiskCondition(query.slaRisk));
  if (query.q) where.push(searchCondition(query.q, param));
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
