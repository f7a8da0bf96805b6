import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_ROUTING_SETTINGS,
  type RoutingSettings,
  type RoutingSettingsDto,
  type SessionUser,
  type ThresholdCurvePoint,
  type UpdateRoutingSettingsRequest,
} from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { auditActor } from '../../audit/audit-actor';
import { AuditService } from '../../audit/audit.service';
import { RoutingSettingsRow } from './entities/routing-settings.entity';

@Injectable()
export class RoutingSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The settings in force: the stored row, else the defaults. */
  async current(manager: EntityManager = this.dataSource.manager): Promise<RoutingSettings> {
    const row = await manager.findOne(RoutingSettingsRow, { where: { id: 1 } });
    return row ? { autoRouteThreshold: row.autoRouteThreshold, defaultAssignment: row.defaultAssignment } : { ...DEFAULT_ROUTING_SETTINGS };
  }

  async get(): Promise<RoutingSettingsDto> {
    const manager = this.dataSource.manager;
    const row = await manager.findOne(RoutingSettingsRow, { where: { id: 1 } });
    return { ...(await this.current(manager)), model: await this.activeModelCurve(manager), updatedAt: row?.updatedAt.toISOString() ?? null };
  }

  async update(actor: SessionUser, body: UpdateRoutingSettingsRequest): Promise<RoutingSettingsDto> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.current(manager);
      const after = { ...before, ...body };
      await manager.upsert(RoutingSettingsRow, { id: 1, ...after, updatedById: actor.id }, ['id']);
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'routing.settings.updated',
        targetType: 'routing_settings',
        targetId: null,
        data: { before, after },
      });
    });
    return this.get();
  }

  /** The active department model's threshold curve from its held-out evaluation (stored by training). */
  private async activeModelCurve(manager: EntityManager): Promise<RoutingSettingsDto['model']> {
    const [row]: { version: number; trained_at: Date; curve: ThresholdCurvePoint[] | null }[] = await manager.query(
      `SELECT version, trained_at, evaluation->'curve' AS curve FROM classifier_model WHERE kind = 'department' AND status = 'active'`,
    );
    return row ? { version: row.version, trainedAt: row.trained_at.toISOString(), curve: row.curve ?? [] } : null;
  }
}
