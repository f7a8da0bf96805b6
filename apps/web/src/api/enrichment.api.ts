import type { CreateLabelRequest, FeedbackLabelDto, ModelsOverview, RetrainAccepted, TrainableModelKind } from '@fullcircle/shared';
import { request } from './http';

const labelsPath = (feedbackId: string) => `/api/enrichment/feedback/${encodeURIComponent(feedbackId)}/labels`;

/** Corrects an item's sentiment or topics; the correction is kept as a training label. */
export function createFeedbackLabel(feedbackId: string, body: CreateLabelRequest): Promise<FeedbackLabelDto> {
  return request<FeedbackLabelDto>(labelsPath(feedbackId), { method: 'POST', body });
}

export function listFeedbackLabels(feedbackId: string): Promise<FeedbackLabelDto[]> {
  return request<FeedbackLabelDto[]>(labelsPath(feedbackId));
}

export function getModels(): Promise<ModelsOverview> {
  return request<ModelsOverview>('/api/enrichment/models');
}

/** Queues a retrain in the worker (202); the new version appears in `getModels` once trained. */
export function retrainModel(kind: TrainableModelKind): Promise<RetrainAccepted> {
  return request<RetrainAccepted>(`/api/enrichment/models/${encodeURIComponent(kind)}/retrain`, { method: 'POST' });
}
