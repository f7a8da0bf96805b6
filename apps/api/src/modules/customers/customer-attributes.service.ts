import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CustomerDetail, SessionUser, UpdateCustomerRequest } from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { auditActor } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { CustomerDirectoryService } from './customer-directory.service';
import { lockCustomer } from './customer-queries';
import { Customer } from './entities/customer.entity';

/** What staff set on a customer for routing: segment and VIP flag. */
@Injectable()
export class CustomerAttributesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CustomerDirectoryService,
    private readonly audit: AuditService,
  ) {}

  async update(actor: SessionUser, id: string, body: UpdateCustomerRequest): Promise<CustomerDetail> {
    await this.dataSource.transaction(async (manager) => {
      const locked = await lockCustomer(manager, id, 'FOR UPDATE');
      if (!locked) throw new NotFoundException('Customer not found');
      if (locked.mergedIntoId) throw new ConflictException('This customer was merged into another one');
      const before = await manager.findOneOrFail(Customer, { where: { id } });
      const changes = { ...(body.segment !== undefined ? { segment: body.segment } : {}), ...(body.vip !== undefined ? { vip: body.vip } : {}) };
      await manager.update(Customer, { id }, changes);
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'customers.updated',
        targetType: 'customer',
        targetId: id,
        data: { before: { segment: before.segment, vip: before.vip }, after: { segment: before.segment, vip: before.vip, ...changes } },
      });
    });
    return this.directory.detail(id);
  }
}
