import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MessageChannel, MessageStatus } from '@fullcircle/shared';
import { UnrecoverableError } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import type { ChannelAdapter, OutgoingMessage, SendResult } from '../adapters/channel-adapter';
import { DeliveryError } from '../adapters/delivery-error';
import { EmailAdapter } from '../adapters/email.adapter';
import { InAppAdapter } from '../adapters/in-app.adapter';
import { SmsAdapter } from '../adapters/sms.adapter';
import { OutboundMessage } from '../entities/outbound-message.entity';
import { applyDeliveryReport, recordDeliveryOnCase } from './delivery-reports';

/** Statuses after which a message is never handed to a provider again. */
export const SIGN_IN_BODY_AFTER_SEND = 'A one-time sign-in link or code: not kept once sent.';

const SETTLED: ReadonlySet<MessageStatus> = new Set(['sent', 'delivered', 'failed', 'bounced', 'suppressed']);

/** Longer than any send takes (SMTP timeouts are 2 minutes): a row `sending` for longer was left by a crash. */
const SEND_LEASE_MS = 5 * 60_000;

export interface DispatchAttempt {
  /** No retry follows this attempt: a temporary failure now is final. */
  last: boolean;
}

/**
 * Sends one outbound message. The guarantee is at most one hand-over to the provider per attempt,
 * and none once the row is settled: the row is claimed (`sending`, attempts + 1) and committed
 * before the send, so a duplicate job waits on the lock and then sees `sent`. A row still
 * `sending` at the start of an attempt means the process died mid-send: it is sent again, with the
 * same email Message-ID so the receiving side can tell it is the same email. A row claimed less
 * than SEND_LEASE_MS ago belongs to an attempt still running, so a concurrent twin backs off.
 */
@Injectable()
export class DispatchService {
  private readonly logger = new Logger('Dispatch');
  private readonly adapters: Record<MessageChannel, ChannelAdapter>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    email: EmailAdapter,
    sms: SmsAdapter,
    inApp: InAppAdapter,
  ) {
    this.adapters = { email, sms, in_app: inApp };
  }

  async dispatch(messageId: string, attempt: DispatchAttempt = { last: false }): Promise<MessageStatus | 'missing'> {
    const claimed = await this.claim(messageId);
    if (!claimed || typeof claimed === 'string') return claimed ?? 'missing';

    let result: SendResult;
    try {
      result = await this.adapters[claimed.channel].send(claimed);
    } catch (err) {
      const failure = err instanceof DeliveryError ? err : new DeliveryError((err as Error).message ?? String(err), false);
      if (failure.permanent || attempt.last) {
        await this.settle(messageId, 'failed', { statusReason: failure.message, failedAt: new Date() });
        this.logger.warn(`message ${messageId} failed: ${failure.message}`);
        // Nothing to retry; UnrecoverableError keeps BullMQ from trying again.
        if (failure.permanent && !attempt.last) throw new UnrecoverableError(failure.message);
        return 'failed';
      }
      await this.dataSource.manager.update(OutboundMessage, { id: messageId, status: 'sending' }, { status: 'queued', statusReason: failure.message });
      throw failure;
    }
    const status = result.delivered ? 'delivered' : 'sent';
    const now = new Date();
    // A sign-in link or code is only needed until it is handed over: once sent, we keep no copy of it.
    const body = claimed.purpose === 'sign_in' ? SIGN_IN_BODY_AFTER_SEND : undefined;
    await this.settle(messageId, status, { sentAt: now, providerMessageId: result.providerMessageId, statusReason: null, ...(result.delivered ? { deliveredAt: now } : {}), ...(body ? { body } : {}) });
    return status;
  }

  /**
   * A later word from the provider (the SMS status callback): `delivered`, or `failed`/`bounced`
   * after it was sent. Unknown ids and messages already in that state are ignored.
   */
  async providerStatus(providerMessageId: string, status: 'delivered' | 'failed' | 'bounced', reason: string | null): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const m = await manager.findOne(OutboundMessage, { where: { providerMessageId }, lock: { mode: 'pessimistic_write' } });
      return applyDeliveryReport(manager, m, status, reason);
    });
  }

  /** Locks the row, and unless it is settled marks it `sending` for this attempt; commits before anything is sent. */
  private claim(messageId: string): Promise<OutgoingMessage | MessageStatus | null> {
    return this.dataSource.transaction(async (manager) => {
      const m = await manager.findOne(OutboundMessage, { where: { id: messageId }, lock: { mode: 'pessimistic_write' } });
      if (!m) return null;
      if (SETTLED.has(m.status)) return m.status;
      // Claimed moments ago: another attempt (a stalled job's twin) is sending it; try again later, when it has settled.
      if (m.status === 'sending' && Date.now() - m.updatedAt.getTime() < SEND_LEASE_MS) throw new Error(`message ${m.id} is being sent by another attempt`);
      if (!m.toAddress && m.channel !== 'in_app') {
        await manager.update(OutboundMessage, { id: m.id }, { status: 'failed', statusReason: 'The message has no address', failedAt: new Date() });
        await this.onCase(manager, { ...m, status: 'failed', statusReason: 'The message has no address' });
        return 'failed';
      }
      await manager.update(OutboundMessage, { id: m.id }, { status: 'sending', attempts: m.attempts + 1 });
      const reference = m.context?.conversationReference;
      return {
        id: m.id,
        channel: m.channel,
        purpose: m.purpose,
        to: m.toAddress ?? '',
        subject: m.subject,
        body: m.body,
        emailMessageId: m.emailMessageId,
        inReplyTo: m.inReplyTo,
        conversationReference: typeof reference === 'string' ? reference : null,
      };
    });
  }

  private async settle(messageId: string, status: MessageStatus, changes: Partial<Pick<OutboundMessage, 'statusReason' | 'sentAt' | 'deliveredAt' | 'failedAt' | 'providerMessageId' | 'body'>>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const m = await manager.findOne(OutboundMessage, { where: { id: messageId }, lock: { mode: 'pessimistic_write' } });
      if (!m) return;
      await manager.update(OutboundMessage, { id: messageId }, { ...changes, status });
      await this.onCase(manager, { ...m, ...changes, status });
    });
  }

  private onCase(manager: EntityManager, m: Parameters<typeof recordDeliveryOnCase>[1]): Promise<void> {
    return recordDeliveryOnCase(manager, m);
  }
}
