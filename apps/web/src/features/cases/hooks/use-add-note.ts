import type { AddNoteRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addNote } from '../../../api/cases.api';
import { afterCaseWork, upsert } from './after-case-work';

export function useAddNote(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddNoteRequest) => addNote(caseId, body),
    onSuccess: (note) => afterCaseWork(queryClient, caseId, (c) => ({ ...c, notes: upsert(c.notes, note) })),
  });
}
