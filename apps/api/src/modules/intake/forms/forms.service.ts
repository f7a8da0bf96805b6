import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { FeedbackForm as FormDto, FormInputParsed, SessionUser } from '@fullcircle/shared';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { fieldConflict, isUniqueViolation } from '../../../common/http/field-errors';
import { auditActor } from '../../audit/audit-actor';
import { AuditService } from '../../audit/audit.service';
import { FeedbackForm } from './feedback-form.entity';
import { type FormResponses, formSource, toFormDto } from './form.mapper';

/** Admins' forms: create, edit, delete; every change audited. */
@Injectable()
export class FormsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(FeedbackForm) private readonly forms: Repository<FeedbackForm>,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<FormDto[]> {
    const rows = await this.forms.find({ order: { createdAt: 'DESC', id: 'ASC' } });
    const responses = await this.responsesBySource();
    return rows.map((form) => toFormDto(form, responses.get(formSource(form.id))));
  }

  async get(id: string): Promise<FormDto> {
    const form = await this.forms.findOne({ where: { id } });
    if (!form) throw new NotFoundException('Form not found');
    return toFormDto(form, (await this.responsesBySource(formSource(id))).get(formSource(id)));
  }

  /** Active forms, for the Channels page summary and the widget's CORS check. */
  findActiveBySlug(slug: string): Promise<FeedbackForm | null> {
    return this.forms.findOne({ where: { slug, active: true } });
  }

  countActive(): Promise<number> {
    return this.forms.count({ where: { active: true } });
  }

  countChatEnabled(): Promise<number> {
    return this.forms.count({ where: { active: true, conversationEnabled: true } });
  }

  async create(actor: SessionUser, input: FormInputParsed): Promise<FormDto> {
    return this.write(async (manager) => {
      const form = await manager.save(manager.create(FeedbackForm, input));
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'intake.form.created',
        targetType: 'feedback_form',
        targetId: form.id,
        data: { name: form.name, slug: form.slug, kind: form.kind },
      });
      return toFormDto(form);
    });
  }

  async update(actor: SessionUser, id: string, input: FormInputParsed): Promise<FormDto> {
    const saved = await this.write(async (manager) => {
      const form = await manager.findOne(FeedbackForm, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!form) throw new NotFoundException('Form not found');
      const changed = Object.keys(input).filter(
        (key) => JSON.stringify(form[key as keyof FormInputParsed]) !== JSON.stringify(input[key as keyof FormInputParsed]),
      );
      Object.assign(form, input);
      await manager.save(form);
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'intake.form.updated',
        targetType: 'feedback_form',
        targetId: id,
        data: { name: form.name, slug: form.slug, changed },
      });
      return form;
    });
    return this.get(saved.id);
  }

  /** Answers already received stay (their source still names the form). */
  async remove(actor: SessionUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const form = await manager.findOne(FeedbackForm, { where: { id } });
      if (!form) throw new NotFoundException('Form not found');
      await manager.delete(FeedbackForm, { id });
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'intake.form.deleted',
        targetType: 'feedback_form',
        targetId: id,
        data: { name: form.name, slug: form.slug },
      });
    });
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (err) {
      if (isUniqueViolation(err)) throw fieldConflict('slug', 'is already used by another form');
      throw err;
    }
  }

  // Answers only: chat follow-ups share the source but are not new responses.
  private async responsesBySource(source?: string): Promise<Map<string, FormResponses>> {
    const rows: { source: string; count: number; last_at: Date | null }[] = await this.dataSource.query(
      `SELECT source, count(*)::int AS count, max(received_at) AS last_at FROM feedback
       WHERE channel IN ('web_form', 'widget') AND source LIKE 'form:%' ${source ? 'AND source = $1' : ''}
       GROUP BY source`,
      source ? [source] : [],
    );
    return new Map(rows.map((r) => [r.source, { count: r.count, lastAt: r.last_at }]));
  }
}
