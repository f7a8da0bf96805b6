import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CONSENT_PURPOSES,
  OPEN_CASE_STATUSES,
  PORTAL_CONSENT_WORDING,
  type ConsentPurpose,
  type PortalCase,
  type PortalMe,
} from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { CUSTOMER_VISIBLE_EVENTS, toPortalCaseEvent } from './portal-case-timeline';
import { customerScope } from './portal-customers';

const OPEN = new Set<string>(OPEN_CASE_STATUSES);

/**
 * Everything held about the signed-in customer, read in one place. Every query is bound to the
 * session's customer (and the customers merged into it) and to nothing a request can name.
 * Plain SQL, read-only: the owning modules keep their repositories private and own every write.
 */
@Injectable()
export class PortalMeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async me(customerId: string): Promise<PortalMe> {
    const db = this.dataSource.manager;
    const [profile] = await db.query('SELECT id, name, preferred_channel, locale, created_at FROM customer WHERE id = $1', [customerId]);
    if (!profile) throw new NotFoundException('Customer not found');
    const ids = await customerScope(db, customerId);
    const [identities, consents, feedback, cases, messages] = await Promise.all([
      db.query('SELECT id, kind, value, verified, created_at FROM customer_identity WHERE customer_id = ANY($1) ORDER BY created_at, kind, value', [ids]),
      db.query('SELECT id, purpose, granted, source, wording, recorded_at FROM consent_record WHERE customer_id = ANY($1) ORDER BY recorded_at DESC, id DESC', [ids]),
      db.query(
        `SELECT f.id, f.channel, f.subject, f.text, f.score_scale, f.score_value, f.received_at,
                -- a message not filed yet (a portal comment before routing runs) shows under its conversation's case
                coalesce((SELECT ci.case_id FROM case_item ci WHERE ci.feedback_id = f.id LIMIT 1),
                         (SELECT c.id FROM cases c WHERE c.conversation_id = f.conversation_id ORDER BY c.opened_at DESC, c.id DESC LIMIT 1)) AS case_id
           FROM feedback f WHERE f.customer_id = ANY($1) ORDER BY f.received_at DESC, f.id DESC`,
        [ids],
      ),
      this.cases(ids),
      db.query(
        `SELECT id, channel, subject, body, status, to_address, case_id, created_at, sent_at FROM outbound_message
          WHERE customer_id = ANY($1) AND status <> 'suppressed' ORDER BY created_at DESC, id DESC`,
        [ids],
      ),
    ]);
    const history = consents.map((r: Row) => ({
      id: r.id,
      purpose: r.purpose,
      granted: r.granted,
      source: r.source,
      wording: r.wording,
      recordedAt: r.recorded_at.toISOString(),
    }));
    return {
      profile: { id: profile.id, name: profile.name, preferredChannel: profile.preferred_channel, language: profile.locale, createdAt: profile.created_at.toISOString() },
      identities: identities.map((i: Row) => ({ id: i.id, kind: i.kind, value: i.value, verified: i.verified, createdAt: i.created_at.toISOString() })),
      consents: CONSENT_PURPOSES.map((purpose: ConsentPurpose) => {
        const latest = history.find((r: { purpose: string }) => r.purpose === purpose);
        return { purpose, granted: latest?.granted ?? null, wording: PORTAL_CONSENT_WORDING[purpose], recordedAt: latest?.recordedAt ?? null };
      }),
      consentHistory: history,
      feedback: feedback.map((f: Row) => ({
        id: f.id,
        channel: f.channel,
        subject: f.subject,
        text: f.text,
        score: f.score_scale ? { scale: f.score_scale, value: f.score_value } : null,
        receivedAt: f.received_at.toISOString(),
        caseId: f.case_id,
      })),
      cases,
      messages: messages.map((m: Row) => ({
        id: m.id,
        channel: m.channel,
        subject: m.subject,
        body: m.body,
        status: m.status,
        to: m.to_address,
        caseId: m.case_id,
        createdAt: m.created_at.toISOString(),
        sentAt: m.sent_at?.toISOString() ?? null,
      })),
      scores: feedback
        .filter((f: Row) => f.score_scale)
        .map((f: Row) => ({ feedbackId: f.id, channel: f.channel, scale: f.score_scale, value: f.score_value, at: f.received_at.toISOString() })),
    };
  }

  /** The customer's open case with this id (locked for the comment), or null: someone else's looks the same as none. */
  async ownCase(customerId: string, caseId: string): Promise<{ id: string; conversationId: string; open: boolean } | null> {
    const ids = await customerScope(this.dataSource.manager, customerId);
    const [row]: { id: string; conversation_id: string; status: string }[] = await this.dataSource.query(
      'SELECT id, conversation_id, status FROM cases WHERE id = $1 AND customer_id = ANY($2)',
      [caseId, ids],
    );
    return row ? { id: row.id, conversationId: row.conversation_id, open: OPEN.has(row.status) } : null;
  }

  private async cases(ids: string[]): Promise<PortalCase[]> {
    const db = this.dataSource.manager;
    const rows: Row[] = await db.query(
      `SELECT c.id, conv.reference, c.status, c.opened_at, c.resolved_at FROM cases c JOIN conversation conv ON conv.id = c.conversation_id
        WHERE c.customer_id = ANY($1) ORDER BY c.opened_at DESC, c.id DESC`,
      [ids],
    );
    if (rows.length === 0) return [];
    const caseIds = rows.map((r) => r.id);
    const [items, events, actions]: Row[][] = await Promise.all([
      db.query('SELECT case_id, feedback_id FROM case_item WHERE case_id = ANY($1)', [caseIds]),
      db.query('SELECT id, case_id, type, data, occurred_at FROM case_event WHERE case_id = ANY($1) AND type = ANY($2) ORDER BY seq', [
        caseIds,
        [...CUSTOMER_VISIBLE_EVENTS],
      ]),
      db.query(`SELECT case_id, description, status, created_at, completed_at FROM case_action WHERE case_id = ANY($1) AND status <> 'cancelled' ORDER BY created_at`, [caseIds]),
    ]);
    return rows.map((c) => ({
      id: c.id,
      reference: c.reference,
      status: c.status,
      open: OPEN.has(c.status),
      openedAt: c.opened_at.toISOString(),
      resolvedAt: c.resolved_at?.toISOString() ?? null,
      feedbackIds: items.filter((i) => i.case_id === c.id).map((i) => i.feedback_id),
      timeline: events.filter((e) => e.case_id === c.id).flatMap((e) => toPortalCaseEvent(e as Parameters<typeof toPortalCaseEvent>[0]) ?? []),
      actions: actions
        .filter((a) => a.case_id === c.id)
        .map((a) => ({ description: a.description, status: a.status, createdAt: a.created_at.toISOString(), completedAt: a.completed_at?.toISOString() ?? null })),
    }));
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;
