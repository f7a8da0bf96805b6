import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseOpeningService } from '../cases/case-opening.service';
import { CaseResolutionService } from '../cases/case-resolution.service';
import { FollowUpAnswersService } from '../communications/follow-up/follow-up-answers.service';
import { ActiveModelsService } from '../enrichment/active-models.service';
import { provenanceLabel } from '../enrichment/feedback-analysis';
import { type DepartmentGuess, decideRoute } from './routing-decision';
import { RoutingRule as RoutingRuleRow } from './rules/entities/routing-rule.entity';
import { type RoutableRow, toRoutableItem } from './rules/rule-tester';
import { RoutingSettingsService } from './settings/routing-settings.service';

type ItemRow = RoutableRow & { customer_id: string; conversation_id: string; follow_up_case_id: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type RouteOutcome = 'opened' | 'attached' | 'reopened' | 'already-filed' | 'missing';

/**
 * The routing stage: an enriched item gets a case. An answer to a follow-up survey joins the case
 * it was about; a follow-up in a thread with an open case joins it, and one in a thread whose
 * latest case is resolved reopens that case; otherwise rules, then the department model (above the
 * organisation's threshold), then triage decide the department, and an open case of the same
 * customer there takes the item, or a new case is opened. Safe to repeat: an item already in a
 * case is left alone.
 */
@Injectable()
export class RoutingService {
  private readonly logger = new Logger(RoutingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly models: ActiveModelsService,
    private readonly settings: RoutingSettingsService,
    private readonly cases: CaseOpeningService,
    private readonly resolution: CaseResolutionService,
    private readonly followUps: FollowUpAnswersService,
  ) {}

  async route(feedbackId: string): Promise<RouteOutcome> {
    const [row]: ItemRow[] = await this.dataSource.query(
      `SELECT f.id, f.customer_id, f.conversation_id, f.channel, f.subject, f.text, f.language, f.sentiment, f.urgency, f.score_scale, f.score_value,
              f.topics, f.journey_stage, f.received_at, f.received_at::text AS received_key, cu.segment AS customer_segment, cu.vip AS customer_vip,
              f.metadata->>'followUpCaseId' AS follow_up_case_id
         FROM feedback f JOIN customer cu ON cu.id = f.customer_id WHERE f.id = $1`,
      [feedbackId],
    );
    if (!row) {
      this.logger.warn(`feedback ${feedbackId} no longer exists; nothing to route`);
      return 'missing';
    }
    // The model runs outside the transaction: it is CPU work and needs no lock.
    const guess = await this.guessDepartment(row.text);
    const item = { feedbackId, customerId: row.customer_id, conversationId: row.conversation_id };
    return this.dataSource.transaction(async (manager) => {
      // One customer's items are filed one at a time, so two follow-ups never open two cases.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`case-customer:${row.customer_id}`]);
      if (await this.cases.isFiled(manager, feedbackId)) return 'already-filed';
      // An answer to a case's follow-up survey belongs to that case whatever its state; the follow-up decides what it means.
      const surveyed = row.follow_up_case_id && UUID.test(row.follow_up_case_id) ? await this.cases.caseById(manager, row.follow_up_case_id) : null;
      if (surveyed) {
        await this.cases.attach(manager, surveyed, item);
        await this.followUps.onAnswer(manager, surveyed, feedbackId);
        return 'attached';
      }
      const thread = await this.cases.openCaseFor(manager, item);
      if (thread) {
        await this.cases.attach(manager, thread, item);
        return 'attached';
      }
      const resolved = await this.cases.resolvedCaseFor(manager, item);
      if (resolved) {
        await this.cases.attach(manager, resolved, item);
        await this.resolution.reopenByCustomer(manager, resolved, feedbackId);
        return 'reopened';
      }
      const rules = await manager.find(RoutingRuleRow, { where: { enabled: true }, order: { position: 'ASC', id: 'ASC' } });
      const departments: { id: string; name: string }[] = await manager.query('SELECT id, name FROM department');
      const route = decideRoute({
        rules,
        item: toRoutableItem(row),
        guess,
        settings: await this.settings.current(manager),
        departmentNames: new Map(departments.map((d) => [d.id, d.name])),
      });
      const followUp = route.departmentId ? await this.cases.openCaseFor(manager, item, route.departmentId) : null;
      if (followUp) {
        await this.cases.attach(manager, followUp, item);
        return 'attached';
      }
      await this.cases.open(manager, item, route);
      return 'opened';
    });
  }

  private async guessDepartment(text: string): Promise<DepartmentGuess | null> {
    const model = await this.models.active('department');
    if (!model || !text.trim()) return null;
    const prediction = model.predict(text);
    return { model: provenanceLabel(prediction.provenance), departmentId: prediction.label, confidence: prediction.confidence };
  }
}
