import type { SaveViewRequest } from '@fullcircle/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteSavedView, listSavedViews, saveView } from '../../../api/cases.api';
import { casesKeys } from '../cases.keys';

export function useSavedViews() {
  return useQuery({ queryKey: casesKeys.views(), queryFn: listSavedViews });
}

export function useSaveView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveViewRequest) => saveView(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: casesKeys.views() }),
  });
}

export function useDeleteSavedView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteSavedView(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: casesKeys.views() }),
  });
}
