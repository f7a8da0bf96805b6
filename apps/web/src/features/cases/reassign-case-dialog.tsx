import { zodResolver } from '@hookform/resolvers/zod';
import { reassignCaseRequestSchema, type CaseDetailDto, type Department, type ReassignCaseRequest } from '@fullcircle/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyApiErrors } from '../../api/form-errors';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog, DialogFooter } from '../../components/dialog';
import { SelectField } from '../../components/select-field';
import { TextareaField } from '../../components/textarea-field';
import { useToast } from '../../components/toast';
import { useRoutingAssignees } from '../routing/hooks/use-routing-rules';
import { useReassignCase } from './hooks/use-reassign-case';

/** Assignee choices besides a person: let the department's strategy pick, or nobody. */
export const AUTO = 'auto';
export const NOBODY = 'none';

const schema = z.object({
  departmentId: z.string().min(1, 'choose a department'),
  assignee: z.string(),
  reason: reassignCaseRequestSchema.shape.reason,
});
type Values = z.infer<typeof schema>;

/** The request for what the form says: the department only when it moves, the person unless "automatically". */
export function reassignRequestOf(values: Values, current: Pick<CaseDetailDto, 'department'>): ReassignCaseRequest {
  const moves = values.departmentId !== current.department?.id;
  const body: ReassignCaseRequest = { reason: values.reason.trim() };
  // "Assign automatically" needs the department to pick in, even when it stays the same.
  if (moves || values.assignee === AUTO) body.departmentId = values.departmentId;
  if (values.assignee === NOBODY) body.assigneeId = null;
  else if (values.assignee !== AUTO) body.assigneeId = values.assignee;
  return body;
}

export function isTriage(c: Pick<CaseDetailDto, 'status' | 'department'>): boolean {
  return c.status === 'triage' || c.department === null;
}

function ReassignForm({ c, departments, onDone }: { c: CaseDetailDto; departments: Department[]; onDone: () => void }) {
  const triage = isTriage(c);
  const assignees = useRoutingAssignees();
  const reassign = useReassignCase(c.id);
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  // A case in triage starts from the model's best guess, when it has one.
  const initialDepartment = c.department?.id ?? c.routing.model?.departmentId ?? '';
  const { register, handleSubmit, setError, setValue, watch, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { departmentId: initialDepartment, assignee: AUTO, reason: '' },
  });
  const departmentId = watch('departmentId');
  const assignee = watch('assignee');
  const people = (assignees.data ?? []).filter((a) => a.departmentIds.includes(departmentId));

  const departmentField = register('departmentId', {
    // A person from the old department cannot follow the case to the new one.
    onChange: (e) => {
      const next = e.target.value as string;
      if (assignee !== AUTO && assignee !== NOBODY && !assignees.data?.find((a) => a.id === assignee)?.departmentIds.includes(next)) setValue('assignee', AUTO);
    },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    reassign.mutate(reassignRequestOf(values, c), {
      onSuccess: (updated) => {
        toast({
          title: triage ? 'Case routed' : 'Case reassigned',
          description: [updated.department?.name, updated.assignee?.name ?? 'unassigned'].filter(Boolean).join(' · '),
          tone: 'success',
        });
        onDone();
      },
      onError: (error) => setFormError(applyApiErrors(error, setError, ['departmentId', 'reason'], { assigneeId: 'assignee' })),
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <SelectField
        label="Department"
        error={formState.errors.departmentId?.message}
        options={[...(initialDepartment ? [] : [{ value: '', label: 'Choose a department…' }]), ...departments.map((d) => ({ value: d.id, label: d.name }))]}
        {...departmentField}
      />
      <SelectField
        label="Assignee"
        error={formState.errors.assignee?.message}
        hint={assignee === AUTO ? 'The department’s assignment strategy picks someone.' : undefined}
        disabled={!departmentId}
        options={[
          { value: AUTO, label: 'Assign automatically' },
          { value: NOBODY, label: 'Unassigned' },
          ...people.map((p) => ({ value: p.id, label: p.id === c.assignee?.id ? `${p.name} (current)` : p.name })),
        ]}
        {...register('assignee')}
      />
      <TextareaField
        label="Reason"
        placeholder={triage ? 'e.g. A lost bag: Baggage handles these' : 'e.g. This is about a refund, not the bag'}
        hint={triage ? 'Shown in the history. Your choice also teaches the department model.' : 'Shown in the history and to the new owner.'}
        error={formState.errors.reason?.message}
        {...register('reason')}
      />
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={reassign.isPending}>
          {triage ? 'Route case' : 'Reassign'}
        </Button>
      </DialogFooter>
    </form>
  );
}

/** "Reassign" on a routed case; "Route to department" on one waiting in triage. */
export function ReassignCaseDialog({ c, departments, open, onOpenChange }: { c: CaseDetailDto; departments: Department[]; open: boolean; onOpenChange: (open: boolean) => void }) {
  const triage = isTriage(c);
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={triage ? 'Route to department' : 'Reassign case'}
      description={triage ? 'Nothing decided where this goes yet. Pick the department that owns it.' : `Move ${c.reference} to another department or person.`}
    >
      {open && <ReassignForm c={c} departments={departments} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}
