import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type {
  CreateDepartmentRequest,
  Department as DepartmentDto,
  SessionUser,
  UpdateDepartmentRequest,
} from '@fullcircle/shared';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import { fieldConflict, fieldInvalid, isUniqueViolation } from '../../common/http/field-errors';
import { auditActor } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { DepartmentMembership } from './entities/department-membership.entity';
import { Department } from './entities/department.entity';
import { type DepartmentStats, toDepartmentDto } from './org.mapper';
import { slugify } from './org-rules';

@Injectable()
export class DepartmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<DepartmentDto[]> {
    const [rows, stats] = await Promise.all([this.departments.find({ order: { name: 'ASC' } }), this.stats(this.dataSource.manager)]);
    return rows.map((d) => toDepartmentDto(d, stats.get(d.id)));
  }

  async create(actor: SessionUser, body: CreateDepartmentRequest): Promise<DepartmentDto> {
    return this.saving('slug', async (manager) => {
      const slug = body.slug ?? slugify(body.name);
      await this.assertSlugFree(manager, slug);
      const department = await manager.save(
        manager.create(Department, { name: body.name, slug, description: body.description ?? null }),
      );
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'org.department.created',
        targetType: 'department',
        targetId: department.id,
        data: { name: department.name, slug },
      });
      return toDepartmentDto(department);
    });
  }

  async update(actor: SessionUser, id: string, body: UpdateDepartmentRequest): Promise<DepartmentDto> {
    return this.saving('slug', async (manager) => {
      const department = await manager.findOne(Department, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!department) throw new NotFoundException('Department not found');
      if (body.slug !== undefined && body.slug !== department.slug) await this.assertSlugFree(manager, body.slug);
      const changes = definedOnly(body);
      Object.assign(department, changes);
      await manager.save(department);
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'org.department.updated',
        targetType: 'department',
        targetId: id,
        data: { changes },
      });
      return toDepartmentDto(department, (await this.stats(manager, [id])).get(id));
    });
  }

  /** Rejects with 400 naming `field` unless every id is a department. */
  async assertExist(manager: EntityManager, ids: readonly string[], field = 'departmentIds'): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const found = await manager.count(Department, { where: { id: In(unique) } });
    if (found !== unique.length) throw fieldInvalid(field, 'contains a department that does not exist');
  }

  /** Owners and head count per department; deactivated staff do not count. */
  private async stats(manager: EntityManager, ids?: string[]): Promise<Map<string, DepartmentStats>> {
    const qb = manager
      .createQueryBuilder(DepartmentMembership, 'm')
      .innerJoin('m.user', 'u')
      .select('m.department_id', 'departmentId')
      .addSelect('count(*)::int', 'memberCount')
      .addSelect(`coalesce(array_agg(m.user_id::text ORDER BY m.user_id) FILTER (WHERE m.is_owner), '{}'::text[])`, 'ownerIds')
      .where(`u.status <> 'deactivated'`)
      .groupBy('m.department_id');
    if (ids) qb.andWhere('m.department_id IN (:...ids)', { ids });
    const rows = await qb.getRawMany<{ departmentId: string; memberCount: number; ownerIds: string[] }>();
    return new Map(rows.map((r) => [r.departmentId, { ownerIds: r.ownerIds, memberCount: r.memberCount }]));
  }

  private async assertSlugFree(manager: EntityManager, slug: string): Promise<void> {
    if (await manager.exists(Department, { where: { slug } })) throw fieldConflict('slug', 'is already used by another department');
  }

  /** Runs a change in one transaction; a concurrent insert of the same slug still answers 409. */
  private async saving<T>(field: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (err) {
      if (isUniqueViolation(err)) throw fieldConflict(field, 'is already used by another department');
      throw err;
    }
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
