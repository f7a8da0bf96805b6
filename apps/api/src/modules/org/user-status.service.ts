import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SessionUser, User as UserDto } from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { auditActor } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { User } from './entities/user.entity';
import { toUserDto } from './org.mapper';
import { isLastActiveAdmin } from './org-rules';
import { UserLifecycleHooks } from './user-lifecycle.hooks';
import { lockActiveAdminIds, lockUser } from './user-queries';

/** Deactivation and reactivation; both are idempotent. */
@Injectable()
export class UserStatusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hooks: UserLifecycleHooks,
    private readonly audit: AuditService,
  ) {}

  /** Signs the user out everywhere (through the lifecycle hooks) in the same transaction. */
  async deactivate(actor: SessionUser, id: string): Promise<UserDto> {
    if (actor.id === id) throw new ConflictException('You cannot deactivate your own account');
    return this.dataSource.transaction(async (manager) => {
      const user = await lockUser(manager, id);
      if (user.status === 'deactivated') return toUserDto(user);
      if (user.role === 'admin' && user.status === 'active' && isLastActiveAdmin(await lockActiveAdminIds(manager), id)) {
        throw new ConflictException('The last active admin cannot be deactivated');
      }
      const from = user.status;
      user.status = 'deactivated';
      await manager.update(User, { id }, { status: user.status });
      await this.hooks.userDeactivated(manager, id);
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'org.user.deactivated',
        targetType: 'user',
        targetId: id,
        data: { from },
      });
      return toUserDto(user);
    });
  }

  /** Back to active, or to invited when they never set a password (their invitation link works again). */
  async reactivate(actor: SessionUser, id: string): Promise<UserDto> {
    return this.dataSource.transaction(async (manager) => {
      const user = await lockUser(manager, id);
      if (user.status !== 'deactivated') return toUserDto(user);
      user.status = user.passwordHash ? 'active' : 'invited';
      await manager.update(User, { id }, { status: user.status });
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'org.user.reactivated',
        targetType: 'user',
        targetId: id,
        data: { to: user.status },
      });
      return toUserDto(user);
    });
  }
}
