import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThanOrEqual, MoreThan, type EntityManager, type Repository } from 'typeorm';
import { hashSecretToken, newSecretToken } from '../../../common/auth/secret-token';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { CustomerSession } from '../entities/customer-session.entity';

/** Customer sessions last 30 days; signing out revokes them. */
export const CUSTOMER_SESSION_TTL_MS = 30 * 24 * 3600 * 1000;

// Tokens are 43 characters; anything much longer is not ours and is not worth hashing.
const MAX_TOKEN_LENGTH = 128;

export interface CustomerPrincipal {
  customerId: string;
  sessionId: string;
}

/** Customer sessions (portal and public board): create, resume, revoke. */
@Injectable()
export class CustomerSessionService {
  constructor(
    @InjectRepository(CustomerSession) private readonly sessions: Repository<CustomerSession>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new session for the customer; returns the secret for the cookie. */
  async create(manager: EntityManager, customerId: string, now = new Date()): Promise<string> {
    const { token, hash } = newSecretToken();
    await manager.delete(CustomerSession, { customerId, expiresAt: LessThanOrEqual(now) });
    await manager.insert(CustomerSession, {
      customerId,
      tokenHash: hash,
      expiresAt: new Date(now.getTime() + CUSTOMER_SESSION_TTL_MS),
      revokedAt: null,
    });
    return token;
  }

  /**
   * The customer behind a cookie, or null. A session of a customer later merged into another
   * resolves to the survivor, so a merge never strands a signed-in customer on an empty record.
   */
  async resume(cookieToken: string | undefined, now = new Date()): Promise<CustomerPrincipal | null> {
    if (!cookieToken || cookieToken.length > MAX_TOKEN_LENGTH) return null;
    const session = await this.sessions.findOne({
      where: { tokenHash: hashSecretToken(cookieToken), expiresAt: MoreThan(now), revokedAt: IsNull() },
    });
    if (!session) return null;
    const customerId = await this.survivorOf(session.customerId);
    return customerId ? { customerId, sessionId: session.id } : null;
  }

  async revoke(sessionId: string, now = new Date()): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: now });
  }

  /** Follows merged_into_id to the surviving customer (bounded, in case of a cycle). */
  private async survivorOf(customerId: string): Promise<string | null> {
    const rows: { id: string }[] = await this.sessions.manager.query(
      `WITH RECURSIVE chain(id, merged_into_id, depth) AS (
         SELECT id, merged_into_id, 0 FROM customer WHERE id = $1
         UNION ALL
         SELECT c.id, c.merged_into_id, chain.depth + 1 FROM customer c JOIN chain ON c.id = chain.merged_into_id WHERE chain.depth < 10
       )
       SELECT id FROM chain WHERE merged_into_id IS NULL LIMIT 1`,
      [customerId],
    );
    return rows[0]?.id ?? null;
  }

  get cookieSecure(): boolean {
    return this.config.COOKIE_SECURE || (this.config.PUBLIC_URL?.startsWith('https:') ?? false);
  }
}
