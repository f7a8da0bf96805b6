import type { ListCasesParams, SessionUser } from '@fullcircle/shared';
import { listCasesQuerySchema } from '@fullcircle/shared';
import { buildCaseListQuery, decodeCursor, encodeCursor, slaRiskCondition } from './case-list-query';

const owner: SessionUser = { id: '00000000-0000-4000-8000-000000000001', email: 'o@example.com', name: 'Olga', role: 'owner', departmentIds: ['00000000-0000-4000-8000-00000000000d'] };
const member: SessionUser = { ...owner, role: 'member' };
const query = (input: Record<string, unknown> = {}): ListCasesParams => listCasesQuerySchema.parse(input);

/** The value bound to a placeholder such as `$3` or `$3::uuid` found after `prefix` in the SQL. */
function boundAfter(page: ReturnType<typeof buildCaseListQuery>, prefix: string): unknown {
  const at = page.where.indexOf(prefix);
  expect(at).toBeGreaterThanOrEqual(0);
  const match = /\$(\d+)/.exec(page.where.slice(at + prefix.length));
  return page.params[Number(match![1]) - 1];
}

describe(buildCaseListQuery.name, () => {
  it('filters on the first item’s sentiment and topic and on the customer’s segment, each value bound as a parameter', () => {
    const page = buildCaseListQuery(owner, query({ sentiment: 'negative', topic: 'baggage', segment: 'Frequent flyer' }), null);
    expect(boundAfter(page, 'f.sentiment = ')).toBe('negative');
    expect(page.where).toMatch(/\$\d+ = ANY\(f\.topics\)/);
    expect(page.params).toContain('baggage');
    expect(boundAfter(page, 'lower(cu.segment) = lower(')).toBe('Frequent flyer');
    expect(page.where).not.toContain('Frequent flyer');
  });

  it('finds unassigned cases with assigneeId=none and a colleague’s cases by id', () => {
    expect(buildCaseListQuery(owner, query({ assigneeId: 'none' }), null).where).toContain('c.assignee_id IS NULL');
    const colleague = '00000000-0000-4000-8000-0000000000aa';
    const page = buildCaseListQuery(owner, query({ assigneeId: colleague }), null);
    expect(boundAfter(page, 'c.assignee_id = ')).toBe(colleague);
    expect(page.where).not.toContain('c.assignee_id IS NULL');
  });

  it('searches words through the full-text index expression, the exact reference, or part of the customer’s name or address', () => {
    const page = buildCaseListQuery(owner, query({ q: 'lost bag 50%' }), null);
    // must repeat feedback_text_search_idx's expression exactly, or PostgreSQL cannot use the index
    expect(page.where).toContain(`to_tsvector('simple', coalesce(sf.subject, '') || ' ' || sf.text) @@ websearch_to_tsquery('simple', `);
    expect(boundAfter(page, `websearch_to_tsquery('simple', `)).toBe('lost bag 50%');
    expect(boundAfter(page, 'sv.reference = ')).toBe('LOST BAG 50%');
    expect(boundAfter(page, 'su.name ILIKE ')).toBe('%lost bag 50\\%%');
    expect(boundAfter(page, 'si.value ILIKE ')).toBe('%lost bag 50\\%%');
    // one uncorrelated set of ids, computed once (an InitPlan): the matches first, not a test per case or per parallel worker
    expect(page.where).toMatch(/c\.id = ANY\(ARRAY\(SELECT ci\.case_id .* UNION SELECT sc\.id .* UNION SELECT sc\.id /s);
  });

  it('keeps the SLA order keys the inbox indexes are built on, and pages after a cursor', () => {
    const cursor = decodeCursor(encodeCursor(['2026-12-01T10:00:00.000Z', '2026-11-30T10:00:00.000Z', owner.id]), 3);
    const page = buildCaseListQuery(member, query({ slaRisk: 'at_risk' }), cursor);
    expect(page.orderBy).toBe(`coalesce(c.sla_due_at, 'infinity'::timestamptz) ASC, c.opened_at ASC, c.id ASC`);
    expect(page.where).toMatch(/\(coalesce\(c\.sla_due_at, 'infinity'::timestamptz\), c\.opened_at, c\.id\) > \(\$\d+::timestamptz, \$\d+::timestamptz, \$\d+::uuid\)/);
    // a member: their department's cases that are theirs or nobody's, or granted
    expect(page.where).toContain('(c.assignee_id IS NULL OR c.assignee_id = ');
    expect(page.where).toContain('case_grant');
  });

  it('numbers its placeholders in the order of its parameters', () => {
    const page = buildCaseListQuery(member, query({ view: 'mine', q: 'x', topic: 't', assigneeId: 'none', slaRisk: 'breached', sentiment: 'neutral' }), null);
    const highest = Math.max(...[...`${page.where} ${page.limitParam}`.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
    expect(highest).toBe(page.params.length);
  });
});

describe(slaRiskCondition.name, () => {
  it('counts a working, unbreached case as at risk near its due time or past its current target’s warning', () => {
    const atRisk = slaRiskCondition('at_risk');
    expect(atRisk).toContain('c.breached_at IS NULL');
    expect(atRisk).toContain(`c.sla_due_at <= now() + interval '2 hours'`);
    expect(atRisk).toContain(`c.sla_plan->'steps'->>'first_response_warning'`);
    expect(atRisk).toContain(`c.sla_plan->'steps'->>'resolution_warning'`);
    expect(slaRiskCondition('breached')).toBe('c.breached_at IS NOT NULL');
    expect(slaRiskCondition('ok')).toMatch(/^\(c\.breached_at IS NULL AND NOT \(/);
  });
});
