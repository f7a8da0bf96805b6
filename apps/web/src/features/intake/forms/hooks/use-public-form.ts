import { useMutation, useQuery } from '@tanstack/react-query';
import type { FormSubmission } from '@fullcircle/shared';
import { getPublicForm, submitHostedForm } from '../../../../api/forms.api';
import { formsKeys } from '../forms.keys';

export function usePublicForm(slug: string) {
  return useQuery({ queryKey: formsKeys.public(slug), queryFn: () => getPublicForm(slug), retry: false });
}

export function useSubmitHostedForm(slug: string) {
  return useMutation({ mutationFn: ({ body, key }: { body: FormSubmission; key: string }) => submitHostedForm(slug, body, key) });
}
