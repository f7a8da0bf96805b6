import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type PreviewTemplateRequest,
  type RenderedMessageDto,
  type SaveTemplateRequest,
  type SessionUser,
  type TemplateDto,
  type TemplatePurpose,
  type TemplateVariable,
  saveTemplateRequestSchema,
} from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { fieldConflict, fieldInvalid, isUniqueViolation } from '../../../common/http/field-errors';
import { auditActor } from '../../audit/audit-actor';
import { AuditService } from '../../audit/audit.service';
import { canSeeCase } from '../../cases/case-permissions';
import { MessageTemplate } from '../entities/message-template.entity';
import { loadCaseForTemplate } from './case-variables';
import { renderTemplate, unknownVariables } from './template-renderer';
import { toTemplateDto } from './templates.mapper';

type TemplateExtra = Partial<Record<TemplateVariable, string | null>>;

export interface NamedTemplateQuery {
  name: string;
  purpose: TemplatePurpose;
  caseId: string;
  language?: string | null;
  values?: TemplateExtra;
}

export interface RenderedForCase extends RenderedMessageDto {
  templateId: string;
  purpose: MessageTemplate['purpose'];
}

/** Settings → Templates, and filling a template for a case (the composer's preview, replies, follow-ups). */
@Injectable()
export class TemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<TemplateDto[]> {
    const rows = await this.dataSource.manager.find(MessageTemplate, { relations: { updatedBy: true }, order: { name: 'ASC' } });
    return rows.map(toTemplateDto);
  }

  create(actor: SessionUser, body: SaveTemplateRequest): Promise<TemplateDto> {
    return this.save(actor, null, body);
  }

  update(actor: SessionUser, id: string, body: SaveTemplateRequest): Promise<TemplateDto> {
    return this.save(actor, id, body);
  }

  async remove(actor: SessionUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const template = await manager.findOneBy(MessageTemplate, { id });
      if (!template) throw new NotFoundException('Template not found');
      await manager.delete(MessageTemplate, { id });
      await this.audit.announce(manager, { ...auditActor(actor), action: 'communications.template.deleted', targetType: 'message_template', targetId: id, data: { name: template.name } });
    });
  }

  /** The template filled for a case the reader may see, in the customer's language unless one is asked for. */
  async preview(reader: SessionUser, id: string, body: PreviewTemplateRequest): Promise<RenderedMessageDto> {
    const manager = this.dataSource.manager;
    const template = await manager.findOneBy(MessageTemplate, { id });
    if (!template) throw new NotFoundException('Template not found');
    const c = await loadCaseForTemplate(manager, body.caseId);
    const granted = c ? await manager.query('SELECT 1 FROM case_grant WHERE case_id = $1 AND user_id = $2', [body.caseId, reader.id]).then((r: unknown[]) => r.length > 0) : false;
    // Another department's case is "not found", exactly like a case that does not exist.
    if (!c || !canSeeCase(reader, { ...c.scope, granted })) throw new NotFoundException('Case not found');
    const { templateId: _, purpose: __, ...rendered } = this.fill(template, c, body.language ?? null, { 'agent.name': reader.name });
    return rendered;
  }

  /**
   * For replies and follow-ups: the template filled for the case, inside the caller's transaction.
   * `extra` supplies what only the caller knows (the replying agent's name, the survey link).
   * By id (the composer's choice: an unknown id is a 400 naming templateId), or by name and
   * purpose (a template the organisation may have deleted: null then).
   */
  renderForCase(manager: EntityManager, templateId: string, caseId: string, language: string | null, extra?: TemplateExtra): Promise<RenderedForCase>;
  renderForCase(manager: EntityManager, named: NamedTemplateQuery): Promise<RenderedForCase | null>;
  async renderForCase(
    manager: EntityManager,
    template: string | NamedTemplateQuery,
    caseId?: string,
    language: string | null = null,
    extra: TemplateExtra = {},
  ): Promise<RenderedForCase | null> {
    if (typeof template !== 'string') {
      const row = await manager.findOneBy(MessageTemplate, { name: template.name, purpose: template.purpose });
      return row ? this.fillFor(manager, row, template.caseId, template.language ?? null, template.values ?? {}) : null;
    }
    const row = await manager.findOneBy(MessageTemplate, { id: template });
    if (!row) throw fieldInvalid('templateId', 'is not a template');
    return this.fillFor(manager, row, caseId!, language, extra);
  }

  private async fillFor(manager: EntityManager, template: MessageTemplate, caseId: string, language: string | null, extra: TemplateExtra): Promise<RenderedForCase> {
    const c = await loadCaseForTemplate(manager, caseId);
    if (!c) throw new NotFoundException('Case not found');
    return this.fill(template, c, language, extra);
  }

  private fill(template: MessageTemplate, c: NonNullable<Awaited<ReturnType<typeof loadCaseForTemplate>>>, language: string | null, extra: TemplateExtra): RenderedForCase {
    const values = { ...c.values, ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)) };
    return { templateId: template.id, purpose: template.purpose, ...renderTemplate(template.versions, language ?? c.language, values) };
  }

  private async save(actor: SessionUser, id: string | null, input: SaveTemplateRequest): Promise<TemplateDto> {
    const body = saveTemplateRequestSchema.parse(input);
    body.versions.forEach((v, i) => {
      for (const field of ['subject', 'body'] as const) {
        const unknown = unknownVariables(v[field] ?? '');
        if (unknown.length) throw fieldInvalid(`versions.${i}.${field}`, `unknown variable${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `{{${u}}}`).join(', ')}`);
      }
    });
    if (body.purpose !== 'survey') {
      const i = body.versions.findIndex((v) => `${v.subject ?? ''} ${v.body}`.includes('survey.link'));
      if (i >= 0) throw fieldInvalid(`versions.${i}.body`, '{{survey.link}} is only for survey templates');
    }
    try {
      const savedId = await this.dataSource.transaction(async (manager) => {
        if (id && !(await manager.existsBy(MessageTemplate, { id }))) throw new NotFoundException('Template not found');
        const row = await manager.save(MessageTemplate, { ...(id ? { id } : {}), name: body.name, purpose: body.purpose, versions: body.versions, updatedById: actor.id });
        await this.audit.announce(manager, {
          ...auditActor(actor),
          action: id ? 'communications.template.updated' : 'communications.template.created',
          targetType: 'message_template',
          targetId: row.id,
          data: { name: body.name, purpose: body.purpose, languages: body.versions.map((v) => v.language) },
        });
        return row.id;
      });
      return toTemplateDto(await this.dataSource.manager.findOneOrFail(MessageTemplate, { where: { id: savedId }, relations: { updatedBy: true } }));
    } catch (err) {
      if (isUniqueViolation(err)) throw fieldConflict('name', 'is already used by another template');
      throw err;
    }
  }
}
