import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CONSENT_PURPOSES, type CaseContextDto, type CaseStatus, type Channel, type MessageChannel, type ScoreScale, type SessionUser } from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { CommunicationsService } from '../communications/communications.service';
import { visibleCase } from './case-access';
import { canSeeCase } from './case-permissions';
import { OPEN_STATUSES_SQL } from './case-status';

/** How many of the customer's items in other channels the card shows. */
const RECENT_ELSEWHERE = 3;

interface CustomerRow {
  id: string;
  name: string | null;
  segment: string | null;
  vip: boolean;
  locale: string | null;
  preferred_channel: MessageChannel | null;
  created_at: Date;
  email: string | null;
  phone: string | null;
  latest_language: string | null;
  channel: Channel;
}

/** The case's context card: who the customer is and what else is going on with them, now (P3). */
@Injectable()
export class CaseContextService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly communications: CommunicationsService,
  ) {}

  async context(user: SessionUser, caseId: string): Promise<CaseContextDto> {
    const manager = this.dataSource.manager;
    const c = await visibleCase(manager, user, caseId);
    // The customer and the customers merged into them: one person.
    const person = `SELECT id FROM customer WHERE id = $1 OR merged_into_id = $1`;
    const [customer]: CustomerRow[] = await manager.query(
      `SELECT cu.id, cu.name, cu.segment, cu.vip, cu.locale, cu.preferred_channel, cu.created_at,
              (SELECT i.value FROM customer_identity i WHERE i.customer_id = cu.id AND i.kind = 'email' ORDER BY i.verified DESC, i.created_at LIMIT 1) AS email,
              (SELECT i.value FROM customer_identity i WHERE i.customer_id = cu.id AND i.kind = 'phone' ORDER BY i.verified DESC, i.created_at LIMIT 1) AS phone,
              (SELECT f.language FROM feedback f WHERE f.customer_id IN (${person}) AND f.language IS NOT NULL ORDER BY f.received_at DESC LIMIT 1) AS latest_language,
              (SELECT f.channel FROM feedback f WHERE f.id = $2) AS channel
         FROM customer cu WHERE cu.id = $1`,
      [c.customerId, c.firstFeedbackId],
    );
    const [consent, reach, others, elsewhere, scores, followUp] = await Promise.all([
      manager.query(
        `SELECT DISTINCT ON (purpose) purpose, granted, recorded_at FROM consent_record WHERE customer_id IN (${person}) ORDER BY purpose, recorded_at DESC`,
        [c.customerId],
      ) as Promise<{ purpose: string; granted: boolean; recorded_at: Date }[]>,
      this.communications.reachability(manager, c.customerId, 'reply', null, customer.channel),
      manager.query(
        `SELECT c.id, conv.reference, c.status, c.department_id, c.assignee_id, d.name AS department, c.opened_at,
                EXISTS (SELECT 1 FROM case_grant g WHERE g.case_id = c.id AND g.user_id = $3) AS granted
           FROM cases c JOIN conversation conv ON conv.id = c.conversation_id LEFT JOIN department d ON d.id = c.department_id
          WHERE c.customer_id IN (${person}) AND c.id <> $2 AND c.status IN (${OPEN_STATUSES_SQL})
          ORDER BY c.opened_at DESC LIMIT 10`,
        [c.customerId, c.id, user.id],
      ) as Promise<{ id: string; reference: string; status: CaseStatus; department_id: string | null; assignee_id: string | null; department: string | null; opened_at: Date; granted: boolean }[]>,
      manager.query(
        `SELECT f.id, f.channel, left(f.text, 200) AS excerpt, f.received_at, f.sentiment FROM feedback f
          WHERE f.customer_id IN (${person}) AND f.channel <> $2 ORDER BY f.received_at DESC LIMIT ${RECENT_ELSEWHERE}`,
        [c.customerId, customer.channel],
      ) as Promise<{ id: string; channel: Channel; excerpt: string; received_at: Date; sentiment: string | null }[]>,
      manager.query(
        `SELECT f.score_scale, f.score_value, f.received_at FROM feedback f
          WHERE f.customer_id IN (${person}) AND f.score_scale IS NOT NULL AND f.score_value IS NOT NULL ORDER BY f.received_at LIMIT 50`,
        [c.customerId],
      ) as Promise<{ score_scale: ScoreScale; score_value: number; received_at: Date }[]>,
      manager.query(
        `SELECT i.score, s.scale, i.answered_at FROM survey_invitation i JOIN survey s ON s.id = i.survey_id
          WHERE i.case_id = $1 ORDER BY (i.answered_at IS NOT NULL) DESC, i.created_at DESC LIMIT 1`,
        [c.id],
      ) as Promise<{ score: number | null; scale: ScoreScale; answered_at: Date | null }[]>,
    ]);
    const consentBy = new Map(consent.map((r) => [r.purpose, r]));
    const answered = followUp[0]?.answered_at ? followUp[0] : null;
    return {
      customer: {
        id: customer.id,
        name: customer.name,
        segment: customer.segment,
        vip: customer.vip,
        language: customer.locale ?? customer.latest_language,
        replyChannel: reach.channel,
        preferredChannel: customer.preferred_channel,
        email: customer.email,
        phone: customer.phone,
        customerSince: customer.created_at.toISOString(),
      },
      consent: CONSENT_PURPOSES.map((purpose) => {
        const r = consentBy.get(purpose);
        return { purpose, granted: r ? r.granted : null, recordedAt: r ? r.recorded_at.toISOString() : null };
      }),
      reachable: { ok: reach.ok, reason: reach.reason },
      otherOpenCases: others.map((o) => ({
        id: o.id,
        reference: o.reference,
        status: o.status,
        department: o.department,
        openedAt: o.opened_at.toISOString(),
        visible: canSeeCase(user, { status: o.status, departmentId: o.department_id, assigneeId: o.assignee_id, granted: o.granted }),
      })),
      recentElsewhere: elsewhere.map((e) => ({ feedbackId: e.id, channel: e.channel, excerpt: e.excerpt, receivedAt: e.received_at.toISOString(), sentiment: e.sentiment })),
      scores: scores.map((s) => ({ scale: s.score_scale, value: s.score_value, at: s.received_at.toISOString() })),
      followUp: c.followUpStatus
        ? {
            status: c.followUpStatus,
            score: answered?.score ?? null,
            scale: answered?.scale ?? followUp[0]?.scale ?? null,
            at: (answered?.answered_at ?? c.followUpAt)?.toISOString() ?? null,
          }
        : null,
    };
  }
}

