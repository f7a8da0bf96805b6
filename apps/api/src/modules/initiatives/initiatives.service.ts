import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CreateInitiativeParams,
  INITIATIVE_TRANSITIONS,
  type InitiativeDetailDto,
  type InitiativeKind,
  type InitiativeLinkSource,
  type InitiativeUpdateKind,
  type LinkFromSearchRequest,
  type LinkResultDto,
  type SessionUser,
  type UpdateInitiativeRequest,
  createInitiativeRequestSchema,
  linkFromSearchRequestSchema,
  linkInitiativeRequestSchema,
} from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { fieldInvalid } from '../../common/http/field-errors';
import { OutboxService } from '../../queue/outbox/outbox.service';
import { QUEUE } from '../../queue/queue-names';
import { AuditService } from '../audit/audit.service';
import { recordCaseEvent } from '../cases/case-events';
import { buildCaseListQuery, parameters, scopeCondition } from '../cases/case-list-query';
import { Initiative } from './entities/initiative.entity';
import { InitiativeUpdate } from './entities/initiative-update.entity';
import { InitiativeQueriesService } from './initiative-queries.service';

/** What create() takes: the request's fields, kind and flags optional. */
export interface CreateInitiativeInput {
  title: string;
  problem: string;
  kind?: InitiativeKind;
  departmentIds?: string[];
  ownerId?: string | null;
  targetDate?: string | null;
  topic?: string | null;
  isPublic?: boolean;
}

/** Cases found by one bulk link from a search, at most. */
const SEARCH_LINK_LIMIT = 5_000;

/**
 * The outer loop: initiatives, the voices linked to them, and the updates that tell those people
 * what happened ("you said, we did"). Other capabilities (the board, surges) call create,
 * linkFeedback and publishUpdate.
 */
@Injectable()
export class InitiativesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly queries: InitiativeQueriesService,
  ) {}

  async create(input: CreateInitiativeInput, actorId: string | null): Promise<Initiative> {
    const body: CreateInitiativeParams = createInitiativeRequestSchema.parse(input);
    return this.dataSource.transaction(async (manager) => {
      await this.checkReferences(manager, body);
      const row = await manager.save(
        manager.create(Initiative, {
          title: body.title,
          problem: body.problem,
          kind: body.kind,
          departmentIds: body.departmentIds,
          ownerId: body.ownerId ?? null,
          targetDate: body.targetDate ?? null,
          topic: body.topic ?? null,
          isPublic: body.isPublic,
          createdById: actorId,
        }),
      );
      await this.announce(manager, actorId, 'initiatives.created', row.id, { title: row.title, kind: row.kind });
      return row;
    });
  }

  async createFor(actor: SessionUser, input: CreateInitiativeInput): Promise<InitiativeDetailDto> {
    const row = await this.create(input, actor.id);
    return this.queries.detail(actor, row.id);
  }

  /**
   * Edits, and moves along proposed → planned → in progress → shipped | declined. Shipping or
   * declining stores the outcome note and publishes it as an update in the same transaction.
   * Asking for the status it already has changes nothing (a second "ship" tells nobody twice).
   */
  async update(actor: SessionUser, id: string, body: UpdateInitiativeRequest): Promise<InitiativeDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(Initiative, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new NotFoundException('Initiative not found');
      await this.checkReferences(manager, body);
      const changed: string[] = [];
      const set = <K extends keyof Initiative>(key: K, value: Initiative[K] | undefined) => {
        if (value === undefined || JSON.stringify(row[key]) === JSON.stringify(value)) return;
        row[key] = value;
        changed.push(key);
      };
      set('title', body.title);
      set('problem', body.problem);
      set('departmentIds', body.departmentIds);
      set('ownerId', body.ownerId);
      set('targetDate', body.targetDate);
      set('topic', body.topic);
      set('isPublic', body.isPublic);
      let publish: InitiativeUpdateKind | null = null;
      if (body.status && body.status !== row.status) {
        if (!INITIATIVE_TRANSITIONS[row.status].includes(body.status)) {
          throw new ConflictException({ message: `status cannot move from ${row.status} to ${body.status}`, issues: [{ field: 'status', message: `cannot move from ${row.status} to ${body.status}` }] });
        }
        row.status = body.status;
        changed.push('status');
        if (body.status === 'shipped' || body.status === 'declined') {
          row.outcomeNote = body.outcomeNote ?? null;
          if (body.status === 'shipped') row.shippedAt = new Date();
          else row.declinedAt = new Date();
          publish = body.status;
        }
      } else if (body.outcomeNote !== undefined && row.outcomeNote !== null && row.outcomeNote !== body.outcomeNote && !body.status) {
        // Correcting the note after the fact changes the page, not what customers were already told.
        row.outcomeNote = body.outcomeNote;
        changed.push('outcomeNote');
      }
      if (changed.length === 0) return;
      await manager.save(row);
      if (publish) await this.publishIn(manager, row.id, publish, row.outcomeNote!, actor.id);
      const action = publish ? `initiatives.${publish}` : 'initiatives.updated';
      await this.announce(manager, actor.id, action, row.id, { title: row.title, changed, ...(publish ? { outcomeNote: row.outcomeNote } : {}) }, actor.name);
    });
    return this.queries.detail(actor, id);
  }

  /**
   * Links items (idempotent: the key is initiative + item) and notes it on their cases. Returns
   * how many were linked now. Unknown item ids are ignored.
   */
  async linkFeedback(initiativeId: string, feedbackIds: string[], source: InitiativeLinkSource, actorId: string | null): Promise<number> {
    return this.dataSource.transaction((manager) => this.linkIn(manager, initiativeId, feedbackIds, source, actorId));
  }

  /** Staff linking items and whole cases they may see. */
  async linkFor(actor: SessionUser, id: string, input: unknown): Promise<LinkResultDto> {
    const body = linkInitiativeRequestSchema.parse(input);
    await this.mustExist(id);
    const fromCases = body.caseIds.length ? await this.itemsOfVisibleCases(actor, body.caseIds, 'caseIds') : [];
    const direct = body.feedbackIds.length ? await this.visibleItems(actor, body.feedbackIds) : [];
    return this.linkAndCount(actor, id, [...new Set([...fromCases, ...direct])], { caseIds: body.caseIds.length, feedbackIds: body.feedbackIds.length });
  }

  /** "Link all 42 items about lost bags at JFK": every item of every case the inbox search finds. */
  async linkFromSearch(actor: SessionUser, id: string, input: LinkFromSearchRequest): Promise<LinkResultDto> {
    const filters = linkFromSearchRequestSchema.parse(input);
    if (filters.view === 'triage' && actor.role === 'member') throw new ForbiddenException('Only owners and administrators work the triage queue');
    await this.mustExist(id);
    const page = buildCaseListQuery(actor, { ...filters, sort: 'oldest', limit: SEARCH_LINK_LIMIT }, null);
    const rows: { feedback_id: string }[] = await this.dataSource.query(
      `SELECT ci.feedback_id FROM case_item ci WHERE ci.case_id IN (
         SELECT c.id FROM cases c JOIN customer cu ON cu.id = c.customer_id JOIN feedback f ON f.id = c.first_feedback_id
          WHERE ${page.where} ORDER BY ${page.orderBy} LIMIT ${page.limitParam})`,
      page.params,
    );
    return this.linkAndCount(actor, id, rows.map((r) => r.feedback_id), { search: filters });
  }

  async unlink(actor: SessionUser, id: string, feedbackId: string): Promise<LinkResultDto> {
    await this.mustExist(id);
    await this.visibleItems(actor, [feedbackId]);
    await this.dataSource.transaction(async (manager) => {
      // A CTE so the driver answers with rows (a bare DELETE … RETURNING comes back as [rows, count]).
      const [{ n }]: { n: number }[] = await manager.query(
        'WITH d AS (DELETE FROM initiative_link WHERE initiative_id = $1 AND feedback_id = $2 RETURNING 1) SELECT count(*)::int AS n FROM d',
        [id, feedbackId],
      );
      if (n === 0) throw new NotFoundException('That item is not linked to this initiative');
      await this.announce(manager, actor.id, 'initiatives.unlinked', id, { feedbackId }, actor.name);
    });
    return { linked: 0, voices: await this.voices(id) };
  }

  /**
   * Writes one update and, in the same transaction, the outbox row whose job tells everyone behind
   * the initiative (InitiativeFanOutService). Used for incident updates and by ship/decline.
   */
  async publishUpdate(initiativeId: string, kind: InitiativeUpdateKind, message: string, actorId: string | null): Promise<InitiativeUpdate> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Initiative, { id: initiativeId }))) throw new NotFoundException('Initiative not found');
      const update = await this.publishIn(manager, initiativeId, kind, message, actorId);
      await this.announce(manager, actorId, 'initiatives.update_published', initiativeId, { kind, updateId: update.id });
      return update;
    });
  }

  /** POST /api/initiatives/:id/updates: incidents only; improvements tell people by shipping or declining. */
  async publishIncidentUpdate(actor: SessionUser, id: string, message: string): Promise<InitiativeDetailDto> {
    const row = await this.dataSource.manager.findOneBy(Initiative, { id });
    if (!row) throw new NotFoundException('Initiative not found');
    if (row.kind !== 'incident') throw new ConflictException({ message: 'only incidents take updates; ship or decline an improvement', issues: [{ field: 'kind', message: 'is not incident' }] });
    await this.publishUpdate(id, 'incident_update', message, actor.id);
    return this.queries.detail(actor, id);
  }

  private async publishIn(manager: EntityManager, initiativeId: string, kind: InitiativeUpdateKind, message: string, actorId: string | null): Promise<InitiativeUpdate> {
    const update = await manager.save(manager.create(InitiativeUpdate, { initiativeId, kind, message, createdById: actorId }));
    await this.outbox.enqueue(manager, QUEUE.initiatives, 'fan-out-update', { updateId: update.id });
    return update;
  }

  private async linkIn(manager: EntityManager, initiativeId: string, feedbackIds: string[], source: InitiativeLinkSource, actorId: string | null): Promise<number> {
    const initiative = await manager.findOneBy(Initiative, { id: initiativeId });
    if (!initiative) throw new NotFoundException('Initiative not found');
    if (feedbackIds.length === 0) return 0;
    const linked: { feedback_id: string }[] = await manager.query(
      `INSERT INTO initiative_link (initiative_id, feedback_id, customer_id, source, linked_by_id)
       SELECT $1, f.id, f.customer_id, $3, $4 FROM feedback f WHERE f.id = ANY($2::uuid[])
       ON CONFLICT DO NOTHING RETURNING feedback_id`,
      [initiativeId, [...new Set(feedbackIds)], source, actorId],
    );
    if (linked.length === 0) return 0;
    const cases: { case_id: string; items: number }[] = await manager.query(
      'SELECT case_id, count(*)::int AS items FROM case_item WHERE feedback_id = ANY($1::uuid[]) GROUP BY case_id',
      [linked.map((l) => l.feedback_id)],
    );
    for (const c of cases) {
      await recordCaseEvent(manager, c.case_id, 'initiative_linked', { initiativeId, title: initiative.title, items: c.items, source }, actorId, `initiative_linked:${initiativeId}`);
    }
    return linked.length;
  }

  private async linkAndCount(actor: SessionUser, id: string, feedbackIds: string[], data: Record<string, unknown>): Promise<LinkResultDto> {
    const linked = await this.dataSource.transaction(async (manager) => {
      const n = await this.linkIn(manager, id, feedbackIds, 'staff', actor.id);
      if (n > 0) await this.announce(manager, actor.id, 'initiatives.linked', id, { ...data, linked: n }, actor.name);
      return n;
    });
    return { linked, voices: await this.voices(id) };
  }

  /** The items of the named cases; a case the user may not see is a 404, as if it did not exist. */
  private async itemsOfVisibleCases(actor: SessionUser, caseIds: string[], field: string): Promise<string[]> {
    const { params, param } = parameters([[...new Set(caseIds)]]);
    let me: string | null = null;
    const scope = scopeCondition(actor, () => param(actor.departmentIds, 'uuid[]'), () => (me ??= param(actor.id, 'uuid')));
    const visible: { id: string }[] = await this.dataSource.query(`SELECT c.id FROM cases c WHERE c.id = ANY($1::uuid[]) AND ${scope}`, params);
    if (visible.length < new Set(caseIds).size) throw new NotFoundException({ message: 'Case not found', issues: [{ field, message: 'names a case that does not exist or that you cannot see' }] });
    const rows: { feedback_id: string }[] = await this.dataSource.query('SELECT feedback_id FROM case_item WHERE case_id = ANY($1::uuid[])', [visible.map((v) => v.id)]);
    return rows.map((r) => r.feedback_id);
  }

  /** Items the user may see: through a case they may see (admins and executives: any). */
  private async visibleItems(actor: SessionUser, feedbackIds: string[]): Promise<string[]> {
    const wanted = [...new Set(feedbackIds)];
    const { params, param } = parameters([wanted]);
    let me: string | null = null;
    const everything = actor.role === 'admin' || actor.role === 'executive';
    const sql = everything
      ? 'SELECT f.id FROM feedback f WHERE f.id = ANY($1::uuid[])'
      : `SELECT ci.feedback_id AS id FROM case_item ci JOIN cases c ON c.id = ci.case_id
          WHERE ci.feedback_id = ANY($1::uuid[]) AND ${scopeCondition(actor, () => param(actor.departmentIds, 'uuid[]'), () => (me ??= param(actor.id, 'uuid')))}`;
    const rows: { id: string }[] = await this.dataSource.query(sql, params);
    if (rows.length < wanted.length) throw new NotFoundException({ message: 'Feedback not found', issues: [{ field: 'feedbackIds', message: 'names an item that does not exist or that you cannot see' }] });
    return rows.map((r) => r.id);
  }

  private async checkReferences(manager: EntityManager, body: { ownerId?: string | null; departmentIds?: string[] }): Promise<void> {
    if (body.ownerId) {
      const [user]: { role: string }[] = await manager.query(`SELECT role FROM app_user WHERE id = $1 AND status = 'active'`, [body.ownerId]);
      if (!user) throw fieldInvalid('ownerId', 'is not an active colleague');
    }
    if (body.departmentIds?.length) {
      const [{ n }]: { n: number }[] = await manager.query('SELECT count(*)::int AS n FROM department WHERE id = ANY($1::uuid[])', [[...new Set(body.departmentIds)]]);
      if (n < new Set(body.departmentIds).size) throw fieldInvalid('departmentIds', 'names a department that does not exist');
    }
  }

  private async mustExist(id: string): Promise<void> {
    if (!(await this.dataSource.manager.existsBy(Initiative, { id }))) throw new NotFoundException('Initiative not found');
  }

  private async voices(id: string): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query('SELECT count(*)::int AS n FROM initiative_link WHERE initiative_id = $1', [id]);
    return n;
  }

  private async announce(manager: EntityManager, actorId: string | null, action: string, targetId: string, data: Record<string, unknown>, actorName?: string): Promise<void> {
    let name = actorName ?? null;
    if (actorId && !name) {
      const [row]: { name: string }[] = await manager.query('SELECT name FROM app_user WHERE id = $1', [actorId]);
      name = row?.name ?? null;
    }
    await this.audit.announce(manager, { actorId, actorName: name, action, targetType: 'initiative', targetId, data });
  }
}
