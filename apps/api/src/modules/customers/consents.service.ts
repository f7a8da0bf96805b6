import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConsentRecord as ConsentRecordDto, RecordConsentRequest, SessionUser } from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { auditActor } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { lockCustomer } from './customer-queries';
import { ConsentRecord } from './entities/consent-record.entity';
import { toConsentDto } from './customers.mapper';

@Injectable()
export class ConsentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Appends to the customer's consent history; nothing is ever overwritten. */
  async record(actor: SessionUser, customerId: string, body: RecordConsentRequest): Promise<ConsentRecordDto> {
    return this.dataSource.transaction(async (manager) => {
      // a merge running at the same time waits, so the record cannot land on a customer being merged away
      const customer = await lockCustomer(manager, customerId, 'FOR KEY SHARE');
      if (!customer) throw new NotFoundException('Customer not found');
      if (customer.mergedIntoId) throw new ConflictException('This customer was merged into another one');
      const record = await manager.save(manager.create(ConsentRecord, { customerId, ...body }));
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'customers.consent.recorded',
        targetType: 'customer',
        targetId: customerId,
        data: { consentRecordId: record.id, purpose: body.purpose, granted: body.granted, source: body.source },
      });
      return toConsentDto(record);
    });
  }
}
