import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { ApiKey as ApiKeyDto, CreatedApiKey, SessionUser, createApiKeyRequestSchema } from '@fullcircle/shared';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { z } from 'zod';
import { hashSecretToken } from '../../../common/auth/secret-token';
import { auditActor } from '../../audit/audit-actor';
import { AuditService } from '../../audit/audit.service';
import { ApiKey } from '../entities/api-key.entity';
import { toApiKeyDto } from './api-key.mapper';
import { newApiKeySecret } from './api-key-secret';

export type CreateApiKeyInput = z.output<typeof createApiKeyRequestSchema>;

// Recording every use would turn each API call into a write; a minute is precise enough to spot idle keys.
const LAST_USED_PRECISION_MS = 60_000;

@Injectable()
export class ApiKeysService {
  private readonly logger = new Logger(ApiKeysService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ApiKeyDto[]> {
    const rows = await this.keys.find({ relations: { createdBy: true }, order: { createdAt: 'DESC', id: 'ASC' } });
    return rows.map((key) => toApiKeyDto(key, key.createdBy?.name ?? null));
  }

  /** The secret is in the answer only: the database keeps its SHA-256, and the audit trail its prefix. */
  async create(actor: SessionUser, body: CreateApiKeyInput): Promise<CreatedApiKey> {
    const { secret, prefix, hash } = newApiKeySecret();
    const scopes = [...new Set(body.scopes)];
    const apiKey = await this.dataSource.transaction(async (manager) => {
      const key = await manager.save(manager.create(ApiKey, { name: body.name, prefix, secretHash: hash, scopes, createdById: actor.id }));
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'auth.api_key.created',
        targetType: 'api_key',
        targetId: key.id,
        data: { name: key.name, prefix, scopes },
      });
      return toApiKeyDto(key, actor.name);
    });
    return { apiKey, secret };
  }

  /** Revoking twice is harmless: the first revocation time stays and nothing new is audited. */
  async revoke(actor: SessionUser, id: string): Promise<ApiKeyDto> {
    return this.dataSource.transaction(async (manager) => {
      const key = await manager.findOne(ApiKey, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!key) throw new NotFoundException('API key not found');
      if (!key.revokedAt) {
        key.revokedAt = new Date();
        await manager.save(key);
        await this.audit.announce(manager, {
          ...auditActor(actor),
          action: 'auth.api_key.revoked',
          targetType: 'api_key',
          targetId: id,
          data: { name: key.name, prefix: key.prefix },
        });
      }
      return this.reload(manager, id);
    });
  }

  private async reload(manager: EntityManager, id: string): Promise<ApiKeyDto> {
    const key = await manager.findOneOrFail(ApiKey, { where: { id }, relations: { createdBy: true } });
    return toApiKeyDto(key, key.createdBy?.name ?? null);
  }

  findBySecret(secret: string): Promise<ApiKey | null> {
    return this.keys.findOne({ where: { secretHash: hashSecretToken(secret) } });
  }

  /** Records the use at most once a minute; a failure to record never fails the caller's request. */
  async noteUse(key: Pick<ApiKey, 'id' | 'lastUsedAt'>): Promise<void> {
    if (key.lastUsedAt && Date.now() - key.lastUsedAt.getTime() < LAST_USED_PRECISION_MS) return;
    try {
      // The condition repeats the check in SQL, so processes racing on one key write once.
      await this.keys.query(
        `UPDATE api_key SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2))`,
        [key.id, LAST_USED_PRECISION_MS / 1000],
      );
    } catch (err) {
      this.logger.warn({ err, apiKeyId: key.id }, 'could not record API key use');
    }
  }
}
