import { useQuery } from '@tanstack/react-query';
import { listTemplates } from '../../../api/communications.api';
import { casesKeys } from '../cases.keys';

/** The templates the composer offers: those meant for replies. */
export function useReplyTemplates() {
  return useQuery({ queryKey: casesKeys.templates(), queryFn: listTemplates, select: (templates) => templates.filter((t) => t.purpose === 'reply') });
}
