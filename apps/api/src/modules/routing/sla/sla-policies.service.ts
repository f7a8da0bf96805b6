import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CreateSlaPolicyRequest,
  SessionUser,
  SlaPlan,
  SlaPolicy as SlaPolicyDto,
  SlaPreviewRequest,
  UpdateSlaPolicyRequest,
} from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { fieldConflict, fieldInvalid, isUniqueViolation } from '../../../common/http/field-errors';
import { auditActor } from '../../audit/audit-actor';
import { AuditService } from '../../audit/audit.service';
import { SlaPolicy } from './entities/sla-policy.entity';
import { DEFAULT_SLA_POLICY } from './sla-plan';
import { SlaPlanner } from './sla-planner.service';

type CreateBody = Required<Pick<CreateSlaPolicyRequest, 'name' | 'targets'>> &
  Omit<CreateSlaPolicyRequest, 'name' | 'targets'> & { warnAtFraction: number; isDefault: boolean; active: boolean };

export function toSlaPolicyDto(p: SlaPolicy): SlaPolicyDto {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    targets: p.targets,
    warnAtFraction: p.warnAtFraction,
    isDefault: p.isDefault,
    active: p.active,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

@Injectable()
export class SlaPoliciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planner: SlaPlanner,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<SlaPolicyDto[]> {
    const rows = await this.dataSource.manager.find(SlaPolicy, { order: { isDefault: 'DESC', name: 'ASC' } });
    return rows.map(toSlaPolicyDto);
  }

  async get(id: string): Promise<SlaPolicyDto> {
    return toSlaPolicyDto(await this.find(this.dataSource.manager, id));
  }

  async create(actor: SessionUser, body: CreateBody): Promise<SlaPolicyDto> {
    return this.saving(async (manager) => {
      const hasDefault = await manager.exists(SlaPolicy, { where: { isDefault: true } });
      const isDefault = body.isDefault || !hasDefault;
      if (isDefault && !body.active) throw fieldInvalid('active', 'the default policy must be active');
      if (isDefault) await manager.update(SlaPolicy, { isDefault: true }, { isDefault: false });
      const policy = await manager.save(
        manager.create(SlaPolicy, {
          name: body.name,
          description: body.description ?? null,
          targets: body.targets,
          warnAtFraction: body.warnAtFraction,
          isDefault,
          active: body.active,
        }),
      );
      await this.announce(manager, actor, 'routing.sla_policy.created', policy.id, { name: policy.name, isDefault });
      return toSlaPolicyDto(policy);
    });
  }

  async update(actor: SessionUser, id: string, body: UpdateSlaPolicyRequest): Promise<SlaPolicyDto> {
    return this.saving(async (manager) => {
      const policy = await this.find(manager, id, true);
      if (body.active === false && (policy.isDefault || body.isDefault)) {
        throw fieldInvalid('active', 'the default policy must stay active; make another policy the default first');
      }
      if (body.isDefault && !policy.isDefault) {
        await manager.update(SlaPolicy, { isDefault: true }, { isDefault: false });
        policy.isDefault = true;
        if (body.active === undefined && !policy.active) policy.active = true;
      }
      if (body.name !== undefined) policy.name = body.name;
      if (body.description !== undefined) policy.description = body.description ?? null;
      if (body.targets !== undefined) policy.targets = body.targets;
      if (body.warnAtFraction !== undefined) policy.warnAtFraction = body.warnAtFraction;
      if (body.active !== undefined) policy.active = body.active;
      const saved = await manager.save(policy);
      await this.announce(manager, actor, 'routing.sla_policy.updated', id, { changes: body });
      return toSlaPolicyDto(saved);
    });
  }

  async remove(actor: SessionUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const policy = await this.find(manager, id, true);
      if (policy.isDefault) throw new BadRequestException('The default policy cannot be deleted; make another policy the default first');
      await manager.delete(SlaPolicy, { id });
      await this.announce(manager, actor, 'routing.sla_policy.deleted', id, { name: policy.name });
    });
  }

  async preview(id: string, body: SlaPreviewRequest): Promise<SlaPlan> {
    await this.find(this.dataSource.manager, id);
    return this.planner.plan(body.departmentId, id, body.priority, body.startAt ? new Date(body.startAt) : new Date());
  }

  /** Creates the standard policy when there is none at all; safe to call on every boot. */
  async ensureDefault(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('sla_policy_seed'))`);
      if (await manager.exists(SlaPolicy, {})) return;
      await manager.save(manager.create(SlaPolicy, { ...DEFAULT_SLA_POLICY, isDefault: true, active: true }));
    });
  }

  private async find(manager: EntityManager, id: string, lock = false): Promise<SlaPolicy> {
    const policy = await manager.findOne(SlaPolicy, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!policy) throw new NotFoundException('SLA policy not found');
    return policy;
  }

  private announce(manager: EntityManager, actor: SessionUser, action: string, id: string, data: Record<string, unknown>) {
    return this.audit.announce(manager, { ...auditActor(actor), action, targetType: 'sla_policy', targetId: id, data });
  }

  private async saving<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (err) {
      if (isUniqueViolation(err)) throw fieldConflict('name', 'is already used by another SLA policy');
      throw err;
    }
  }
}
