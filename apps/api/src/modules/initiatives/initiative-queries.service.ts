import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CountDto,
  INITIATIVE_STATUSES,
  type InitiativeDetailDto,
  type InitiativeDetailParams,
  type InitiativeKpisDto,
  INITIATIVE_OWNER_ROLES,
  type InitiativeOwnerOptionDto,
  type InitiativePage,
  type InitiativeStatus,
  type InitiativeSummaryDto,
  type InitiativeUpdateDto,
  type KpiSideDto,
  type ListInitiativesParams,
  type SessionUser,
} from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { type InitiativeRow, SUMMARY_COLUMNS, SUMMARY_FROM, toInitiativeSummary, toLinkedItem, type LinkedItemRow } from './initiatives.mapper';

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (ch) => `\\${ch}`);

// Every score scale on 0..100, so NPS, CSAT and CES average together.
const NORMALISED_SCORE = `(CASE f.score_scale WHEN 'nps' THEN f.score_value * 10.0 WHEN 'csat' THEN (f.score_value - 1) * 25.0 WHEN 'ces' THEN (f.score_value - 1) * 100.0 / 6 END)`;

const DAY_MS = 86_400_000;

/** The initiatives list and page: voices, breakdowns, actions, updates told, before/after KPIs. */
@Injectable()
export class InitiativeQueriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListInitiativesParams): Promise<InitiativePage> {
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where: string[] = ['TRUE'];
    if (query.kind) where.push(`i.kind = ${p(query.kind)}`);
    if (query.q) where.push(`(i.title ILIKE ${p(`%${escapeLike(query.q)}%`)} OR i.problem ILIKE $${params.length})`);
    const base = where.join(' AND ');
    const statusWhere = query.status ? `${base} AND i.status = ${p(query.status)}` : base;
    const rows: InitiativeRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE ${statusWhere} ORDER BY i.updated_at DESC, i.id LIMIT ${p(query.limit)} OFFSET ${p(query.offset)}`,
      params,
    );
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM initiative i WHERE ${statusWhere}`, params.slice(0, params.length - 2));
    const byStatus: { status: InitiativeStatus; n: number }[] = await this.dataSource.query(
      `SELECT i.status, count(*)::int AS n FROM initiative i WHERE ${base} GROUP BY i.status`,
      params.slice(0, query.status ? params.length - 3 : params.length - 2),
    );
    const counts = Object.fromEntries(INITIATIVE_STATUSES.map((s) => [s, byStatus.find((b) => b.status === s)?.n ?? 0])) as Record<InitiativeStatus, number>;
    return { initiatives: rows.map(toInitiativeSummary), total, counts };
  }

  /** Active admins, owners and executives by name, for the owner picker; no emails, so any staff role may read it. */
  owners(): Promise<InitiativeOwnerOptionDto[]> {
    return this.dataSource.query(
      `SELECT u.id, u.name, u.role FROM app_user u WHERE u.status = 'active' AND u.role = ANY($1::text[]) ORDER BY lower(u.name), u.id`,
      [[...INITIATIVE_OWNER_ROLES]],
    );
  }

  async summary(id: string): Promise<InitiativeSummaryDto> {
    const [row]: InitiativeRow[] = await this.dataSource.query(`SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE i.id = $1`, [id]);
    if (!row) throw new NotFoundException('Initiative not found');
    return toInitiativeSummary(row);
  }

  async detail(user: SessionUser, id: string, query: Partial<InitiativeDetailParams> = {}): Promise<InitiativeDetailDto> {
    const linksLimit = query.linksLimit ?? 25;
    const linksOffset = query.linksOffset ?? 0;
    const kpiDays = query.kpiDays ?? 28;
    const [row]: (InitiativeRow & { problem: string; outcome_note: string | null; shipped_at: Date | null; declined_at: Date | null })[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, i.problem, i.outcome_note, i.shipped_at, i.declined_at ${SUMMARY_FROM} WHERE i.id = $1`,
      [id],
    );
    if (!row) throw new NotFoundException('Initiative not found');
    const summary = toInitiativeSummary(row);
    const departments: { id: string; name: string }[] = await this.dataSource.query('SELECT id, name FROM department WHERE id = ANY($1::uuid[]) ORDER BY name', [summary.departmentIds]);
    const manage = user.role === 'admin' || user.role === 'owner';
    return {
      ...summary,
      problem: row.problem,
      outcomeNote: row.outcome_note,
      shippedAt: row.shipped_at?.toISOString() ?? null,
      declinedAt: row.declined_at?.toISOString() ?? null,
      departments,
      voicesBy: await this.breakdowns(id),
      links: { items: await this.linkedItems(id, linksLimit, linksOffset), total: summary.voices, offset: linksOffset, limit: linksLimit },
      actions: await this.actions(id),
      updates: await this.updates(id),
      kpis: row.topic && row.shipped_at ? await this.kpis(row.topic, row.shipped_at, kpiDays) : null,
      can: { edit: manage, ship: manage && (summary.status !== 'shipped' && summary.status !== 'declined'), link: user.role !== 'executive' },
    };
  }

  private async breakdowns(id: string): Promise<InitiativeDetailDto['voicesBy']> {
    const by = (expr: string): Promise<CountDto[]> =>
      this.dataSource.query(
        `SELECT coalesce(${expr}, 'unknown') AS key, count(*)::int AS count
           FROM initiative_link l JOIN feedback f ON f.id = l.feedback_id JOIN customer cu ON cu.id = l.customer_id
          WHERE l.initiative_id = $1 GROUP BY 1 ORDER BY 2 DESC, 1`,
        [id],
      );
    return { channel: await by('f.channel'), segment: await by('cu.segment'), sentiment: await by('f.sentiment') };
  }

  private async linkedItems(id: string, limit: number, offset: number) {
    const rows: LinkedItemRow[] = await this.dataSource.query(
      `SELECT l.feedback_id, f.channel, f.subject, left(f.text, 280) AS excerpt, f.sentiment, f.received_at, l.customer_id, cu.name AS customer_name, cu.segment,
              c.id AS case_id, conv.reference AS case_reference, c.status AS case_status, l.source, l.linked_at
         FROM initiative_link l
         JOIN feedback f ON f.id = l.feedback_id
         JOIN customer cu ON cu.id = l.customer_id
         LEFT JOIN case_item ci ON ci.feedback_id = l.feedback_id
         LEFT JOIN cases c ON c.id = ci.case_id
         LEFT JOIN conversation conv ON conv.id = c.conversation_id
        WHERE l.initiative_id = $1
        ORDER BY l.linked_at DESC, l.feedback_id LIMIT $2 OFFSET $3`,
      [id, limit, offset],
    );
    return rows.map(toLinkedItem);
  }

  private async actions(id: string): Promise<InitiativeDetailDto['actions']> {
    const rows: { id: string; case_id: string; reference: string; kind: string; description: string; status: string; created_at: Date }[] = await this.dataSource.query(
      `SELECT a.id, a.case_id, conv.reference, a.kind, a.description, a.status, a.created_at
         FROM case_action a JOIN cases c ON c.id = a.case_id JOIN conversation conv ON conv.id = c.conversation_id
        WHERE a.case_id IN (SELECT ci.case_id FROM initiative_link l JOIN case_item ci ON ci.feedback_id = l.feedback_id WHERE l.initiative_id = $1)
        ORDER BY a.created_at DESC LIMIT 100`,
      [id],
    );
    return rows.map((r) => ({ id: r.id, caseId: r.case_id, caseReference: r.reference, kind: r.kind, description: r.description, status: r.status, createdAt: r.created_at.toISOString() }));
  }

  private async updates(id: string): Promise<InitiativeUpdateDto[]> {
    const rows: { id: string; kind: InitiativeUpdateDto['kind']; message: string; created_at: Date; fanned_out_at: Date | null; author: string | null }[] = await this.dataSource.query(
      `SELECT u.id, u.kind, u.message, u.created_at, u.fanned_out_at, a.name AS author
         FROM initiative_update u LEFT JOIN app_user a ON a.id = u.created_by_id WHERE u.initiative_id = $1 ORDER BY u.created_at DESC`,
      [id],
    );
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const notices: { update_id: string; outcome: InitiativeUpdateDto['outcomes'][number]['outcome']; channel: string | null; n: number }[] = await this.dataSource.query(
      'SELECT update_id, outcome, channel, count(*)::int AS n FROM initiative_notice WHERE update_id = ANY($1::uuid[]) GROUP BY 1, 2, 3',
      [ids],
    );
    // A reply: the customer told about the update wrote to us again afterwards, in any channel.
    const replies: { update_id: string; n: number }[] = await this.dataSource.query(
      `SELECT n.update_id, count(*)::int AS n FROM initiative_notice n
        WHERE n.update_id = ANY($1::uuid[]) AND n.outcome = 'queued'
          AND EXISTS (SELECT 1 FROM feedback f JOIN customer c ON c.id = f.customer_id
                       WHERE (c.id = n.customer_id OR c.merged_into_id = n.customer_id) AND f.received_at > n.created_at)
        GROUP BY 1`,
      [ids],
    );
    return rows.map((r) => {
      const mine = notices.filter((n) => n.update_id === r.id);
      const told = new Map<string, number>();
      const outcomes = new Map<InitiativeUpdateDto['outcomes'][number]['outcome'], number>();
      for (const n of mine) {
        outcomes.set(n.outcome, (outcomes.get(n.outcome) ?? 0) + n.n);
        if (n.outcome === 'queued' && n.channel) told.set(n.channel, (told.get(n.channel) ?? 0) + n.n);
      }
      return {
        id: r.id,
        kind: r.kind,
        message: r.message,
        createdAt: r.created_at.toISOString(),
        createdBy: r.author,
        fannedOutAt: r.fanned_out_at?.toISOString() ?? null,
        recipients: mine.reduce((sum, n) => sum + n.n, 0),
        toldByChannel: [...told].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
        outcomes: [...outcomes].map(([outcome, count]) => ({ outcome, count })),
        replied: replies.find((x) => x.update_id === r.id)?.n ?? 0,
      };
    });
  }

  /** The topic's volume, negative share and scores in the N days before shipping against the N days after (so far). */
  private async kpis(topic: string, shippedAt: Date, days: number): Promise<InitiativeKpisDto> {
    const from = new Date(shippedAt.getTime() - days * DAY_MS);
    const to = new Date(shippedAt.getTime() + days * DAY_MS);
    const rows: { week: number; volume: number; negative: number; rated: number; score_sum: number | null; scored: number }[] = await this.dataSource.query(
      `SELECT floor(extract(epoch FROM (f.received_at - $2::timestamptz)) / 604800)::int AS week,
              count(*)::int AS volume,
              count(*) FILTER (WHERE f.sentiment = 'negative')::int AS negative,
              count(f.sentiment)::int AS rated,
              sum(${NORMALISED_SCORE})::float AS score_sum,
              count(${NORMALISED_SCORE})::int AS scored
         FROM feedback f
        WHERE $1 = ANY(f.topics) AND f.received_at >= $3 AND f.received_at < $4
        GROUP BY 1 ORDER BY 1`,
      [topic, shippedAt, from, to],
    );
    const elapsedAfter = Math.max(1, Math.min(days, (Date.now() - shippedAt.getTime()) / DAY_MS));
    const side = (list: typeof rows, spanDays: number): KpiSideDto => {
      const volume = list.reduce((s, r) => s + r.volume, 0);
      const rated = list.reduce((s, r) => s + r.rated, 0);
      const scored = list.reduce((s, r) => s + r.scored, 0);
      return {
        volume,
        perWeek: Math.round((volume / (spanDays / 7)) * 10) / 10,
        negativeShare: rated ? list.reduce((s, r) => s + r.negative, 0) / rated : null,
        averageScore: scored ? Math.round((list.reduce((s, r) => s + (r.score_sum ?? 0), 0) / scored) * 10) / 10 : null,
      };
    };
    const weeks = Math.ceil(days / 7);
    const weekly = [];
    for (let w = -weeks; w < weeks; w++) {
      const r = rows.find((x) => x.week === w);
      weekly.push({ week: w, volume: r?.volume ?? 0, negativeShare: r && r.rated ? r.negative / r.rated : null });
    }
    return {
      topic,
      days,
      shippedAt: shippedAt.toISOString(),
      before: side(rows.filter((r) => r.week < 0), days),
      after: side(rows.filter((r) => r.week >= 0), elapsedAfter),
      weekly,
    };
  }
}
