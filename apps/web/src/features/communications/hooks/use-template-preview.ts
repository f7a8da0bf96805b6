import { useQuery } from '@tanstack/react-query';
import { previewTemplate } from '../../../api/communications.api';
import { communicationsKeys } from '../communications.keys';

/** The saved template filled in for one case, in one language (what the customer would get). */
export function useTemplatePreview(templateId: string | undefined, caseId: string | undefined, language: string) {
  return useQuery({
    queryKey: communicationsKeys.preview(templateId ?? '', caseId ?? '', language),
    queryFn: () => previewTemplate(templateId as string, { caseId: caseId as string, language }),
    enabled: Boolean(templateId && caseId),
    retry: false,
  });
}
