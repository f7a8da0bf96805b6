import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CommunicationSettings, DEFAULT_COMMUNICATION_SETTINGS, type SessionUser, communicationSettingsSchema } from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { auditActor } from '../../audit/audit-actor';
import { AuditService } from '../../audit/audit.service';
import { CommunicationSettingsRow } from '../entities/communication-settings.entity';

/** The contact budget and follow-up rules: the stored row (id 1), else the defaults. */
@Injectable()
export class CommunicationSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async current(manager: EntityManager = this.dataSource.manager): Promise<CommunicationSettings> {
    const row = await manager.findOneBy(CommunicationSettingsRow, { id: 1 });
    // Defaults first: a setting added after the row was saved takes its default.
    const parsed = communicationSettingsSchema.safeParse({ ...DEFAULT_COMMUNICATION_SETTINGS, ...(row?.settings ?? {}) });
    return parsed.success ? parsed.data : { ...DEFAULT_COMMUNICATION_SETTINGS };
  }

  async save(actor: SessionUser, body: CommunicationSettings): Promise<CommunicationSettings> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.current(manager);
      await manager.upsert(CommunicationSettingsRow, { id: 1, settings: body, updatedById: actor.id }, ['id']);
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'communications.settings.updated',
        targetType: 'communication_settings',
        targetId: null,
        data: { before, after: body },
      });
    });
    return this.current();
  }
}
