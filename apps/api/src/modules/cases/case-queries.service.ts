import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseDetailDto, CaseEventType, CasePage, ListCasesParams, SessionUser } from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { summariseCaseEvent } from './case-event-summary';
import { buildCaseListQuery, cursorLength, decodeCursor, encodeCursor, parameters, scopeCondition, viewCondition } from './case-list-query';
import { caseAbilities } from './case-permissions';
import { ACTION_ROWS_SQL, type ActionRow, NOTE_ROWS_SQL, type NoteRow, toCaseActionDto, toCaseNoteDto } from './case-work.mapper';
import {
  type CaseRow,
  type EventRow,
  type ItemRow,
  type MessageRow,
  type ResolutionRow,
  toCaseItem,
  toCaseResolution,
  toCaseSla,
  toCaseSummary,
  toOutboundMessage,
} from './cases.mapper';

const SUMMARY_COLUMNS = `
  c.id, conv.reference, c.status, c.priority, c.department_id, d.name AS department_name, c.assignee_id, a.name AS assignee_name,
  c.customer_id, cu.name AS customer_name,
  (SELECT i.value FROM customer_identity i WHERE i.customer_id = c.customer_id AND i.kind = 'email' ORDER BY i.created_at LIMIT 1) AS customer_email,
  f.channel, f.subject, left(f.text, 280) AS excerpt, f.sentiment, f.urgency, f.topics, c.tags, c.item_count, c.routed_by,
  c.sla_due_at, c.breached_at, c.opened_at, c.updated_at,
  c.sla_plan, c.sla_pauses, c.sla_fired, c.first_responded_at, c.resolved_at, c.sla_policy_id, c.routing->'model' AS guess`;

const SUMMARY_FROM = `
  FROM cases c
  JOIN conversation conv ON conv.id = c.conversation_id
  JOIN customer cu ON cu.id = c.customer_id
  JOIN feedback f ON f.id = c.first_feedback_id
  LEFT JOIN department d ON d.id = c.department_id
  LEFT JOIN app_user a ON a.id = c.assignee_id`;

/** The inbox and the case view, each limited to what the signed-in staff member may see. */
@Injectable()
export class CaseQueriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: SessionUser, query: ListCasesParams): Promise<CasePage> {
    if (query.view === 'triage' && user.role === 'member') throw new ForbiddenException('Only owners and administrators work the triage queue');
    const cursor = query.cursor ? decodeCursor(query.cursor, cursorLength(query.sort)) : null;
    if (query.cursor && !cursor) {
      throw new BadRequestException({ message: 'Invalid request: cursor', issues: [{ field: 'cursor', message: 'is not a cursor from this list' }] });
    }
    const page = buildCaseListQuery(user, query, cursor);
    const rows: (CaseRow & Record<string, string>)[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, ${page.cursorSelect} ${SUMMARY_FROM} WHERE ${page.where} ORDER BY ${page.orderBy} LIMIT ${page.limitParam}`,
      page.params,
    );
    const more = rows.length > query.limit;
    const shown = more ? rows.slice(0, query.limit) : rows;
    const last = shown[shown.length - 1];
    return {
      cases: shown.map(toCaseSummary),
      nextCursor: more && last ? encodeCursor(Array.from({ length: page.keyCount }, (_, i) => last[`k${i}`])) : null,
      counts: await this.counts(user),
    };
  }

  /**
   * `afterOwnChange`: the user just moved the case (perhaps out of their own departments): show
   * them the result once, as it is now.
   */
  async detail(user: SessionUser, id: string, afterOwnChange = false): Promise<CaseDetailDto> {
    const { params, param } = parameters([id]);
    let me: string | null = null;
    const scope = afterOwnChange ? 'TRUE' : scopeCondition(user, () => param(user.departmentIds, 'uuid[]'), () => (me ??= param(user.id, 'uuid')));
    const [row]: (CaseRow & { routing: CaseDetailDto['routing'] })[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, c.routing ${SUMMARY_FROM} WHERE c.id = $1 AND ${scope}`,
      params,
    );
    // Outside the user's scope looks exactly like a case that does not exist.
    if (!row) throw new NotFoundException('Case not found');
    const items: ItemRow[] = await this.dataSource.query(
      `SELECT f.id, f.channel, f.subject, f.text, f.score_scale, f.score_value, f.sentiment, f.topics, f.urgency, f.language, f.received_at
         FROM case_item ci JOIN feedback f ON f.id = ci.feedback_id WHERE ci.case_id = $1 ORDER BY f.received_at, f.id`,
      [id],
    );
    const events: EventRow[] = await this.dataSource.query(
      `SELECT e.id, e.type, e.data, e.occurred_at, e.actor_id, u.name AS actor_name
         FROM case_event e LEFT JOIN app_user u ON u.id = e.actor_id WHERE e.case_id = $1 ORDER BY e.seq`,
      [id],
    );
    const names = await this.names(events);
    const summary = toCaseSummary(row);
    return {
      ...summary,
      routing: row.routing,
      sla: toCaseSla(row),
      items: items.map(toCaseItem),
      events: events.map((e) => ({
        id: e.id,
        type: e.type as CaseEventType,
        actor: e.actor_id ? { id: e.actor_id, name: e.actor_name ?? 'someone no longer here' } : null,
        summary: summariseCaseEvent(e.type as CaseEventType, e.data, names),
        data: e.data,
        occurredAt: e.occurred_at.toISOString(),
      })),
      ...(await this.work(id)),
      can: caseAbilities(user, { status: summary.status, departmentId: summary.department?.id ?? null, assigneeId: summary.assignee?.id ?? null, granted: await this.granted(user, id) }),
    };
  }

  /** What was done on the case: messages to the customer, internal notes, actions, how it ended. */
  private async work(id: string): Promise<Pick<CaseDetailDto, 'messages' | 'notes' | 'actions' | 'mergedInto' | 'resolution'>> {
    const [messages, notes, actions, [end]]: [MessageRow[], NoteRow[], ActionRow[], (ResolutionRow & { merged_into_id: string | null; merged_reference: string | null })[]] = await Promise.all([
      this.dataSource.query(
        `SELECT m.*, u.name AS author_name FROM outbound_message m LEFT JOIN app_user u ON u.id = m.author_id
          WHERE m.case_id = $1 AND m.customer_id IS NOT NULL ORDER BY m.created_at, m.id`,
        [id],
      ),
      this.dataSource.query(`${NOTE_ROWS_SQL} WHERE n.case_id = $1 ORDER BY n.created_at, n.id`, [id]),
      this.dataSource.query(`${ACTION_ROWS_SQL} WHERE x.case_id = $1 ORDER BY x.created_at, x.id`, [id]),
      this.dataSource.query(
        `SELECT c.resolution, r.name AS resolved_by_name, c.merged_into_id, mc.reference AS merged_reference
           FROM cases c
           LEFT JOIN app_user r ON r.id = (c.resolution->>'resolvedById')::uuid
           LEFT JOIN cases m ON m.id = c.merged_into_id
           LEFT JOIN conversation mc ON mc.id = m.conversation_id
          WHERE c.id = $1`,
        [id],
      ),
    ]);
    const today = new Date().toISOString().slice(0, 10);
    return {
      messages: messages.map(toOutboundMessage),
      notes: notes.map(toCaseNoteDto),
      actions: actions.map((a) => toCaseActionDto(a, today)),
      mergedInto: end?.merged_into_id ? { id: end.merged_into_id, reference: end.merged_reference ?? '' } : null,
      resolution: end ? toCaseResolution(end) : null,
    };
  }

  private async counts(user: SessionUser): Promise<CasePage['counts']> {
    const { params, param } = parameters();
    let placeholder: string | null = null;
    const me = () => (placeholder ??= param(user.id, 'uuid'));
    const scope = scopeCondition(user, () => param(user.departmentIds, 'uuid[]'), me);
    const [row]: { open: number; triage: number; mine: number; breached: number }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE ${viewCondition('open', me)})::int AS open,
              count(*) FILTER (WHERE ${viewCondition('triage', me)})::int AS triage,
              count(*) FILTER (WHERE ${viewCondition('mine', me)})::int AS mine,
              count(*) FILTER (WHERE ${viewCondition('open', me)} AND c.breached_at IS NOT NULL)::int AS breached
         FROM cases c WHERE ${scope}`,
      params,
    );
    return user.role === 'member' ? { ...row, triage: 0 } : row;
  }

  private async granted(user: SessionUser, caseId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM case_grant WHERE case_id = $1 AND user_id = $2', [caseId, user.id]);
    return rows.length > 0;
  }

  /** Current names of the departments and people that events refer to by id. */
  private async names(events: EventRow[]): Promise<Map<string, string>> {
    const ids = new Set<string>();
    for (const e of events) {
      for (const key of ['assigneeId', 'fromDepartmentId', 'toDepartmentId', 'fromAssigneeId', 'toAssigneeId', 'departmentId', 'ownerId']) {
        const value = e.data[key];
        if (typeof value === 'string') ids.add(value);
      }
      if (Array.isArray(e.data.mentions)) for (const id of e.data.mentions) if (typeof id === 'string') ids.add(id);
    }
    if (ids.size === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM department WHERE id = ANY($1) UNION ALL SELECT id, name FROM app_user WHERE id = ANY($1)`,
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
