import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InitiativeNoticeOutcome, TemplateVersionDto } from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { recordCaseEvent } from '../cases/case-events';
import { CommunicationsService } from '../communications/communications.service';
import { MessageTemplate } from '../communications/entities/message-template.entity';
import { renderTemplate } from '../communications/templates/template-renderer';
import { Initiative } from './entities/initiative.entity';
import { InitiativeUpdate } from './entities/initiative-update.entity';
import { DEFAULT_INITIATIVE_VERSIONS, INITIATIVE_TEMPLATE, excerpt } from './initiative-templates';

interface RecipientRow {
  customer_id: string;
  name: string | null;
  locale: string | null;
  text: string | null;
  language: string | null;
  channel: string | null;
  case_ids: string[] | null;
}

/** Why the outbox would not take the message, as a notice outcome. */
export function noticeOutcome(reason: string): InitiativeNoticeOutcome {
  if (/consent|not agreed/i.test(reason)) return 'no_consent';
  if (/no (email address|phone number)|cannot be reached|no longer exists/i.test(reason)) return 'unreachable';
  return 'over_budget';
}

const firstName = (name: string | null) => name?.trim().split(/\s+/)[0] || 'there';

/**
 * "You said, we did": tells every distinct customer behind an initiative (linked, voted, followed)
 * about one update, each in their channel and language, through the outbox. One transaction per
 * customer: the notice row (its key is update + customer) and the message are written together, so
 * a rerun or a second worker skips whoever was already told.
 */
@Injectable()
export class InitiativeFanOutService {
  private readonly logger = new Logger(InitiativeFanOutService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly communications: CommunicationsService,
  ) {}

  async fanOut(updateId: string): Promise<{ told: number; skipped: number }> {
    const update = await this.dataSource.manager.findOneBy(InitiativeUpdate, { id: updateId });
    if (!update || update.fannedOutAt) return { told: 0, skipped: 0 };
    const initiative = await this.dataSource.manager.findOneByOrFail(Initiative, { id: update.initiativeId });
    const versions = await this.versions(update.kind);
    const recipients = await this.recipients(initiative.id, update.id);
    let told = 0;
    let skipped = 0;
    for (const r of recipients) {
      const outcome = await this.dataSource.transaction((manager) => this.tell(manager, initiative, update, versions, r));
      if (outcome === 'queued') told++;
      else if (outcome) skipped++;
    }
    await this.dataSource.transaction(async (manager) => {
      if (update.kind !== 'incident_update') {
        const verb = update.kind === 'shipped' ? 'Shipped' : 'Declined';
        await this.communications.postFeed(manager, {
          kind: 'announcement',
          departmentId: null,
          title: `${verb}: ${initiative.title}`,
          body: `${update.message}\n\n${recipients.length} customer${recipients.length === 1 ? '' : 's'} asked for this; ${told} told in their channel.`,
          authorId: update.createdById,
          dedupeKey: `initiative_update:${update.id}`,
        });
      }
      await manager.query('UPDATE initiative_update SET fanned_out_at = now() WHERE id = $1 AND fanned_out_at IS NULL', [update.id]);
    });
    this.logger.log(`initiative ${initiative.id} ${update.kind}: ${told} told, ${skipped} not`);
    return { told, skipped };
  }

  private async tell(manager: EntityManager, initiative: Initiative, update: InitiativeUpdate, versions: readonly TemplateVersionDto[], r: RecipientRow): Promise<InitiativeNoticeOutcome | null> {
    const claimed: unknown[] = await manager.query(
      `INSERT INTO initiative_notice (update_id, customer_id, outcome) VALUES ($1, $2, 'unreachable') ON CONFLICT DO NOTHING RETURNING update_id`,
      [update.id, r.customer_id],
    );
    if (claimed.length === 0) return null;
    const purpose = INITIATIVE_TEMPLATE[update.kind].purpose === 'reply' ? 'reply' : 'announcement';
    const reach = await this.communications.reachability(manager, r.customer_id, purpose, null, r.channel);
    let outcome: InitiativeNoticeOutcome = reach.ok ? 'queued' : noticeOutcome(reach.reason ?? '');
    let channel: string | null = null;
    let messageId: string | null = null;
    if (reach.ok) {
      const rendered = renderTemplate(versions, r.locale ?? r.language, {
        'customer.name': r.name ?? 'there',
        'customer.first_name': firstName(r.name),
        'initiative.title': initiative.title,
        'initiative.outcome': update.message,
        'feedback.excerpt': r.text ? excerpt(r.text) : initiative.title,
      });
      const queued = await this.communications.queueMessage(manager, {
        customerId: r.customer_id,
        caseId: r.case_ids?.[0] ?? null,
        purpose,
        originalChannel: r.channel,
        subject: rendered.subject,
        body: rendered.body,
        language: rendered.language,
        dedupeKey: `initiative_update:${update.id}`,
        context: { initiativeId: initiative.id, initiativeUpdateId: update.id },
      });
      outcome = queued.status === 'queued' ? 'queued' : noticeOutcome(queued.reason ?? '');
      channel = queued.channel;
      messageId = queued.id;
    }
    await manager.query(`UPDATE initiative_notice SET outcome = $3, channel = $4, outbound_message_id = $5 WHERE update_id = $1 AND customer_id = $2`, [
      update.id,
      r.customer_id,
      outcome,
      channel,
      messageId,
    ]);
    for (const caseId of r.case_ids ?? []) {
      await recordCaseEvent(
        manager,
        caseId,
        'initiative_update',
        { initiativeId: initiative.id, updateId: update.id, kind: update.kind, title: initiative.title, message: update.message, outcome, channel },
        update.createdById,
        `initiative_update:${update.id}`,
      );
    }
    return outcome;
  }

  /** The organisation's own template of that name, else the built-in one. */
  private async versions(kind: InitiativeUpdate['kind']): Promise<readonly TemplateVersionDto[]> {
    const { name, purpose } = INITIATIVE_TEMPLATE[kind];
    const row = await this.dataSource.manager.findOneBy(MessageTemplate, { name, purpose });
    return row?.versions.length ? row.versions : DEFAULT_INITIATIVE_VERSIONS[kind];
  }

  /**
   * Distinct customers (after merges) behind the initiative who have no notice for this update yet,
   * with what they told us most recently, its channel and language, and their linked cases.
   */
  private recipients(initiativeId: string, updateId: string): Promise<RecipientRow[]> {
    return this.dataSource.query(
      `WITH people AS (
         SELECT customer_id FROM initiative_link WHERE initiative_id = $1
         UNION SELECT customer_id FROM initiative_vote WHERE initiative_id = $1
         UNION SELECT customer_id FROM initiative_follow WHERE initiative_id = $1
       ), resolved AS (
         SELECT DISTINCT COALESCE(c.merged_into_id, c.id) AS customer_id FROM people p JOIN customer c ON c.id = p.customer_id
       )
       SELECT r.customer_id, cu.name, cu.locale, last.text, last.language, last.channel,
              (SELECT array_agg(DISTINCT ci.case_id) FROM initiative_link l JOIN case_item ci ON ci.feedback_id = l.feedback_id
                 JOIN customer lc ON lc.id = l.customer_id
                WHERE l.initiative_id = $1 AND COALESCE(lc.merged_into_id, lc.id) = r.customer_id) AS case_ids
         FROM resolved r
         JOIN customer cu ON cu.id = r.customer_id
         LEFT JOIN LATERAL (
           SELECT f.text, f.language, f.channel FROM feedback f
            WHERE f.customer_id IN (SELECT id FROM customer WHERE id = r.customer_id OR merged_into_id = r.customer_id)
            ORDER BY (f.id IN (SELECT feedback_id FROM initiative_link WHERE initiative_id = $1)) DESC, f.received_at DESC
            LIMIT 1
         ) last ON TRUE
        WHERE NOT EXISTS (SELECT 1 FROM initiative_notice n WHERE n.update_id = $2 AND n.customer_id = r.customer_id)
        ORDER BY r.customer_id`,
      [initiativeId, updateId],
    );
  }
}
