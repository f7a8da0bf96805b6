import { zodResolver } from '@hookform/resolvers/zod';
import { acceptInvitationRequestSchema, type SessionUser } from '@fullcircle/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyApiErrors } from '../../api/form-errors';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { TextField } from '../../components/text-field';
import { useAcceptInvitation } from './hooks/use-accept-invitation';

const schema = acceptInvitationRequestSchema
  .pick({ password: true })
  .extend({ confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'Passwords do not match' });
type Values = z.infer<typeof schema>;

export function AcceptInvitationForm({ token, onAccepted }: { token: string; onAccepted: (user: SessionUser) => void }) {
  const accept = useAcceptInvitation();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { password: '', confirmPassword: '' },
  });

  const onSubmit = handleSubmit(({ password }) => {
    setFormError(null);
    accept.mutate(
      { token, password },
      { onSuccess: onAccepted, onError: (error) => setFormError(applyApiErrors(error, setError, ['password'])) },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        autoFocus
        hint="At least 10 characters."
        error={formState.errors.password?.message}
        {...register('password')}
      />
      <TextField
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        error={formState.errors.confirmPassword?.message}
        {...register('confirmPassword')}
      />
      <Button type="submit" className="w-full" loading={accept.isPending}>
        Set password and sign in
      </Button>
    </form>
  );
}
