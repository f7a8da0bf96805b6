import type { CaseDetailDto, ChangeCaseStatusRequest } from '@fullcircle/shared';
import { Hourglass, Play } from 'lucide-react';
import { errorMessage } from '../../api/http';
import { Button } from '../../components/button';
import { useToast } from '../../components/toast';
import { useChangeCaseStatus } from './hooks/use-change-case-status';

const CAN_START: readonly string[] = ['new', 'assigned', 'waiting_on_customer'];
const CAN_WAIT: readonly string[] = ['new', 'assigned', 'in_progress'];

const DONE: Record<ChangeCaseStatusRequest['status'], { title: string; description?: string }> = {
  in_progress: { title: 'Work started' },
  waiting_on_customer: { title: 'Waiting on the customer', description: 'The SLA clock is paused until they answer or you start work again.' },
};

/** "Start work" and "Waiting on customer", for whoever may change the status of this case. */
export function CaseStatusActions({ c }: { c: CaseDetailDto }) {
  const change = useChangeCaseStatus(c.id);
  const toast = useToast();
  if (!c.can.changeStatus) return null;

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
      {CAN_WAIT.includes(c.status) && (
        <Button variant="secondary" loading={pending === 'waiting_on_customer'} disabled={change.isPending} onClick={() => move('waiting_on_customer')}>
          <Hourglass aria-hidden className="size-4" />
          Waiting on customer
        </Button>
      )}
      {CAN_START.includes(c.status) && (
        <Button variant={c.status === 'waiting_on_customer' ? 'primary' : 'secondary'} loading={pending === 'in_progress'} disabled={change.isPending} onClick={() => move('in_progress')}>
          <Play aria-hidden className="size-4" />
          Start work
        </Button>
      )}
    </>
  );
}
