import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  SURVEY_LINK_DEFAULT_DAYS,
  SURVEY_SCALE_TEXT,
  type CreateInvitationsRequest,
  type CreateSurveyRequest,
  type ScoreScale,
  type Sender,
  type SessionUser,
  type Survey as SurveyDto,
  type SurveyInvitation as SurveyInvitationDto,
} from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { fieldInvalid } from '../../common/http/field-errors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { auditActor } from '../audit/audit-actor';
import { AuditService } from '../audit/audit.service';
import { CustomersService } from '../customers/customers.service';
import { SurveyInvitation } from './entities/survey-invitation.entity';
import { Survey } from './entities/survey.entity';
import { liveCustomerId } from './survey-queries';
import { SurveyLinkSigner } from './survey-link-signer.service';
import { type ScoreCounts, surveyStats } from './survey-stats';
import { toInvitationDto, toSurveyDto } from './surveys.mapper';

const DAY_MS = 86_400_000;

/** Who an invitation is for: a known customer, or a sender identity resolved (or created) like intake does. */
export type SurveyRecipient = { customerId: string } | { customer: Sender };

export interface InviteOptions {
  expiresInDays?: number;
  /** Which sender a new customer's identities are recorded from (e.g. `case:<id>` for follow-ups). */
  source?: string;
  /** The request field a bad recipient is reported under (`recipients.3.customerId` in a bulk call). */
  field?: string;
  /** A follow-up after this case was resolved: the answer attaches to the case. */
  caseId?: string;
}

/** Staff side of surveys: define them and hand out answer links. */
@Injectable()
export class SurveysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly customers: CustomersService,
    private readonly signer: SurveyLinkSigner,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<SurveyDto[]> {
    const surveys = await this.dataSource.manager.find(Survey, { relations: { createdBy: true }, order: { createdAt: 'DESC', id: 'ASC' } });
    const stats = await this.statsOf(surveys.map((s) => s.id));
    return surveys.map((s) => toSurveyDto(s, surveyStats(s.scale, stats.invited.get(s.id) ?? 0, stats.counts.get(s.id) ?? new Map())));
  }

  async get(id: string): Promise<SurveyDto> {
    const survey = await this.dataSource.manager.findOne(Survey, { where: { id }, relations: { createdBy: true } });
    if (!survey) throw new NotFoundException('Survey not found');
    const stats = await this.statsOf([id]);
    return toSurveyDto(survey, surveyStats(survey.scale, stats.invited.get(id) ?? 0, stats.counts.get(id) ?? new Map()));
  }

  async create(actor: SessionUser | null, body: CreateSurveyRequest): Promise<SurveyDto> {
    const wording = SURVEY_SCALE_TEXT[body.scale];
    const id = await this.dataSource.transaction(async (manager) => {
      const survey = await manager.save(
        manager.create(Survey, {
          name: body.name,
          scale: body.scale,
          question: body.question ?? wording.question,
          commentPrompt: body.commentPrompt ?? null,
          thankYouText: body.thankYouText ?? 'Thank you for your answer. It helps us do better.',
          active: true,
          createdById: actor?.id ?? null,
        }),
      );
      await this.audit.announce(manager, {
        ...(actor ? auditActor(actor) : { actorId: null, actorName: 'demo seed' }),
        action: 'surveys.survey.created',
        targetType: 'survey',
        targetId: survey.id,
        data: { name: survey.name, scale: survey.scale },
      });
      return survey.id;
    });
    return this.get(id);
  }

  async setActive(actor: SessionUser, id: string, active: boolean): Promise<SurveyDto> {
    await this.dataSource.transaction(async (manager) => {
      const survey = await manager.findOne(Survey, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!survey) throw new NotFoundException('Survey not found');
      if (survey.active === active) return;
      await manager.update(Survey, { id }, { active });
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: active ? 'surveys.survey.reopened' : 'surveys.survey.closed',
        targetType: 'survey',
        targetId: id,
        data: { name: survey.name },
      });
    });
    return this.get(id);
  }

  /** One link, for a person at the desk (Settings) or an outside system. */
  async inviteOne(actor: SessionUser, surveyId: string, recipient: SurveyRecipient, expiresInDays?: number): Promise<SurveyInvitationDto> {
    const [invitation] = await this.inviteMany(actor, surveyId, { recipients: [recipient], expiresInDays }, 'customerId');
    return invitation;
  }

  /** Many links in one transaction: all are created, or none (the first bad recipient is named). */
  async inviteMany(
    actor: SessionUser,
    surveyId: string,
    body: CreateInvitationsRequest,
    singleField?: string,
  ): Promise<SurveyInvitationDto[]> {
    return this.dataSource.transaction(async (manager) => {
      const invitations: SurveyInvitationDto[] = [];
      for (const [i, recipient] of body.recipients.entries()) {
        const field = singleField ?? `recipients.${i}.customerId`;
        invitations.push(await this.invite(manager, surveyId, recipient, { expiresInDays: body.expiresInDays, field }));
      }
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: 'surveys.invitations.created',
        targetType: 'survey',
        targetId: surveyId,
        data: { count: invitations.length, invitationIds: invitations.slice(0, 50).map((i) => i.id) },
      });
      return invitations;
    });
  }

  /**
   * Creates one invitation inside the caller's transaction and returns its signed link. Reusable by
   * any capability that asks customers for a score (e.g. a follow-up survey after a case closes).
   */
  async invite(manager: EntityManager, surveyId: string, recipient: SurveyRecipient, options: InviteOptions = {}): Promise<SurveyInvitationDto> {
    const survey = await manager.findOne(Survey, { where: { id: surveyId }, lock: { mode: 'pessimistic_read' } });
    if (!survey) throw new NotFoundException('Survey not found');
    if (!survey.active) throw new ConflictException('This survey is closed; reopen it to send new links');
    const customerId = await this.recipientCustomer(manager, surveyId, recipient, options);
    const days = options.expiresInDays ?? SURVEY_LINK_DEFAULT_DAYS;
    // Whole seconds: the link carries the expiry in seconds, and both must say the same.
    const expiresAt = new Date(Math.floor((Date.now() + days * DAY_MS) / 1000) * 1000);
    const invitation = await manager.save(
      manager.create(SurveyInvitation, { surveyId, customerId, expiresAt, timesAnswered: 0, caseId: options.caseId ?? null }),
    );
    return toInvitationDto(invitation, await this.signer.sign(invitation.id, expiresAt), this.config.PUBLIC_URL);
  }

  /**
   * A survey Fullcircle itself sends (e.g. "Follow-up CSAT"), created on first use with the scale's
   * wording. Found by name; an advisory lock keeps two first uses at once from creating two.
   */
  async systemSurvey(manager: EntityManager, name: string, scale: ScoreScale): Promise<{ id: string; active: boolean }> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`system-survey:${name}`]);
    const existing = await manager.findOne(Survey, { where: { name, scale }, order: { createdAt: 'ASC' } });
    if (existing) return { id: existing.id, active: existing.active };
    const wording = SURVEY_SCALE_TEXT[scale];
    const survey = await manager.save(
      manager.create(Survey, {
        name,
        scale,
        question: wording.question,
        commentPrompt: 'Anything you would like to tell us or the person who helped you?',
        thankYouText: 'Thank you for your answer. It goes straight to the team that handled your case.',
        active: true,
        createdById: null,
      }),
    );
    await this.audit.announce(manager, {
      actorId: null,
      actorName: 'system',
      action: 'surveys.survey.created',
      targetType: 'survey',
      targetId: survey.id,
      data: { name, scale, system: true },
    });
    return { id: survey.id, active: true };
  }

  private async recipientCustomer(manager: EntityManager, surveyId: string, recipient: SurveyRecipient, options: InviteOptions): Promise<string> {
    if ('customerId' in recipient) {
      const id = await liveCustomerId(manager, recipient.customerId);
      if (!id) throw fieldInvalid(options.field ?? 'customerId', 'is not a known customer');
      return id;
    }
    return (await this.customers.resolveOrCreate(manager, recipient.customer, options.source ?? `survey:${surveyId}`)).id;
  }

  private async statsOf(surveyIds: string[]): Promise<{ invited: Map<string, number>; counts: Map<string, ScoreCounts> }> {
    const invited = new Map<string, number>();
    const counts = new Map<string, ScoreCounts>();
    if (surveyIds.length === 0) return { invited, counts };
    const rows: { survey_id: string; score: number | null; n: number }[] = await this.dataSource.query(
      `SELECT survey_id, score, count(*)::int AS n FROM survey_invitation WHERE survey_id = ANY($1) GROUP BY survey_id, score`,
      [surveyIds],
    );
    for (const row of rows) {
      invited.set(row.survey_id, (invited.get(row.survey_id) ?? 0) + row.n);
      if (row.score === null) continue;
      if (!counts.has(row.survey_id)) counts.set(row.survey_id, new Map());
      counts.get(row.survey_id)!.set(row.score, row.n);
    }
    return { invited, counts };
  }
}
