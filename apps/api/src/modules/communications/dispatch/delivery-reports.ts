import type { MessageStatus } from '@fullcircle/shared';
import type { EntityManager } from 'typeorm';
import { recordCaseEvent } from '../../cases/case-events';
import { OutboundMessage } from '../entities/outbound-message.entity';

/** Statuses worth a line in the case's history. */
const ON_CASE: ReadonlySet<MessageStatus> = new Set(['sent', 'delivered', 'failed', 'bounced']);

/** A delivery outcome on the case's history, once per message and status. */
export async function recordDeliveryOnCase(
  manager: EntityManager,
  m: Pick<OutboundMessage, 'id' | 'caseId' | 'customerId' | 'channel' | 'purpose' | 'status' | 'statusReason'>,
): Promise<void> {
  // The case's history tells what reached the customer; colleagues' notices about it are not part of that.
  if (!m.caseId || !m.customerId || !ON_CASE.has(m.status)) return;
  const data = { messageId: m.id, channel: m.channel, purpose: m.purpose, status: m.status, reason: m.statusReason };
  await recordCaseEvent(manager, m.caseId, 'message_status', data, null, `message:${m.id}:${m.status}`);
}

/**
 * A later word about a message already handed over (an SMS status callback, an email bounce):
 * `delivered`, or `failed`/`bounced` after it was sent. The caller holds the row's lock; a message
 * not sent yet, or already in that state, is left alone (false).
 */
export async function applyDeliveryReport(
  manager: EntityManager,
  m: OutboundMessage | null,
  status: 'delivered' | 'failed' | 'bounced',
  reason: string | null,
): Promise<boolean> {
  if (!m || m.status === status || (m.status !== 'sent' && m.status !== 'sending' && !(m.status === 'delivered' && status === 'bounced'))) return false;
  const now = new Date();
  await manager.update(OutboundMessage, { id: m.id }, { status, statusReason: reason, ...(status === 'delivered' ? { deliveredAt: now } : { failedAt: now }) });
  await recordDeliveryOnCase(manager, { ...m, status, statusReason: reason });
  return true;
}
