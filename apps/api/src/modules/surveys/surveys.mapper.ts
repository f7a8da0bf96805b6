import type { Survey as SurveyDto, SurveyInvitation as SurveyInvitationDto, SurveyStats } from '@fullcircle/shared';
import type { SurveyInvitation } from './entities/survey-invitation.entity';
import type { Survey } from './entities/survey.entity';

export function toSurveyDto(survey: Survey, stats: SurveyStats): SurveyDto {
  return {
    id: survey.id,
    name: survey.name,
    scale: survey.scale,
    question: survey.question,
    commentPrompt: survey.commentPrompt,
    thankYouText: survey.thankYouText,
    active: survey.active,
    createdAt: survey.createdAt.toISOString(),
    createdByName: survey.createdBy?.name ?? null,
    stats,
  };
}

export function toInvitationDto(invitation: SurveyInvitation, token: string, publicUrl: string | undefined): SurveyInvitationDto {
  const path = `/s/${token}`;
  return {
    id: invitation.id,
    surveyId: invitation.surveyId,
    customerId: invitation.customerId,
    url: publicUrl ? `${publicUrl.replace(/\/+$/, '')}${path}` : path,
    token,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}
