import { zodResolver } from '@hookform/resolvers/zod';
import { resolveCaseRequestSchema, type CaseDetailDto, type ResolveCaseRequest } from '@fullcircle/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyApiErrors } from '../../api/form-errors';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog, DialogFooter } from '../../components/dialog';
import { TextareaField } from '../../components/textarea-field';
import { useToast } from '../../components/toast';
import { useResolveCase } from './hooks/use-resolve-case';

const ANSWERED: readonly string[] = ['queued', 'sending', 'sent', 'delivered'];

/** The rule the API enforces too: resolved means the customer got an answer, or we say why they cannot. */
export function hasReplied(c: Pick<CaseDetailDto, 'messages'>): boolean {
  return (c.messages ?? []).some((m) => m.purpose === 'reply' && ANSWERED.includes(m.status));
}

const schemaFor = (replied: boolean) =>
  z
    .object({
      summary: z.string().trim().max(1_000),
      noReplyReason: z.string().trim().max(500),
      share: z.boolean(),
      lesson: z.string().trim().max(2_000),
    })
    .superRefine((v, ctx) => {
      if (!replied && v.noReplyReason.length < 3) ctx.addIssue({ code: 'custom', path: ['noReplyReason'], message: 'say why no reply is possible' });
      if (v.share && v.lesson.length < 3) ctx.addIssue({ code: 'custom', path: ['lesson'], message: 'write what the department should know' });
    });
type Values = z.infer<ReturnType<typeof schemaFor>>;

function requestOf(values: Values, replied: boolean): ResolveCaseRequest {
  return resolveCaseRequestSchema.parse({
    ...(values.summary ? { summary: values.summary } : {}),
    ...(!replied && values.noReplyReason ? { noReplyReason: values.noReplyReason } : {}),
    ...(values.share && values.lesson ? { lesson: values.lesson } : {}),
  });
}

function ResolveForm({ c, onDone }: { c: CaseDetailDto; onDone: () => void }) {
  const replied = hasReplied(c);
  const resolve = useResolveCase(c.id);
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, watch, formState } = useForm<Values>({
    resolver: zodResolver(schemaFor(replied)),
    defaultValues: { summary: '', noReplyReason: '', share: false, lesson: '' },
  });
  const share = watch('share');

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    resolve.mutate(requestOf(values, replied), {
      onSuccess: () => {
        toast({ title: 'Case resolved', description: 'The customer gets a follow-up question if your settings say so.', tone: 'success' });
        onDone();
      },
      onError: (error) => setFormError(applyApiErrors(error, setError, ['summary', 'noReplyReason', 'lesson'])),
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      {!replied && (
        <Alert tone="warning">Nobody has replied to the customer on this case. Say why no reply is possible, or send one first.</Alert>
      )}
      <TextareaField label="Summary" placeholder="e.g. Bag found and delivered to the customer’s hotel" hint="Optional. Shown on the case." error={formState.errors.summary?.message} {...register('summary')} />
      {!replied && (
        <TextareaField label="Why no reply is possible" placeholder="e.g. The customer withdrew consent to be contacted" error={formState.errors.noReplyReason?.message} {...register('noReplyReason')} />
      )}
      <label className="flex items-center gap-2 text-sm text-zinc-800">
        <input type="checkbox" className="size-4 rounded border-zinc-300 text-indigo-600" {...register('share')} />
        Share a lesson with the department
      </label>
      {share && <TextareaField label="Lesson" placeholder="What should colleagues know next time?" hint="Posted to the department’s feed." error={formState.errors.lesson?.message} {...register('lesson')} />}
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={resolve.isPending}>
          Resolve
        </Button>
      </DialogFooter>
    </form>
  );
}

export function ResolveCaseDialog({ c, open, onOpenChange }: { c: CaseDetailDto; open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Resolve case" description={`Mark ${c.reference} as resolved.`}>
      {open && <ResolveForm c={c} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}
