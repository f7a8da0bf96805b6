import { Injectable, type OnModuleInit, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AcceptInvitationRequest, ChangePasswordRequest, LoginRequest, SessionUser } from '@fullcircle/shared';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashPassword, verifyPassword } from '../../common/auth/password-hash';
import { hashSecretToken } from '../../common/auth/secret-token';
import { fieldInvalid } from '../../common/http/field-errors';
import { loginAttempts } from '../../metrics/metrics.registry';
import { auditActor } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { UserAccountsService } from '../org/user-accounts.service';
import { UserLifecycleHooks } from '../org/user-lifecycle.hooks';
import type { ClientMeta } from './authenticated-request';
import { SessionService } from './session.service';

export interface SignedIn {
  user: SessionUser;
  /** For the session cookie; never sent in a body. */
  token: string;
}

/** The one answer to every failed login, so it never tells which part was wrong. */
const INVALID_LOGIN = 'Invalid email or password';

@Injectable()
export class AuthService implements OnModuleInit {
  // A hash of nothing in particular: unknown emails are verified against it, so a login for an
  // account that does not exist costs the same argon2 work as a wrong password.
  private dummyHash!: Promise<string>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: UserAccountsService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly hooks: UserLifecycleHooks,
  ) {}

  onModuleInit(): void {
    this.dummyHash = hashPassword(randomBytes(16).toString('hex'));
    this.hooks.onDeactivated((manager, userId) => this.sessions.revokeAll(manager, userId));
  }

  /** Only active staff may sign in; every failure is the same generic 401. */
  async login(body: LoginRequest, meta: ClientMeta): Promise<SignedIn> {
    const account = await this.accounts.credentialsByEmail(body.email);
    const matches = await verifyPassword(account?.passwordHash ?? (await this.dummyHash), body.password);
    if (!account?.passwordHash || !matches || account.status !== 'active') {
      loginAttempts.inc({ outcome: 'failure' });
      throw new UnauthorizedException(INVALID_LOGIN);
    }
    loginAttempts.inc({ outcome: 'success' });
    return this.signIn(account.id, meta);
  }

  logout(sessionId: string): Promise<void> {
    return this.sessions.revoke(sessionId);
  }

  /** Keeps the current session and signs the user out everywhere else. */
  async changePassword(user: SessionUser, sessionId: string, body: ChangePasswordRequest): Promise<void> {
    const account = await this.accounts.credentialsById(user.id);
    if (!account?.passwordHash || !(await verifyPassword(account.passwordHash, body.currentPassword))) {
      throw fieldInvalid('currentPassword', 'is not your current password');
    }
    const passwordHash = await hashPassword(body.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.accounts.setPasswordHash(manager, user.id, passwordHash);
      await this.sessions.revokeAll(manager, user.id, sessionId);
      await this.audit.announce(manager, {
        ...auditActor(user),
        action: 'auth.password.changed',
        targetType: 'user',
        targetId: user.id,
        data: {},
      });
    });
  }

  /** Spends the invitation, sets the password and signs the new staff member in. */
  async acceptInvitation(body: AcceptInvitationRequest, meta: ClientMeta): Promise<SignedIn> {
    const passwordHash = await hashPassword(body.password);
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const userId = await this.accounts.acceptInvitation(manager, hashSecretToken(body.token), passwordHash, now);
      if (!userId) throw fieldInvalid('token', 'is invalid, already used or expired');
      const token = await this.sessions.create(manager, userId, meta, now);
      const user = (await this.accounts.sessionUser(userId, manager))!;
      await this.audit.announce(manager, {
        ...auditActor(user),
        action: 'auth.invitation.accepted',
        targetType: 'user',
        targetId: userId,
        data: {},
      });
      return { user, token };
    });
  }

  private async signIn(userId: string, meta: ClientMeta): Promise<SignedIn> {
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      const token = await this.sessions.create(manager, userId, meta, now);
      await this.accounts.recordLogin(manager, userId, now);
      const user = await this.accounts.sessionUser(userId, manager);
      // Deactivated between the password check and here.
      if (!user) throw new UnauthorizedException(INVALID_LOGIN);
      return { user, token };
    });
  }
}
