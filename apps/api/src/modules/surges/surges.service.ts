import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ListSurgesQuery,
  ResolveSurgeCasesResult,
  SessionUser,
  SurgeDetailDto,
  SurgeDetailQuery,
  SurgeDto,
  SurgeItemDto,
  SurgeUpdateDto,
} from '@fullcircle/shared';
import { DataSource, In } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Surge } from './entities/surge.entity';
import { SurgeIncidentsService } from './surge-incidents.service';
import { handledByDepartmentsCondition, surgeItemsCondition, surgeItemsParams } from './surge-match';
import { toSurgeDto } from './surges.mapper';

const EXCERPT = 280;

interface ItemRow {
  id: string;
  customer_id: string;
  customer_name: string | null;
  channel: string;
  subject: string | null;
  excerpt: string;
  sentiment: string | null;
  received_at: Date;
  case_id: string | null;
  case_reference: string | null;
  case_status: string | null;
  linked: boolean;
}

/**
 * Surges for the people who act on them: admins and executives see every surge, owners those on
 * topics their departments handle (cases on the topic over the baseline); anyone else — or an
 * owner asking for another department's surge — gets 404, as if it did not exist.
 */
@Injectable()
export class SurgesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly incidents: SurgeIncidentsService,
  ) {}

  async list(user: SessionUser, query: ListSurgesQuery): Promise<SurgeDto[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT s.id FROM surge s
        WHERE ($1::text IS NULL OR s.status = $1) AND (NOT $2::boolean OR ${handledByDepartmentsCondition(3)})
        ORDER BY CASE s.status WHEN 'open' THEN 0 WHEN 'incident' THEN 1 ELSE 2 END, date_trunc('minute', s.detected_at) DESC, s.dimension <> 'topic', s.topic, s.dimension_value, s.id
        LIMIT 200`,
      [query.status ?? null, user.role === 'owner', user.departmentIds, this.config.SURGE_BASELINE_DAYS],
    );
    const byId = new Map((await this.dataSource.manager.findBy(Surge, { id: In(rows.map((r) => r.id)) })).map((x) => [x.id, x]));
    const surges = rows.map((r) => byId.get(r.id)).filter((x): x is Surge => x !== undefined);
    return Promise.all(surges.map(async (s) => toSurgeDto(s, await this.itemCount(s))));
  }

  async detail(user: SessionUser, id: string, query: Partial<SurgeDetailQuery>): Promise<SurgeDetailDto> {
    const surge = await this.visible(user, id);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const items: ItemRow[] = await this.dataSource.query(
      `SELECT f.id, f.customer_id, cu.name AS customer_name, f.channel, f.subject, left(f.text, ${EXCERPT}) AS excerpt, f.sentiment, f.received_at,
              c.id AS case_id, conv.reference AS case_reference, c.status AS case_status,
              EXISTS (SELECT 1 FROM initiative_link l WHERE l.initiative_id = $5 AND l.feedback_id = f.id) AS linked
         FROM feedback f
         JOIN customer cu ON cu.id = f.customer_id
         LEFT JOIN case_item ci ON ci.feedback_id = f.id
         LEFT JOIN cases c ON c.id = ci.case_id
         LEFT JOIN conversation conv ON conv.id = c.conversation_id
        WHERE ${surgeItemsCondition(1)}
        ORDER BY f.received_at DESC, f.id
        LIMIT $6 OFFSET $7`,
      [...surgeItemsParams(surge), surge.initiativeId, pageSize, (page - 1) * pageSize],
    );
    const [people]: { affected: number; reachable: number; open_cases: number }[] = await this.dataSource.query(
      `WITH behind AS (
         SELECT f.id, f.customer_id FROM feedback f WHERE ${surgeItemsCondition(1)}
         UNION SELECT f.id, f.customer_id FROM initiative_link l JOIN feedback f ON f.id = l.feedback_id WHERE l.initiative_id = $5
       )
       SELECT count(DISTINCT b.customer_id)::int AS affected,
              count(DISTINCT b.customer_id) FILTER (WHERE COALESCE((
                SELECT r.granted FROM consent_record r WHERE r.customer_id = b.customer_id AND r.purpose = 'contact_about_feedback'
                 ORDER BY r.recorded_at DESC LIMIT 1), true))::int AS reachable,
              (SELECT count(DISTINCT c.id)::int FROM behind x JOIN case_item ci ON ci.feedback_id = x.id JOIN cases c ON c.id = ci.case_id
                WHERE c.status NOT IN ('resolved', 'closed')) AS open_cases
         FROM behind b`,
      [...surgeItemsParams(surge), surge.initiativeId],
    );
    return {
      ...toSurgeDto(surge, await this.itemCount(surge)),
      items: items.map(toItemDto),
      page,
      pageSize,
      affectedCustomers: people.affected,
      reachableCustomers: people.reachable,
      openCases: people.open_cases,
      updates: await this.updates(surge),
    };
  }

  async openIncident(user: SessionUser, id: string): Promise<SurgeDetailDto> {
    await this.visible(user, id);
    await this.incidents.openIncident(user, id);
    return this.detail(user, id, {});
  }

  async dismiss(user: SessionUser, id: string): Promise<SurgeDto> {
    const surge = await this.visible(user, id);
    if (surge.status === 'open') {
      await this.dataSource.query(`UPDATE surge SET status = 'dismissed', updated_at = now() WHERE id = $1 AND status = 'open'`, [id]);
    } else if (surge.status !== 'dismissed') {
      throw this.conflict(`An ${surge.status === 'incident' ? 'incident is open for this surge' : 'ended surge cannot be dismissed'}`);
    }
    const saved = await this.dataSource.manager.findOneByOrFail(Surge, { id });
    return toSurgeDto(saved, await this.itemCount(saved));
  }

  async publishUpdate(user: SessionUser, id: string, message: string): Promise<SurgeDetailDto> {
    await this.visible(user, id);
    await this.incidents.publishUpdate(user, id, message);
    return this.detail(user, id, {});
  }

  async resolveCases(user: SessionUser, id: string, message: string): Promise<ResolveSurgeCasesResult> {
    await this.visible(user, id);
    return this.incidents.resolveCases(user, id, message);
  }

  private async visible(user: SessionUser, id: string): Promise<Surge> {
    const surge = await this.dataSource.manager.findOneBy(Surge, { id });
    if (!surge) throw new NotFoundException('Surge not found');
    if (user.role === 'admin' || user.role === 'executive') return surge;
    if (user.role === 'owner') {
      const [row]: unknown[] = await this.dataSource.query(`SELECT 1 FROM surge s WHERE s.id = $3 AND ${handledByDepartmentsCondition(1)}`, [
        user.departmentIds,
        this.config.SURGE_BASELINE_DAYS,
        id,
      ]);
      if (row) return surge;
    }
    throw new NotFoundException('Surge not found');
  }

  private async itemCount(s: Surge): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM feedback f WHERE ${surgeItemsCondition(1)}`, surgeItemsParams(s));
    return n;
  }

  private async updates(s: Surge): Promise<SurgeUpdateDto[]> {
    if (!s.initiativeId) return [];
    const rows: { id: string; message: string; created_at: Date; fanned_out_at: Date | null; told: number; not_told: number }[] = await this.dataSource.query(
      `SELECT u.id, u.message, u.created_at, u.fanned_out_at,
              count(n.customer_id) FILTER (WHERE n.outcome = 'queued')::int AS told,
              count(n.customer_id) FILTER (WHERE n.outcome <> 'queued')::int AS not_told
         FROM initiative_update u LEFT JOIN initiative_notice n ON n.update_id = u.id
        WHERE u.initiative_id = $1 AND u.kind = 'incident_update'
        GROUP BY u.id ORDER BY u.created_at DESC, u.id`,
      [s.initiativeId],
    );
    return rows.map((r) => ({ id: r.id, message: r.message, createdAt: r.created_at.toISOString(), fannedOutAt: r.fanned_out_at?.toISOString() ?? null, told: r.told, notTold: r.not_told }));
  }

  private conflict(message: string): ConflictException {
    return new ConflictException({ message, issues: [{ field: 'status', message }] });
  }
}

function toItemDto(r: ItemRow): SurgeItemDto {
  return {
    id: r.id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    channel: r.channel,
    subject: r.subject,
    excerpt: r.excerpt,
    sentiment: r.sentiment,
    receivedAt: r.received_at.toISOString(),
    caseId: r.case_id,
    caseReference: r.case_reference,
    caseStatus: r.case_status,
    linked: r.linked,
  };
}
