import type { AddPortalIdentityRequest, ConsentPurpose, PortalMe, PortalSignInRequest, PortalVerifyRequest, UpdatePortalProfileRequest } from '@fullcircle/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addPortalIdentity,
  commentOnPortalCase,
  getPortalMe,
  requestPortalSignIn,
  setPortalConsent,
  signOutOfPortal,
  updatePortalMe,
  verifyPortalIdentity,
  verifyPortalSignIn,
} from '../../../api/portal.api';
import { portalKeys } from '../portal.keys';

/** Everything held about the signed-in customer; a 401 means nobody is signed in (no retry). */
export function usePortalMe() {
  return useQuery({ queryKey: portalKeys.me(), queryFn: getPortalMe, retry: false });
}

export function useRequestPortalSignIn() {
  return useMutation({ mutationFn: (body: PortalSignInRequest) => requestPortalSignIn(body) });
}

export function useVerifyPortalSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PortalVerifyRequest) => verifyPortalSignIn(body),
    onSuccess: () => queryClient.removeQueries({ queryKey: portalKeys.all }),
  });
}

export function usePortalSignOut() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: signOutOfPortal, onSettled: () => queryClient.removeQueries({ queryKey: portalKeys.all }) });
}

export function useUpdatePortalMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePortalProfileRequest) => updatePortalMe(body),
    onSuccess: (me) => queryClient.setQueryData(portalKeys.me(), me),
  });
}

function useInvalidatingMutation<T>(mutationFn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: portalKeys.me() }) });
}

export function useAddPortalIdentity() {
  return useMutation({ mutationFn: (body: AddPortalIdentityRequest) => addPortalIdentity(body) });
}

export function useVerifyPortalIdentity() {
  return useInvalidatingMutation((code: string) => verifyPortalIdentity(code));
}

/** The switch moves at once (optimistic); the history arrives with the refetch, or the switch moves back on failure. */
export function useSetPortalConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ purpose, granted }: { purpose: ConsentPurpose; granted: boolean }) => setPortalConsent(purpose, granted),
    onMutate: async ({ purpose, granted }) => {
      await queryClient.cancelQueries({ queryKey: portalKeys.me() });
      const before = queryClient.getQueryData<PortalMe>(portalKeys.me());
      if (before) {
        queryClient.setQueryData<PortalMe>(portalKeys.me(), {
          ...before,
          consents: before.consents.map((c) => (c.purpose === purpose ? { ...c, granted } : c)),
        });
      }
      return { before };
    },
    onError: (_error, _input, context) => {
      if (context?.before) queryClient.setQueryData(portalKeys.me(), context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: portalKeys.me() }),
  });
}

export function useCommentOnPortalCase() {
  return useInvalidatingMutation(({ caseId, text }: { caseId: string; text: string }) => commentOnPortalCase(caseId, text));
}
