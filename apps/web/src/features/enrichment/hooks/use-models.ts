import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TrainableModelKind } from '@fullcircle/shared';
import { getModels, retrainModel } from '../../../api/enrichment.api';
import { enrichmentKeys } from '../enrichment.keys';

/** Every trainable kind with its models; polls while `watching` (a retrain is running in the worker). */
export function useModels(watching = false) {
  return useQuery({ queryKey: enrichmentKeys.models(), queryFn: getModels, refetchInterval: watching ? 1500 : false });
}

export function useRetrainModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (kind: TrainableModelKind) => retrainModel(kind),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enrichmentKeys.models() }),
  });
}
