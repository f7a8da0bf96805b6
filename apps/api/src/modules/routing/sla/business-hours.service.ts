import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ALWAYS_OPEN, type BusinessHours, type DepartmentBusinessHours as HoursDto, type SessionUser } from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { auditActor } from '../../audit/audit-actor';
import { AuditService } from '../../audit/audit.service';
import { Department } from '../../org/entities/department.entity';
import { DepartmentBusinessHours } from './entities/department-business-hours.entity';

@Injectable()
export class BusinessHoursService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(actor: SessionUser, id: string): Promise<HoursDto> {
    const hours = await this.read(this.dataSource.manager, id);
    this.assertMayManage(actor, id);
    return hours;
  }

  /** The hours an SLA is measured on: the department's own, or always open. */
  async hoursOf(manager: EntityManager, departmentId: string): Promise<BusinessHours> {
    return (await this.read(manager, departmentId)).hours;
  }

  async set(actor: SessionUser, id: string, hours: BusinessHours): Promise<HoursDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertDepartment(manager, id);
      this.assertMayManage(actor, id);
      const normalised: BusinessHours = {
        ...hours,
        workingDays: [...new Set(hours.workingDays)].sort((a, b) => a - b),
        holidays: [...new Set(hours.holidays)].sort(),
      };
      await manager.upsert(DepartmentBusinessHours, { departmentId: id, hours: normalised }, ['departmentId']);
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'routing.business_hours.updated',
        targetType: 'department',
        targetId: id,
        data: { hours: normalised },
      });
      return { departmentId: id, configured: true, hours: normalised };
    });
  }

  private assertMayManage(actor: SessionUser, id: string): void {
    if (actor.role !== 'admin' && !(actor.role === 'owner' && actor.departmentIds.includes(id))) {
      throw new ForbiddenException('Only admins and the owners of this department manage its hours');
    }
  }

  private async read(manager: EntityManager, id: string): Promise<HoursDto> {
    await this.assertDepartment(manager, id);
    const row = await manager.findOne(DepartmentBusinessHours, { where: { departmentId: id } });
    return { departmentId: id, configured: !!row, hours: row?.hours ?? ALWAYS_OPEN };
  }

  private async assertDepartment(manager: EntityManager, id: string): Promise<void> {
    if (!(await manager.exists(Department, { where: { id } }))) throw new NotFoundException('Department not found');
  }
}
