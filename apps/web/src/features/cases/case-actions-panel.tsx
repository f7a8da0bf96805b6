import { ACTION_KIND_LABELS, type CaseActionDto, type CaseDetailDto } from '@fullcircle/shared';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../api/http';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { Card, CardHeader } from '../../components/card';
import { cn } from '../../components/cn';
import { useToast } from '../../components/toast';
import { AddActionDialog } from './add-action-dialog';
import { useUpdateAction } from './hooks/use-update-action';

const due = (date: string) => new Date(`${date}T00:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

function ActionRow({ action, caseId, canAct }: { action: CaseActionDto; caseId: string; canAct: boolean }) {
  const update = useUpdateAction(caseId);
  const toast = useToast();
  const done = action.status === 'done';
  const toggle = () =>
    update.mutate(
      { actionId: action.id, status: done ? 'open' : 'done' },
      { onError: (error) => toast({ title: 'Could not update the action', description: errorMessage(error), tone: 'error' }) },
    );
  return (
    <li data-overdue={action.overdue || undefined} className={cn('flex gap-3 px-5 py-3', action.overdue && !done && 'bg-red-50/60')}>
      <input
        type="checkbox"
        aria-label={`Done: ${action.description}`}
        className="mt-0.5 size-4 shrink-0 rounded border-zinc-300 text-indigo-600 disabled:opacity-50"
        checked={done}
        disabled={!canAct || action.status === 'cancelled' || update.isPending}
        onChange={toggle}
      />
      <div className="min-w-0 flex-1 text-sm">
        <p className={cn('break-words text-zinc-900', (done || action.status === 'cancelled') && 'text-zinc-500 line-through')}>{action.description}</p>
        <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-500">
          <Badge tone="accent">{ACTION_KIND_LABELS[action.kind]}</Badge>
          <span>{action.owner?.name ?? 'No owner'}</span>
          {action.dueDate && (
            <span className={cn(action.overdue && !done && 'font-medium text-red-700')}>
              {action.overdue && !done ? 'Overdue: ' : 'Due '}
              {due(action.dueDate)}
            </span>
          )}
          {action.status === 'cancelled' && <Badge>Cancelled</Badge>}
        </p>
      </div>
    </li>
  );
}

/** What is being done about the feedback (P4): each action with its kind, owner and due date. */
export function CaseActionsPanel({ c }: { c: CaseDetailDto }) {
  const [adding, setAdding] = useState(false);
  const actions = c.actions ?? [];
  const open = actions.filter((a) => a.status === 'open').length;
  return (
    <Card>
      <CardHeader
        title="Actions"
        description={actions.length === 0 ? 'What was done about this, for this customer and beyond.' : `${open} open of ${actions.length}.`}
        actions={
          c.can.act && (
            <Button size="sm" variant="secondary" onClick={() => setAdding(true)}>
              <Plus aria-hidden className="size-4" />
              Add action
            </Button>
          )
        }
      />
      {actions.length > 0 && (
        <ul aria-label="Actions" className="divide-y divide-zinc-100">
          {actions.map((action) => (
            <ActionRow key={action.id} action={action} caseId={c.id} canAct={c.can.act} />
          ))}
        </ul>
      )}
      {c.can.act && <AddActionDialog c={c} open={adding} onOpenChange={setAdding} />}
    </Card>
  );
}
