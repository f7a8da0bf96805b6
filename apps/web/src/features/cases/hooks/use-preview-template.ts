import type { PreviewTemplateRequest } from '@fullcircle/shared';
import { useMutation } from '@tanstack/react-query';
import { previewTemplate } from '../../../api/communications.api';

/** Fills a template for this case on demand (a POST: it renders, nothing is stored). */
export function usePreviewTemplate() {
  return useMutation({ mutationFn: ({ templateId, ...body }: PreviewTemplateRequest & { templateId: string }) => previewTemplate(templateId, body) });
}
