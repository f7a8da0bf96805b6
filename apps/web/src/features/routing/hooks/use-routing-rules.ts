import type { RoutingRuleDto, RoutingRuleInput, SaveRoutingRuleRequest } from '@fullcircle/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createRoutingRule,
  deleteRoutingRule,
  listRoutingAssignees,
  listRoutingRules,
  reorderRoutingRules,
  testRoutingRule,
  updateRoutingRule,
} from '../../../api/routing.api';
import { routingKeys } from '../routing.keys';

export function useRoutingRules() {
  return useQuery({ queryKey: routingKeys.rules(), queryFn: listRoutingRules });
}

export function useRoutingAssignees(options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: routingKeys.assignees(), queryFn: listRoutingAssignees, enabled: options.enabled ?? true });
}

export function useSaveRoutingRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: SaveRoutingRuleRequest }) => (id ? updateRoutingRule(id, body) : createRoutingRule(body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: routingKeys.rules() }),
  });
}

export function useDeleteRoutingRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteRoutingRule(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: routingKeys.rules() }),
  });
}

/** Reorders optimistically: the list moves at once and snaps back if the server refuses. */
export function useReorderRoutingRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => reorderRoutingRules(ids),
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: routingKeys.rules() });
      const previous = queryClient.getQueryData<RoutingRuleDto[]>(routingKeys.rules());
      if (previous) {
        const byId = new Map(previous.map((r) => [r.id, r]));
        queryClient.setQueryData(routingKeys.rules(), ids.map((id, position) => ({ ...byId.get(id)!, position })));
      }
      return { previous };
    },
    onError: (_err, _ids, context) => {
      if (context?.previous) queryClient.setQueryData(routingKeys.rules(), context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: routingKeys.rules() }),
  });
}

export function useToggleRoutingRule() {
  const save = useSaveRoutingRule();
  return {
    ...save,
    toggle: (rule: RoutingRuleDto) =>
      save.mutateAsync({ id: rule.id, body: { rule: { ...ruleInputOf(rule), enabled: !rule.enabled }, departmentId: rule.departmentId } }),
  };
}

export function useTestRoutingRule() {
  return useMutation({ mutationFn: (rule: RoutingRuleInput) => testRoutingRule(rule) });
}

export function ruleInputOf(rule: RoutingRuleDto): RoutingRuleInput {
  return { name: rule.name, enabled: rule.enabled, match: rule.match, conditions: rule.conditions, actions: rule.actions };
}
