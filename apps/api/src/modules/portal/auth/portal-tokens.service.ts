import { randomInt, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PORTAL_CODE_MAX_FAILED_ATTEMPTS, PORTAL_TOKEN_TTL_MINUTES, type PortalTokenChannel, type PortalTokenPurpose } from '@fullcircle/shared';
import { IsNull, MoreThan, type EntityManager } from 'typeorm';
import { hashSecretToken, newSecretToken } from '../../../common/auth/secret-token';
import { PortalToken } from '../entities/portal-token.entity';

export interface IssuedToken {
  id: string;
  /** The magic link's secret or the 6-digit code: goes into the message, never into the database. */
  secret: string;
}

/** A code's hash includes its row id: codes repeat across customers, the unique hash must not. */
const codeHash = (tokenId: string, code: string) => hashSecretToken(`${tokenId}:${code}`);

/** One-time tokens: magic links (32 random bytes) and 6-digit codes, stored only as SHA-256. */
@Injectable()
export class PortalTokensService {
  async issueLink(manager: EntityManager, customerId: string, now = new Date()): Promise<IssuedToken> {
    const { token, hash } = newSecretToken();
    const id = randomUUID();
    await manager.insert(PortalToken, { id, customerId, purpose: 'sign_in', channel: 'email', tokenHash: hash, expiresAt: expiry(now) });
    return { id, secret: token };
  }

  async issueCode(
    manager: EntityManager,
    customerId: string,
    purpose: PortalTokenPurpose,
    channel: PortalTokenChannel,
    identity: { kind: string; value: string } | null,
    now = new Date(),
  ): Promise<IssuedToken> {
    const id = randomUUID();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await manager.insert(PortalToken, {
      id,
      customerId,
      purpose,
      channel,
      tokenHash: codeHash(id, code),
      identityKind: identity?.kind ?? null,
      identityValue: identity?.value ?? null,
      expiresAt: expiry(now),
    });
    return { id, secret: code };
  }

  /** Uses up a magic link: the token's row if it is a live sign-in link, else null. Single use even under races. */
  async consumeLink(manager: EntityManager, secret: string, now = new Date()): Promise<PortalToken | null> {
    const token = await manager.findOne(PortalToken, {
      where: { tokenHash: hashSecretToken(secret), purpose: 'sign_in', channel: 'email', usedAt: IsNull(), expiresAt: MoreThan(now) },
    });
    return token && (await this.markUsed(manager, token, now)) ? token : null;
  }

  /**
   * Uses up the customer's live code of this purpose that matches, else counts a wrong guess
   * against each live one (a code dies after PORTAL_CODE_MAX_FAILED_ATTEMPTS) and returns null.
   */
  async consumeCode(manager: EntityManager, customerId: string, purpose: PortalTokenPurpose, code: string, now = new Date()): Promise<PortalToken | null> {
    const live = await manager.find(PortalToken, {
      where: { customerId, purpose, usedAt: IsNull(), expiresAt: MoreThan(now), ...(purpose === 'sign_in' ? { channel: 'sms' as const } : {}) },
      order: { createdAt: 'DESC' },
      take: 5,
    });
    const usable = live.filter((t) => t.failedAttempts < PORTAL_CODE_MAX_FAILED_ATTEMPTS);
    const match = usable.find((t) => t.tokenHash === codeHash(t.id, code));
    if (match) return (await this.markUsed(manager, match, now)) ? match : null;
    if (usable.length) {
      await manager.query('UPDATE portal_token SET failed_attempts = failed_attempts + 1 WHERE id = ANY($1)', [usable.map((t) => t.id)]);
    }
    return null;
  }

  private async markUsed(manager: EntityManager, token: PortalToken, now: Date): Promise<boolean> {
    const result = await manager.update(PortalToken, { id: token.id, usedAt: IsNull() }, { usedAt: now });
    return (result.affected ?? 0) === 1;
  }
}

function expiry(now: Date): Date {
  return new Date(now.getTime() + PORTAL_TOKEN_TTL_MINUTES * 60_000);
}
