import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  applyWebhookMapping,
  type SessionUser,
  type TestWebhookMappingResult,
  type WebhookSource as WebhookSourceDto,
  type WebhookSourceWithSecret,
  type createWebhookSourceRequestSchema,
  type testWebhookMappingRequestSchema,
  type updateWebhookSourceRequestSchema,
} from '@fullcircle/shared';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { auditActor } from '../../audit/audit-actor';
import { AuditService } from '../../audit/audit.service';
import { WebhookSource } from './entities/webhook-source.entity';
import { toWebhookSourceDto } from './webhook-source.mapper';
import { newWebhookSecret, openSecret, sealSecret } from './webhook-secret';
import type { DemoWebhookSource } from './seed/webhook-demo.data';

export type CreateWebhookSourceInput = z.output<typeof createWebhookSourceRequestSchema>;
export type UpdateWebhookSourceInput = z.output<typeof updateWebhookSourceRequestSchema>;
export type TestWebhookMappingInput = z.output<typeof testWebhookMappingRequestSchema>;

/** Admins' side of channel 7: the sources, their secrets (shown once) and their mappings. */
@Injectable()
export class WebhookSourcesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(WebhookSource) private readonly sources: Repository<WebhookSource>,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(): Promise<WebhookSourceDto[]> {
    const rows = await this.sources.find({ order: { createdAt: 'DESC', id: 'ASC' } });
    return rows.map(toWebhookSourceDto);
  }

  /** Active sources per kind, for the Channels page. */
  async active(): Promise<WebhookSourceDto[]> {
    const rows = await this.sources.find({ where: { active: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toWebhookSourceDto);
  }

  async get(id: string): Promise<WebhookSourceDto> {
    const source = await this.sources.findOne({ where: { id } });
    if (!source) throw new NotFoundException('Webhook source not found');
    return toWebhookSourceDto(source);
  }

  /** The secret is in the answer only; the audit trail keeps its prefix. */
  async create(actor: SessionUser, body: CreateWebhookSourceInput): Promise<WebhookSourceWithSecret> {
    const { secret, prefix } = newWebhookSecret();
    return this.dataSource.transaction(async (manager) => {
      const source = await manager.save(
        manager.create(WebhookSource, {
          name: body.name,
          kind: body.kind,
          network: body.network,
          mapping: body.mapping,
          secretSealed: sealSecret(secret, this.config.SECRETS_KEY),
          secretPrefix: prefix,
          active: true,
          createdById: actor.id,
        }),
      );
      await this.announce(manager, actor, 'intake.webhook_source.created', source, { name: source.name, kind: source.kind, network: source.network, secretPrefix: prefix });
      return { source: toWebhookSourceDto(source), secret };
    });
  }

  async update(actor: SessionUser, id: string, body: UpdateWebhookSourceInput): Promise<WebhookSourceDto> {
    return this.dataSource.transaction(async (manager) => {
      const source = await this.lock(manager, id);
      const changed: Record<string, unknown> = {};
      for (const key of ['name', 'network', 'active'] as const) {
        if (body[key] !== undefined && body[key] !== source[key]) changed[key] = { from: source[key], to: body[key] };
      }
      if (body.mapping && JSON.stringify(body.mapping) !== JSON.stringify(source.mapping)) changed.mapping = { from: source.mapping, to: body.mapping };
      if (Object.keys(changed).length === 0) return toWebhookSourceDto(source);
      Object.assign(source, {
        ...(body.name !== undefined && { name: body.name }),
        ...(body.network !== undefined && { network: body.network }),
        ...(body.active !== undefined && { active: body.active }),
        ...(body.mapping !== undefined && { mapping: body.mapping }),
      });
      const saved = await manager.save(source);
      const action =
        Object.keys(changed).length === 1 && 'active' in changed
          ? body.active
            ? 'intake.webhook_source.activated'
            : 'intake.webhook_source.deactivated'
          : 'intake.webhook_source.updated';
      await this.announce(manager, actor, action, saved, { name: saved.name, changed });
      return toWebhookSourceDto(saved);
    });
  }

  /** A new secret replaces the old one at once: deliveries signed with the old one get 403 from now on. */
  async rotateSecret(actor: SessionUser, id: string): Promise<WebhookSourceWithSecret> {
    const { secret, prefix } = newWebhookSecret();
    return this.dataSource.transaction(async (manager) => {
      const source = await this.lock(manager, id);
      const previousPrefix = source.secretPrefix;
      source.secretSealed = sealSecret(secret, this.config.SECRETS_KEY);
      source.secretPrefix = prefix;
      source.secretRotatedAt = new Date();
      const saved = await manager.save(source);
      await this.announce(manager, actor, 'intake.webhook_source.secret_rotated', saved, { name: saved.name, previousPrefix, secretPrefix: prefix });
      return { source: toWebhookSourceDto(saved), secret };
    });
  }

  /** What a mapping makes of a pasted payload, without storing anything. */
  testMapping(body: TestWebhookMappingInput): TestWebhookMappingResult {
    let payload: unknown;
    try {
      payload = JSON.parse(body.sample);
    } catch (err) {
      return { ok: false, issues: [{ field: 'sample', message: `is not valid JSON: ${(err as Error).message}` }] };
    }
    return applyWebhookMapping(payload, body.mapping, body.network);
  }

  /**
   * The demo seed's source, created on first start with a fresh secret; its secret, for signing the
   * demo deliveries, or null when an admin deactivated it (or its secret cannot be read).
   */
  async ensureDemoSource(spec: Pick<DemoWebhookSource, 'id' | 'name' | 'kind' | 'network' | 'mapping'>): Promise<string | null> {
    const existing = await this.sources.findOne({ where: { id: spec.id } });
    if (existing) return existing.active ? openSecret(existing.secretSealed, this.config.SECRETS_KEY) : null;
    const { secret, prefix } = newWebhookSecret();
    await this.sources
      .createQueryBuilder()
      .insert()
      .values({ ...spec, secretSealed: sealSecret(secret, this.config.SECRETS_KEY), secretPrefix: prefix, active: true, createdById: null })
      .orIgnore()
      .execute();
    // Another API process may have created it first: its secret is the one stored.
    const stored = await this.sources.findOneOrFail({ where: { id: spec.id } });
    return openSecret(stored.secretSealed, this.config.SECRETS_KEY);
  }

  private async lock(manager: EntityManager, id: string): Promise<WebhookSource> {
    const source = await manager.findOne(WebhookSource, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!source) throw new NotFoundException('Webhook source not found');
    return source;
  }

  private announce(manager: EntityManager, actor: SessionUser, action: string, source: WebhookSource, data: Record<string, unknown>) {
    return this.audit.announce(manager, { ...auditActor(actor), action, targetType: 'webhook_source', targetId: source.id, data });
  }
}
