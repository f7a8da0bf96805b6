import { bulkCaseRequestSchema, type BulkCaseRequest, type BulkCaseResult, type CaseSummaryDto } from '@fullcircle/shared';
import { Archive, UserRoundCheck, X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { ApiRequestError, errorMessage } from '../../api/http';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog, DialogFooter } from '../../components/dialog';
import { SelectField } from '../../components/select-field';
import { TextareaField } from '../../components/textarea-field';
import { useToast } from '../../components/toast';
import { useBulkCases } from './hooks/use-bulk-cases';
import type { AssigneeChoice } from './inbox-filters';

type Op = BulkCaseRequest['op'];
const NOBODY = 'none';

interface BulkDialogProps {
  op: Op;
  caseIds: string[];
  me: AssigneeChoice;
  people: AssigneeChoice[];
  onClose: () => void;
  onDone: (result: BulkCaseResult) => void;
}

function BulkDialog({ op, caseIds, me, people, onClose, onDone }: BulkDialogProps) {
  const bulk = useBulkCases();
  const [assignee, setAssignee] = useState(me.id);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ assigneeId?: string; reason?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const count = caseIds.length === 1 ? '1 case' : `${caseIds.length} cases`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    const body =
      op === 'assign' ? { op, caseIds, assigneeId: assignee === NOBODY ? null : assignee, reason } : { op, caseIds, reason };
    const parsed = bulkCaseRequestSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    bulk.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (err) => {
        if (err instanceof ApiRequestError && err.issues.length > 0) setErrors(Object.fromEntries(err.issues.map((i) => [i.field.split('.')[0], i.message])));
        setFormError(errorMessage(err));
      },
    });
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={op === 'assign' ? `Assign ${count}` : `Close ${count}`}
      description={op === 'assign' ? 'Each case is checked as if assigned one by one; any that cannot be are skipped and listed.' : 'Closing ends the work on each case; cases that cannot be closed are skipped and listed.'}
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        {formError && <Alert>{formError}</Alert>}
        {op === 'assign' && (
          <SelectField
            label="Assign to"
            value={assignee}
            error={errors.assigneeId}
            onChange={(e) => setAssignee(e.target.value)}
            options={[
              { value: me.id, label: `Me (${me.name})` },
              ...people.filter((p) => p.id !== me.id).map((p) => ({ value: p.id, label: p.name })),
              { value: NOBODY, label: 'Nobody (unassign)' },
            ]}
          />
        )}
        <TextareaField label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.reason} hint="Recorded on every case’s history." rows={2} />
        <DialogFooter>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant={op === 'close' ? 'danger' : 'primary'} loading={bulk.isPending}>
            {op === 'assign' ? `Assign ${count}` : `Close ${count}`}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

interface InboxBulkBarProps {
  selected: CaseSummaryDto[];
  me: AssigneeChoice;
  people: AssigneeChoice[];
  /** Closing is for owners and admins; members assign (to themselves) only. */
  canClose: boolean;
  onClear: () => void;
}

/** Shows while cases are ticked: assign or close them together, and then which ones were skipped and why. */
export function InboxBulkBar({ selected, me, people, canClose, onClear }: InboxBulkBarProps) {
  const toast = useToast();
  const [op, setOp] = useState<Op | null>(null);
  const [skipped, setSkipped] = useState<{ reference: string; reason: string }[]>([]);
  const references = new Map(selected.map((c) => [c.id, c.reference]));

  const done = (result: BulkCaseResult) => {
    const verb = op === 'close' ? 'Closed' : 'Assigned';
    setOp(null);
    setSkipped(result.skipped.map((s) => ({ reference: references.get(s.id) ?? s.id, reason: s.reason })));
    toast({ title: `${verb} ${result.done.length === 1 ? '1 case' : `${result.done.length} cases`}`, description: result.skipped.length ? `${result.skipped.length} skipped` : undefined, tone: 'success' });
    onClear();
  };

  if (selected.length === 0 && skipped.length === 0) return null;
  return (
    <div className="border-b border-zinc-100">
      {selected.length > 0 && (
        <div role="region" aria-label="Bulk actions" className="flex flex-wrap items-center gap-2 bg-indigo-50/60 px-4 py-2 text-sm">
          <span className="font-medium text-indigo-900">{selected.length} selected</span>
          <Button size="sm" variant="secondary" onClick={() => setOp('assign')}>
            <UserRoundCheck aria-hidden className="size-4" />
            Assign…
          </Button>
          {canClose && (
            <Button size="sm" variant="secondary" onClick={() => setOp('close')}>
              <Archive aria-hidden className="size-4" />
              Close…
            </Button>
          )}
          <Button size="sm" variant="ghost" className="ml-auto" onClick={onClear}>
            Clear selection
          </Button>
        </div>
      )}
      {skipped.length > 0 && (
        <div className="px-4 py-2">
          <Alert tone="warning" title={skipped.length === 1 ? '1 case was skipped' : `${skipped.length} cases were skipped`}>
            <ul className="mt-1 space-y-0.5">
              {skipped.map((s) => (
                <li key={s.reference}>
                  <span className="font-mono text-xs">{s.reference}</span>: {s.reason}
                </li>
              ))}
            </ul>
            <button type="button" className="mt-1 inline-flex items-center gap-1 text-xs font-medium underline" onClick={() => setSkipped([])}>
              <X aria-hidden className="size-3" />
              Dismiss
            </button>
          </Alert>
        </div>
      )}
      {op && <BulkDialog op={op} caseIds={selected.map((c) => c.id)} me={me} people={people} onClose={() => setOp(null)} onDone={done} />}
    </div>
  );
}
