import { zodResolver } from '@hookform/resolvers/zod';
import type { CustomerDetail } from '@fullcircle/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyApiErrors } from '../../api/form-errors';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog, DialogFooter } from '../../components/dialog';
import { TextField } from '../../components/text-field';
import { useToast } from '../../components/toast';
import { useUpdateCustomer } from './hooks/use-update-customer';

const schema = z.object({ segment: z.string().trim().max(100, 'must be at most 100 characters'), vip: z.boolean() });
type Values = z.infer<typeof schema>;

function SegmentForm({ customer, onDone }: { customer: CustomerDetail; onDone: () => void }) {
  const update = useUpdateCustomer(customer.id);
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { segment: customer.segment ?? '', vip: customer.vip },
  });

  const onSubmit = handleSubmit(({ segment, vip }) => {
    setFormError(null);
    update.mutate(
      { segment: segment === '' ? null : segment, vip },
      {
        onSuccess: () => {
          toast({ title: 'Customer updated', description: 'Routing rules on segment and VIP use the new values from now on.' });
          onDone();
        },
        onError: (error) => setFormError(applyApiErrors(error, setError, ['segment', 'vip'])),
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <TextField
        label="Segment"
        autoComplete="off"
        placeholder="Business"
        hint="Free text; routing rules match it regardless of case. Leave empty for none."
        error={formState.errors.segment?.message}
        {...register('segment')}
      />
      <label className="flex cursor-pointer items-start gap-2 text-sm text-zinc-800">
        <input type="checkbox" className="mt-0.5 size-4 accent-indigo-600" {...register('vip')} />
        <span>
          <span className="font-medium">VIP</span>
          <span className="block text-zinc-500">Rules with a VIP condition route this customer’s feedback.</span>
        </span>
      </label>
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={update.isPending}>
          Save
        </Button>
      </DialogFooter>
    </form>
  );
}

/** Segment and VIP flag, which routing rules can match (admins and owners). */
export function EditSegmentDialog({ customer, open, onOpenChange }: { customer: CustomerDetail; open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Segment and VIP" description="What routing rules know about this customer.">
      {open && <SegmentForm customer={customer} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}
