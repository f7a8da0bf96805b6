import type { CaseDetailDto, ChangeCaseStatusRequest } from '@fullcircle/shared';
import { Archive, CircleCheck, GitMerge, Hourglass, Play, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../api/http';
import { Button } from '../../components/button';
import { useToast } from '../../components/toast';
import { useChangeCaseStatus } from './hooks/use-change-case-status';
import { useCloseCase } from './hooks/use-close-case';
import { useReopenCase } from './hooks/use-reopen-case';
import { MergeCaseDialog } from './merge-case-dialog';
import { ReasonDialog } from './reason-dialog';
import { ResolveCaseDialog } from './resolve-case-dialog';

const CAN_START: readonly string[] = ['new', 'assigned', 'waiting_on_customer'];
const CAN_WAIT: readonly string[] = ['new', 'assigned', 'in_progress'];

const DONE: Record<ChangeCaseStatusRequest['status'], { title: string; description?: string }> = {
  in_progress: { title: 'Work started' },
  waiting_on_customer: { title: 'Waiting on the customer', description: 'The SLA clock is paused until they answer or you start work again.' },
};

type Open = 'resolve' | 'reopen' | 'close' | 'merge' | null;

/** The lifecycle moves this user may make now: start, wait, resolve, reopen, close, merge. */
export function CaseStatusActions({ c }: { c: CaseDetailDto }) {
  const change = useChangeCaseStatus(c.id);
  const reopen = useReopenCase(c.id);
  const close = useCloseCase(c.id);
  const toast = useToast();
  const [open, setOpen] = useState<Open>(null);
  const dialog = (name: Exclude<Open, null>) => ({ open: open === name, onOpenChange: (next: boolean) => setOpen(next ? name : null) });

  const move = (status: ChangeCaseStatusRequest['status']) =>
    change.mutate(
      { status },
      {
        onSuccess: () => toast({ ...DONE[status], tone: 'success' }),
        onError: (err) => toast({ title: 'Could not change the status', description: errorMessage(err), tone: 'error' }),
      },
    );
  const pending = change.isPending ? change.variables?.status : undefined;

  return (
    <>
      {c.can.changeStatus && CAN_WAIT.includes(c.status) && (
        <Button variant="secondary" loading={pending === 'waiting_on_customer'} disabled={change.isPending} onClick={() => move('waiting_on_customer')}>
          <Hourglass aria-hidden className="size-4" />
          Waiting on customer
        </Button>
      )}
      {c.can.changeStatus && CAN_START.includes(c.status) && (
        <Button variant={c.status === 'waiting_on_customer' ? 'primary' : 'secondary'} loading={pending === 'in_progress'} disabled={change.isPending} onClick={() => move('in_progress')}>
          <Play aria-hidden className="size-4" />
          Start work
        </Button>
      )}
      {c.can.resolve && (
        <Button onClick={() => setOpen('resolve')}>
          <CircleCheck aria-hidden className="size-4" />
          Resolve
        </Button>
      )}
      {c.can.reopen && (
        <Button variant="secondary" onClick={() => setOpen('reopen')}>
          <RotateCcw aria-hidden className="size-4" />
          Reopen
        </Button>
      )}
      {c.can.close && (
        <Button variant="secondary" onClick={() => setOpen('close')}>
          <Archive aria-hidden className="size-4" />
          Close
        </Button>
      )}
      {c.can.merge && (
        <Button variant="ghost" onClick={() => setOpen('merge')}>
          <GitMerge aria-hidden className="size-4" />
          Merge
        </Button>
      )}

      {c.can.resolve && <ResolveCaseDialog c={c} {...dialog('resolve')} />}
      {c.can.reopen && (
        <ReasonDialog
          {...dialog('reopen')}
          title="Reopen case"
          description={`${c.reference} goes back to work; the follow-up survey, if not sent yet, is cancelled.`}
          confirmLabel="Reopen"
          required
          placeholder="e.g. The customer says the bag never arrived"
          pending={reopen.isPending}
          onSubmit={(reason, handlers) =>
            reopen.mutate(
              { reason: reason ?? '' },
              {
                onSuccess: () => {
                  toast({ title: 'Case reopened', tone: 'success' });
                  handlers.onSuccess();
                },
                onError: handlers.onError,
              },
            )
          }
        />
      )}
      {c.can.close && (
        <ReasonDialog
          {...dialog('close')}
          title="Close case"
          description={`${c.reference} is finished: nothing more will happen on it.`}
          confirmLabel="Close case"
          required={false}
          pending={close.isPending}
          onSubmit={(reason, handlers) =>
            close.mutate(reason ? { reason } : {}, {
              onSuccess: () => {
                toast({ title: 'Case closed', tone: 'success' });
                handlers.onSuccess();
              },
              onError: handlers.onError,
            })
          }
        />
      )}
      {c.can.merge && <MergeCaseDialog c={c} {...dialog('merge')} />}
    </>
  );
}
