import type {
  AnswerSurveyRequest,
  CreateInvitationRequest,
  CreateSurveyRequest,
  PublicSurvey,
  Survey,
  SurveyAnswer,
  SurveyInvitation,
  UpdateSurveyRequest,
} from '@fullcircle/shared';
import { request } from './http';

export function listSurveys(): Promise<Survey[]> {
  return request<Survey[]>('/api/surveys');
}

export function createSurvey(body: CreateSurveyRequest): Promise<Survey> {
  return request<Survey>('/api/surveys', { method: 'POST', body });
}

export function updateSurvey(id: string, body: UpdateSurveyRequest): Promise<Survey> {
  return request<Survey>(`/api/surveys/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function createSurveyInvitation(surveyId: string, body: CreateInvitationRequest): Promise<SurveyInvitation> {
  return request<SurveyInvitation>(`/api/surveys/${encodeURIComponent(surveyId)}/invitations`, { method: 'POST', body });
}

/** Public: the survey behind a signed link (`/s/<token>`), no session needed. */
export function getPublicSurvey(token: string): Promise<PublicSurvey> {
  return request<PublicSurvey>(`/api/surveys/responses/${encodeURIComponent(token)}`);
}

export function answerSurvey(token: string, body: AnswerSurveyRequest): Promise<SurveyAnswer> {
  return request<SurveyAnswer>(`/api/surveys/responses/${encodeURIComponent(token)}`, { method: 'PUT', body });
}
