import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SessionUser, UserStatus } from '@fullcircle/shared';
import type { EntityManager, Repository } from 'typeorm';
import { User } from './entities/user.entity';
import { loadUserWithMemberships } from './user-queries';

export interface Credentials {
  id: string;
  status: UserStatus;
  passwordHash: string | null;
}

/**
 * The slice of a user that sign-in needs, for the auth capability (which may not read org's
 * tables itself). Methods taking a manager join the caller's transaction.
 */
@Injectable()
export class UserAccountsService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async credentialsByEmail(email: string): Promise<Credentials | null> {
    return this.users.findOne({ where: { email: email.trim().toLowerCase() }, select: { id: true, status: true, passwordHash: true } });
  }

  async credentialsById(id: string): Promise<Credentials | null> {
    return this.users.findOne({ where: { id }, select: { id: true, status: true, passwordHash: true } });
  }

  /** The signed-in view of an active user; null for anyone else (invited, deactivated, unknown). */
  async sessionUser(id: string, manager: EntityManager = this.users.manager): Promise<SessionUser | null> {
    const user = await loadUserWithMemberships(manager, id);
    if (!user || user.status !== 'active') return null;
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      departmentIds: (user.memberships ?? []).map((m) => m.departmentId).sort(),
    };
  }

  async recordLogin(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.update(User, { id }, { lastLoginAt: at });
  }

  async setPasswordHash(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.update(User, { id }, { passwordHash });
  }

  /**
   * Activates the invited user holding this invitation (by token hash) and sets their password;
   * the invitation is spent. Returns null when no unexpired invitation matches.
   */
  async acceptInvitation(manager: EntityManager, tokenHash: string, passwordHash: string, now: Date): Promise<string | null> {
    const result = await manager
      .createQueryBuilder()
      .update(User)
      .set({ status: 'active', passwordHash, invitationTokenHash: null, invitationExpiresAt: null, lastLoginAt: now })
      .where(`invitation_token_hash = :tokenHash AND status = 'invited' AND invitation_expires_at > :now`, { tokenHash, now })
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[])[0]?.id ?? null;
  }
}
