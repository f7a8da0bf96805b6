import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SessionUser } from '@fullcircle/shared';
import { LessThanOrEqual, MoreThan, Not, type EntityManager, type Repository } from 'typeorm';
import { hashSecretToken, newSecretToken } from '../../common/auth/secret-token';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { UserAccountsService } from '../org/user-accounts.service';
import type { ClientMeta } from './authenticated-request';
import { Session } from './entities/session.entity';
import { graceCutoff, lastSeenStale, rotationDue, sessionExpiry } from './session-policy';

export interface ResumedSession {
  user: SessionUser;
  sessionId: string;
  /** Set when this request rotated the token: the caller must send it as the new cookie. */
  rotatedToken?: string;
}

// Tokens are 43 characters; anything much longer is not ours and is not worth hashing.
const MAX_TOKEN_LENGTH = 128;

/** Staff sessions: create, resume (with rotation), authenticate, revoke. */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: UserAccountsService,
  ) {}

  /** A new session (new id and token) for the user; returns the token for the cookie. */
  async create(manager: EntityManager, userId: string, meta: ClientMeta, now = new Date()): Promise<string> {
    const { token, hash } = newSecretToken();
    await manager.delete(Session, { userId, expiresAt: LessThanOrEqual(now) });
    await manager.insert(Session, {
      userId,
      tokenHash: hash,
      rotatedAt: now,
      lastSeenAt: now,
      expiresAt: sessionExpiry(now, this.config.SESSION_TTL_HOURS),
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    return token;
  }

  /**
   * The staff member behind a session cookie, or null. Never rotates, so a caller that cannot
   * set cookies (e.g. the bull-board UI's hook) can use it without signing anyone out.
   */
  async authenticate(cookieToken: string | undefined): Promise<SessionUser | null> {
    const found = await this.find(cookieToken, new Date());
    return found ? this.accounts.sessionUser(found.session.userId) : null;
  }

  /** Like authenticate, for the session guard: rotates the token when due and tracks activity. */
  async resume(cookieToken: string | undefined, now = new Date()): Promise<ResumedSession | null> {
    const found = await this.find(cookieToken, now);
    if (!found) return null;
    const { session, presentedHash } = found;
    const user = await this.accounts.sessionUser(session.userId);
    if (!user) return null;
    // Only the current token rotates; a replaced token inside its grace period is just accepted.
    if (session.tokenHash === presentedHash && rotationDue(session.rotatedAt, now, this.config.SESSION_ROTATE_MINUTES)) {
      const rotatedToken = await this.rotate(session, presentedHash, now);
      return { user, sessionId: session.id, ...(rotatedToken ? { rotatedToken } : {}) };
    }
    if (lastSeenStale(session.lastSeenAt, now)) await this.sessions.update({ id: session.id }, { lastSeenAt: now });
    return { user, sessionId: session.id };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  /** Signs the user out everywhere, optionally except the session making the request. */
  async revokeAll(manager: EntityManager, userId: string, exceptSessionId?: string): Promise<void> {
    await manager.delete(Session, exceptSessionId ? { userId, id: Not(exceptSessionId) } : { userId });
  }

  private async find(cookieToken: string | undefined, now: Date): Promise<{ session: Session; presentedHash: string } | null> {
    if (!cookieToken || cookieToken.length > MAX_TOKEN_LENGTH) return null;
    const presentedHash = hashSecretToken(cookieToken);
    const session = await this.sessions.findOne({
      where: [
        { tokenHash: presentedHash, expiresAt: MoreThan(now) },
        { previousTokenHash: presentedHash, rotatedAt: MoreThan(graceCutoff(now)), expiresAt: MoreThan(now) },
      ],
    });
    return session ? { session, presentedHash } : null;
  }

  /**
   * Conditional on the token still being current: of two requests racing to rotate the same
   * session, one wins and the other carries on with the old token (valid during the grace period).
   */
  private async rotate(session: Session, presentedHash: string, now: Date): Promise<string | null> {
    const { token, hash } = newSecretToken();
    const result = await this.sessions.update(
      { id: session.id, tokenHash: presentedHash },
      {
        tokenHash: hash,
        previousTokenHash: presentedHash,
        rotatedAt: now,
        lastSeenAt: now,
        expiresAt: sessionExpiry(now, this.config.SESSION_TTL_HOURS),
      },
    );
    return result.affected ? token : null;
  }
}
