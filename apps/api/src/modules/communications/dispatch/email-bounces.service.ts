import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { OutboundMessage } from '../entities/outbound-message.entity';
import { applyDeliveryReport } from './delivery-reports';

/** Bounces that come back through the inbound SMTP channel mark our sent email `bounced` (the SMTP process calls this). */
@Injectable()
export class EmailBouncesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `messageIds` as quoted in the bounce (angle brackets or not); returns how many of our messages it marked. */
  async record(messageIds: string[], diagnostic: string | null): Promise<number> {
    const ids = [...new Set(messageIds.map((id) => id.trim().replace(/^<|>$/g, '')).filter(Boolean))];
    if (ids.length === 0) return 0;
    const reason = `The recipient’s mail server returned it: ${diagnostic ?? 'undeliverable'}`;
    return this.dataSource.transaction(async (manager) => {
      const messages = await manager.find(OutboundMessage, { where: { emailMessageId: In(ids), channel: 'email' }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      let marked = 0;
      for (const m of messages) if (await applyDeliveryReport(manager, m, 'bounced', reason)) marked++;
      return marked;
    });
  }
}
