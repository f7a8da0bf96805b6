import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { IdempotencyKey } from './idempotency-key.entity';

export const IDEMPOTENCY_KEY_TTL_SECONDS = 24 * 3600;
// A key left in progress this long was abandoned (its process died mid-request): a retry of the
// same request may take it over rather than wait out the 24 hours.
const ABANDONED_AFTER_SECONDS = 120;
// Expired rows are purged on insert rather than by a scheduled job: a lookup ignores them anyway,
// so all a purge does is bound the table, and traffic is what grows it.
const PURGE_EVERY_MS = 60_000;
const PURGE_BATCH = 1_000;

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'in_progress' }
  | { kind: 'mismatch' };

export interface KeyRef {
  scope: string;
  key: string;
  requestHash: string;
}

/** Stripe-style idempotency keys in PostgreSQL: claim before running a request, record its answer after. */
@Injectable()
export class IdempotencyService {
  private readonly logger = new Logger(IdempotencyService.name);
  private lastPurgeAt = 0;

  constructor(@InjectRepository(IdempotencyKey) private readonly keys: Repository<IdempotencyKey>) {}

  /**
   * Takes the key for this request when it is new (or expired, or abandoned); otherwise says what
   * became of the request that holds it. The unique (scope, key) makes concurrent claims race safely.
   */
  async claim(ref: KeyRef): Promise<Claim> {
    this.purgeExpiredNowAndThen();
    // A row may expire or be released between the two statements: then the next round claims it.
    for (let round = 0; round < 3; round++) {
      const claimed: unknown[] = await this.keys.query(
        `INSERT INTO idempotency_key (scope, key, request_hash, status, created_at, expires_at)
         VALUES ($1, $2, $3, 'in_progress', now(), now() + make_interval(secs => $4))
         ON CONFLICT (scope, key) DO UPDATE
           SET request_hash = EXCLUDED.request_hash, status = 'in_progress', response_status = NULL,
               response_body = NULL, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
           WHERE idempotency_key.expires_at <= now()
              OR (idempotency_key.status = 'in_progress' AND idempotency_key.request_hash = EXCLUDED.request_hash
                  AND idempotency_key.created_at < now() - make_interval(secs => $5))
         RETURNING 1`,
        [ref.scope, ref.key, ref.requestHash, IDEMPOTENCY_KEY_TTL_SECONDS, ABANDONED_AFTER_SECONDS],
      );
      if (claimed.length) return { kind: 'claimed' };
      const [held] = await this.keys.query(
        `SELECT request_hash, status, response_status, response_body FROM idempotency_key
         WHERE scope = $1 AND key = $2 AND expires_at > now()`,
        [ref.scope, ref.key],
      );
      if (!held) continue;
      if (held.request_hash !== ref.requestHash) return { kind: 'mismatch' };
      if (held.status === 'in_progress') return { kind: 'in_progress' };
      return { kind: 'replay', status: held.response_status, body: held.response_body };
    }
    return { kind: 'in_progress' };
  }

  /** Records the answer to replay. Only the claim that is still in progress for this request is completed. */
  async complete(ref: KeyRef, status: number, body: unknown): Promise<void> {
    await this.keys.query(
      `UPDATE idempotency_key SET status = 'completed', response_status = $4, response_body = $5::jsonb
       WHERE scope = $1 AND key = $2 AND request_hash = $3 AND status = 'in_progress'`,
      [ref.scope, ref.key, ref.requestHash, status, body === undefined ? null : JSON.stringify(body)],
    );
  }

  /** Frees the key after a failure that a retry may overcome (5xx): the retry runs as a new request. */
  async release(ref: KeyRef): Promise<void> {
    await this.keys.query(
      `DELETE FROM idempotency_key WHERE scope = $1 AND key = $2 AND request_hash = $3 AND status = 'in_progress'`,
      [ref.scope, ref.key, ref.requestHash],
    );
  }

  /** Deletes a batch of expired keys, at most once a minute per process, without delaying the request. */
  private purgeExpiredNowAndThen(): void {
    const now = Date.now();
    if (now - this.lastPurgeAt < PURGE_EVERY_MS) return;
    this.lastPurgeAt = now;
    this.purgeExpired().catch((err: unknown) => this.logger.warn({ err }, 'could not purge expired idempotency keys'));
  }

  async purgeExpired(): Promise<number> {
    const [, deleted] = await this.keys.query(
      `DELETE FROM idempotency_key WHERE ctid = ANY(ARRAY(
         SELECT ctid FROM idempotency_key WHERE expires_at <= now() LIMIT $1))`,
      [PURGE_BATCH],
    );
    return Number(deleted ?? 0);
  }
}
