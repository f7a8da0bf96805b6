import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CasePriority, SlaPlan } from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Interval } from './business-clock';
import { BusinessHoursService } from './business-hours.service';
import { SlaPolicy } from './entities/sla-policy.entity';
import { DEFAULT_SLA_POLICY, type PlannablePolicy, planSla } from './sla-plan';

/** Due and warning times of an SLA policy on a department's business hours. */
@Injectable()
export class SlaPlanner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hours: BusinessHoursService,
  ) {}

  /**
   * `policyId` null means the default policy (the built-in standard targets if none is stored).
   * Pass `manager` to read inside a caller's transaction. 404 for an unknown department or policy.
   */
  async plan(
    departmentId: string,
    policyId: string | null,
    priority: CasePriority,
    startedAt: Date,
    pauses: readonly Interval[] = [],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SlaPlan> {
    const policy = await this.policy(manager, policyId);
    const hours = await this.hours.hoursOf(manager, departmentId);
    return planSla(departmentId, hours, policy, priority, startedAt, pauses);
  }

  /** The policy with its name; `policyId` null (or no longer stored) is the default policy. */
  async resolvePolicy(manager: EntityManager, policyId: string | null): Promise<PlannablePolicy & { name: string }> {
    const stored =
      (policyId ? await manager.findOne(SlaPolicy, { where: { id: policyId } }) : null) ??
      (await manager.findOne(SlaPolicy, { where: { isDefault: true } }));
    return stored ?? { id: 'built-in', ...DEFAULT_SLA_POLICY };
  }

  /** Like resolvePolicy, but an unknown `policyId` is a 404 rather than the default. */
  private async policy(manager: EntityManager, policyId: string | null): Promise<PlannablePolicy> {
    const policy = await this.resolvePolicy(manager, policyId);
    if (policyId && policy.id !== policyId) throw new NotFoundException('SLA policy not found');
    return policy;
  }
}
