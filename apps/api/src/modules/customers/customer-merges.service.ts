import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CustomerDetail, SessionUser } from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { fieldConflict, fieldInvalid } from '../../common/http/field-errors';
import { auditActor } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { ConversationsService } from '../intake/conversations/conversations.service';
import { FeedbackService } from '../intake/feedback.service';
import { CustomerDirectoryService } from './customer-directory.service';
import { type CustomerRow, lockCustomer } from './customer-queries';
import { ConsentRecord } from './entities/consent-record.entity';
import { CustomerIdentity } from './entities/customer-identity.entity';
import { Customer } from './entities/customer.entity';

/** Admin corrections of identity resolution: merge two customers, split off a wrongly attached identity. */
@Injectable()
export class CustomerMergesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feedback: FeedbackService,
    private readonly conversations: ConversationsService,
    private readonly directory: CustomerDirectoryService,
    private readonly audit: AuditService,
  ) {}

  /** Everything of `sourceId` moves to `targetId`; the source stays as a pointer to the target. */
  async merge(actor: SessionUser, targetId: string, sourceId: string): Promise<CustomerDetail> {
    if (targetId === sourceId) throw fieldInvalid('sourceCustomerId', 'must be a different customer');
    await this.dataSource.transaction(async (manager) => {
      const { target, source } = await lockPair(manager, targetId, sourceId);
      if (!target) throw new NotFoundException('Customer not found');
      if (!source) throw fieldInvalid('sourceCustomerId', 'is not a customer');
      if (target.mergedIntoId) throw new ConflictException('This customer was merged into another one; merge into that one instead');
      if (source.mergedIntoId) throw fieldConflict('sourceCustomerId', 'was already merged into another customer');
      const moved = {
        identities: (await manager.update(CustomerIdentity, { customerId: sourceId }, { customerId: targetId })).affected ?? 0,
        consents: (await manager.update(ConsentRecord, { customerId: sourceId }, { customerId: targetId })).affected ?? 0,
        feedback: await this.feedback.reassignCustomer(manager, sourceId, targetId),
        conversations: await this.conversations.reassignCustomer(manager, sourceId, targetId),
        // cases follow their conversations (customers may not depend on the cases module: it depends on them)
        cases: ((await manager.query('UPDATE cases SET customer_id = $2 WHERE customer_id = $1', [sourceId, targetId])) as [unknown, number])[1],
      };
      await manager.query('UPDATE customer SET name = coalesce(name, $2), locale = coalesce(locale, $3), updated_at = now() WHERE id = $1', [
        targetId,
        source.name,
        source.locale,
      ]);
      // earlier merges into the source now point at the target: chains stay one hop long
      await manager.update(Customer, { mergedIntoId: sourceId }, { mergedIntoId: targetId });
      await manager.update(Customer, { id: sourceId }, { mergedIntoId: targetId });
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'customers.customer.merged',
        targetType: 'customer',
        targetId,
        data: { sourceCustomerId: sourceId, moved },
      });
    });
    return this.directory.detail(targetId);
  }

  /**
   * Moves one identity to a new customer. Feedback stays where it is: items do not record which
   * identity they came through, so an admin moves them by merging if need be.
   */
  async split(actor: SessionUser, customerId: string, identityId: string): Promise<CustomerDetail> {
    const newCustomerId = await this.dataSource.transaction(async (manager) => {
      const customer = await lockCustomer(manager, customerId, 'FOR UPDATE');
      if (!customer) throw new NotFoundException('Customer not found');
      if (customer.mergedIntoId) throw new ConflictException('This customer was merged into another one');
      const identities = await manager.find(CustomerIdentity, { where: { customerId } });
      const identity = identities.find((i) => i.id === identityId);
      if (!identity) throw new NotFoundException('This customer has no such identity');
      if (identities.length === 1) throw new ConflictException("A customer's only identity cannot be split off");
      const created = await manager.save(manager.create(Customer, { name: null, locale: null, mergedIntoId: null }));
      await manager.update(CustomerIdentity, { id: identityId }, { customerId: created.id });
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'customers.identity.split',
        targetType: 'customer',
        targetId: customerId,
        data: { identityId, kind: identity.kind, newCustomerId: created.id },
      });
      return created.id;
    });
    return this.directory.detail(newCustomerId);
  }
}

/** Both rows locked in id order, so two opposite merges cannot deadlock. */
async function lockPair(manager: EntityManager, targetId: string, sourceId: string) {
  const locked = new Map<string, CustomerRow | null>();
  for (const id of [targetId, sourceId].sort()) locked.set(id, await lockCustomer(manager, id, 'FOR UPDATE'));
  return { target: locked.get(targetId), source: locked.get(sourceId) };
}
