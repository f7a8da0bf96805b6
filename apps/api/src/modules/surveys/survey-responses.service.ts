import { ForbiddenException, GoneException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  SCORE_SCALES,
  SURVEY_SCALE_TEXT,
  type AnswerSurveyRequest,
  type PublicSurvey,
  type ScoreScale,
  type SurveyAnswer,
} from '@fullcircle/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { fieldInvalid } from '../../common/http/field-errors';
import { OutboxService } from '../../queue/outbox/outbox.service';
import { QUEUE } from '../../queue/queue-names';
import { IntakeService } from '../intake/intake.service';
import { SurveyInvitation } from './entities/survey-invitation.entity';
import { Survey } from './entities/survey.entity';
import { liveCustomerId, reviseSurveyFeedback } from './survey-queries';
import { SurveyLinkSigner } from './survey-link-signer.service';

/** The text a score-only answer is stored with, e.g. "NPS 9" (feedback always has text). */
export function scoreOnlyText(scale: ScoreScale, score: number): string {
  return `${SURVEY_SCALE_TEXT[scale].name} ${score}`;
}

export interface RecordedAnswer {
  surveyId: string;
  feedbackId: string;
  answer: SurveyAnswer;
}

/** The customer's side: open a link, answer it, change the answer. */
@Injectable()
export class SurveyResponsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly signer: SurveyLinkSigner,
    private readonly intake: IntakeService,
    private readonly outbox: OutboxService,
  ) {}

  async show(token: string): Promise<PublicSurvey> {
    const invitationId = await this.verify(token);
    const invitation = await this.dataSource.manager.findOne(SurveyInvitation, { where: { id: invitationId }, relations: { survey: true } });
    const survey = this.openSurvey(invitation);
    const { min, max } = SCORE_SCALES[survey.scale];
    const wording = SURVEY_SCALE_TEXT[survey.scale];
    return {
      surveyName: survey.name,
      scale: survey.scale,
      min,
      max,
      lowLabel: wording.low,
      highLabel: wording.high,
      question: survey.question,
      commentPrompt: survey.commentPrompt,
      thankYouText: survey.thankYouText,
      expiresAt: invitation!.expiresAt.toISOString(),
      answer: toAnswer(invitation!),
    };
  }

  /**
   * The first answer becomes a feedback item (through intake, in the transaction that marks the
   * link answered); later answers update that item. The invitation row is locked first, so two
   * answers sent at once are applied one after the other and never make two items.
   */
  async answer(token: string, body: AnswerSurveyRequest): Promise<RecordedAnswer> {
    const invitationId = await this.verify(token);
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(SurveyInvitation, { where: { id: invitationId }, lock: { mode: 'pessimistic_write' } });
      const survey = this.openSurvey(row && { ...row, survey: (await manager.findOne(Survey, { where: { id: row.surveyId } })) ?? undefined });
      const { min, max } = SCORE_SCALES[survey.scale];
      if (body.score < min || body.score > max) throw fieldInvalid('score', `must be a whole number from ${min} to ${max}`);
      const comment = body.comment?.trim() || null;
      const text = comment ?? scoreOnlyText(survey.scale, body.score);
      const feedbackId = row!.feedbackId
        ? await this.revise(manager, row!, survey, text, body.score)
        : await this.first(manager, row!, survey, text, body.score);
      await manager.update(
        SurveyInvitation,
        { id: row!.id },
        { feedbackId, score: body.score, comment, answeredAt: () => 'now()', timesAnswered: () => 'times_answered + 1' },
      );
      const saved = await manager.findOneByOrFail(SurveyInvitation, { id: row!.id });
      return { surveyId: survey.id, feedbackId, answer: toAnswer(saved)! };
    });
  }

  private async first(manager: EntityManager, invitation: SurveyInvitation, survey: Survey, text: string, score: number): Promise<string> {
    const customerId = (await liveCustomerId(manager, invitation.customerId)) ?? invitation.customerId;
    // A follow-up's answer continues the case's conversation, and routing files it into that case.
    const [followUp]: { conversation_id: string }[] = invitation.caseId
      ? await manager.query('SELECT conversation_id FROM cases WHERE id = $1', [invitation.caseId])
      : [];
    const accepted = await this.intake.acceptIn(
      manager,
      {
        text,
        score: { scale: survey.scale, value: score },
        externalMessageId: `survey-invitation:${invitation.id}`,
        metadata: {
          surveyId: survey.id,
          surveyName: survey.name,
          invitationId: invitation.id,
          ...(followUp ? { followUpCaseId: invitation.caseId } : {}),
        },
      },
      { channel: 'survey', source: `survey:${survey.id}`, customerId, ...(followUp ? { thread: { conversationId: followUp.conversation_id } } : {}) },
    );
    return accepted.id;
  }

  private async revise(manager: EntityManager, invitation: SurveyInvitation, survey: Survey, text: string, score: number): Promise<string> {
    const feedbackId = invitation.feedbackId!;
    const previousText = invitation.comment ?? scoreOnlyText(survey.scale, invitation.score!);
    const textChanged = previousText !== text;
    await reviseSurveyFeedback(manager, feedbackId, { text, scale: survey.scale, score, textChanged });
    // A new outbox row is a new job id, so enrichment runs again on the new words.
    if (textChanged) await this.outbox.enqueue(manager, QUEUE.enrichment, 'enrich', { feedbackId });
    return feedbackId;
  }

  /** 403 before anything is read when the signature fails; 410 when the signed expiry has passed. */
  private async verify(token: string): Promise<string> {
    const check = await this.signer.verify(token);
    if (check.ok) return check.invitationId;
    if (check.reason === 'expired') throw new GoneException('This survey link has expired');
    throw new ForbiddenException('This survey link is not valid');
  }

  private openSurvey(invitation: (SurveyInvitation & { survey?: Survey }) | null): Survey {
    if (!invitation?.survey) throw new NotFoundException('This survey link is not known');
    if (!invitation.survey.active) throw new GoneException('This survey is closed');
    return invitation.survey;
  }
}

function toAnswer(invitation: SurveyInvitation): SurveyAnswer | null {
  if (invitation.score === null || !invitation.answeredAt) return null;
  return {
    score: invitation.score,
    comment: invitation.comment,
    answeredAt: invitation.answeredAt.toISOString(),
    timesAnswered: invitation.timesAnswered,
  };
}
