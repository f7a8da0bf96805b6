import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ErasureReceiptDto, SessionUser } from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { auditActor } from '../../audit/audit-actor';
import { AuditService } from '../../audit/audit.service';
import { ErasureReceipt } from '../entities/erasure-receipt.entity';
import { customerIdsOf } from '../export/customer-data-graph';
import { anonymise } from './erasure-anonymiser';
import { scrubEverywhere, scrubOwnRecords } from './personal-value-scrubber';
import { collectScope } from './personal-values';
import { QueuePurgeService } from './queue-purge.service';

/**
 * The right to erasure: the customer (and every customer merged into them) is anonymised in ONE
 * transaction (targeted redaction, then the generic scrub of every table), the receipt written in
 * that same transaction, then the queues purged (Redis is not transactional, so after the commit:
 * a job that runs in between finds only anonymous rows) and the receipt completed with those counts.
 *
 * The receipt is NOT emailed: sending it needs their address and the message body kept in
 * outbound_message, the outbox and the queue until delivery, which is exactly what an erasure
 * must not keep. It is answered here (and shown on screen with its id); staff can read it later
 * by the customer's id, which stays as an anonymous key.
 */
@Injectable()
export class ErasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly queues: QueuePurgeService,
  ) {}

  /** `actor` null: the customer asked in the portal. */
  async erase(customerId: string, actor: SessionUser | null): Promise<ErasureReceiptDto> {
    const requestedBy = actor ? actor.id : 'customer';
    const { receipt, scope } = await this.dataSource.transaction(async (manager) => {
      const customerIds = await customerIdsOf(manager, customerId);
      if (customerIds.length === 0) throw new NotFoundException('Customer not found');
      const scope = await collectScope(manager, customerIds);
      const summary = await anonymise(manager, scope);
      const scrubbed = await scrubEverywhere(manager, customerIds, scope.identifiers, scope.texts);
      const quoted = await scrubOwnRecords(manager, customerIds, scope.rareWords);
      for (const [table, n] of [...Object.entries(scrubbed), ...Object.entries(quoted)]) summary[table] = (summary[table] ?? 0) + n;
      const receipt = await manager.save(manager.create(ErasureReceipt, { customerId, requestedBy, summary }));
      await this.audit.announce(manager, {
        ...(actor ? auditActor(actor) : { actorId: null, actorName: null }),
        action: 'customers.customer.erased',
        targetType: 'customer',
        targetId: customerId,
        data: { receiptId: receipt.id, requestedBy: actor ? 'staff' : 'customer', summary },
      });
      return { receipt, scope };
    });
    const purged = await this.queues.purge(scope);
    if (Object.keys(purged).length) {
      receipt.summary = { ...receipt.summary, ...purged };
      await this.dataSource.query('UPDATE erasure_receipt SET summary = $2 WHERE id = $1', [receipt.id, JSON.stringify(receipt.summary)]);
    }
    return {
      receiptId: receipt.id,
      customerId: receipt.customerId,
      requestedBy: receipt.requestedBy,
      completedAt: receipt.completedAt.toISOString(),
      summary: receipt.summary,
    };
  }
}
