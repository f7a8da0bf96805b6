import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type {
  InviteUserResponse,
  ListUsersQuery,
  SessionUser,
  UpdateUserRequest,
  User as UserDto,
  inviteUserRequestSchema,
} from '@fullcircle/shared';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { z } from 'zod';
import { newSecretToken } from '../../common/auth/secret-token';
import { fieldConflict, isUniqueViolation } from '../../common/http/field-errors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { auditActor } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { DepartmentsService } from './departments.service';
import { DepartmentMembership } from './entities/department-membership.entity';
import { User } from './entities/user.entity';
import { toUserDto } from './org.mapper';
import { INVITATION_TTL_MS, invitationUrl, isLastActiveAdmin } from './org-rules';
import { loadUserWithMemberships, lockActiveAdminIds, lockUser, replaceMemberships } from './user-queries';

export type InviteUserInput = z.output<typeof inviteUserRequestSchema>;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly departments: DepartmentsService,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListUsersQuery): Promise<UserDto[]> {
    const qb = this.users.createQueryBuilder('u').leftJoinAndSelect('u.memberships', 'm').orderBy('u.name', 'ASC').addOrderBy('u.id');
    if (query.status) qb.andWhere('u.status = :status', { status: query.status });
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.departmentId) {
      qb.andWhere('EXISTS (SELECT 1 FROM department_membership dm WHERE dm.user_id = u.id AND dm.department_id = :departmentId)', {
        departmentId: query.departmentId,
      });
    }
    const search = query.search?.trim();
    if (search) qb.andWhere('(u.name ILIKE :search OR u.email ILIKE :search)', { search: `%${escapeLike(search)}%` });
    return (await qb.getMany()).map(toUserDto);
  }

  /** Creates an invited user and the one-time link that lets them set a password. */
  async invite(actor: SessionUser, body: InviteUserInput, requestOrigin: string): Promise<InviteUserResponse> {
    const email = body.email.trim().toLowerCase();
    const invitation = newSecretToken();
    try {
      const user = await this.dataSource.transaction(async (manager) => {
        if (await manager.exists(User, { where: { email } })) throw emailTaken();
        await this.departments.assertExist(manager, body.departmentIds);
        const created = await manager.save(
          manager.create(User, {
            email,
            name: body.name,
            role: body.role,
            status: 'invited',
            invitationTokenHash: invitation.hash,
            invitationExpiresAt: new Date(Date.now() + INVITATION_TTL_MS),
          }),
        );
        await replaceMemberships(manager, created, body.departmentIds);
        await this.audit.announce(manager, {
          ...auditActor(actor),
          action: 'org.user.invited',
          targetType: 'user',
          targetId: created.id,
          data: { role: body.role, departmentIds: body.departmentIds },
        });
        return this.reload(manager, created.id);
      });
      return { user, invitationUrl: invitationUrl(this.config.PUBLIC_URL ?? requestOrigin, invitation.token) };
    } catch (err) {
      if (isUniqueViolation(err)) throw emailTaken();
      throw err;
    }
  }

  async update(actor: SessionUser, id: string, body: UpdateUserRequest): Promise<UserDto> {
    return this.dataSource.transaction(async (manager) => {
      const user = await lockUser(manager, id);
      const before = toUserDto(user);
      const role = body.role ?? user.role;
      if (user.role === 'admin' && role !== 'admin' && user.status === 'active') {
        if (isLastActiveAdmin(await lockActiveAdminIds(manager), id)) {
          throw new ConflictException('The last active admin cannot be given another role; make someone else admin first');
        }
      }
      if (body.departmentIds) await this.departments.assertExist(manager, body.departmentIds);
      await manager.update(User, { id }, { name: body.name ?? user.name, role });
      if (body.departmentIds) {
        await replaceMemberships(manager, { id, role }, body.departmentIds);
      } else if (role !== user.role) {
        await manager.update(DepartmentMembership, { userId: id }, { isOwner: role === 'owner' });
      }
      const after = await this.reload(manager, id);
      const diff = changes(before, after);
      if (Object.keys(diff).length) {
        await this.audit.announce(manager, { ...auditActor(actor), action: 'org.user.updated', targetType: 'user', targetId: id, data: diff });
      }
      return after;
    });
  }

  private async reload(manager: EntityManager, id: string): Promise<UserDto> {
    return toUserDto((await loadUserWithMemberships(manager, id))!);
  }
}

function emailTaken() {
  return fieldConflict('email', 'is already used by another user');
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Field → { from, to } for what an update actually changed (names are left out: personal data). */
function changes(before: UserDto, after: UserDto): Record<string, unknown> {
  const diff: Record<string, unknown> = {};
  if (before.role !== after.role) diff.role = { from: before.role, to: after.role };
  if (before.departmentIds.join() !== after.departmentIds.join()) {
    diff.departmentIds = { from: before.departmentIds, to: after.departmentIds };
  }
  if (before.name !== after.name) diff.name = 'changed';
  return diff;
}
