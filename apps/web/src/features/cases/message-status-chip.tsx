import type { OutboundMessageDto } from '@fullcircle/shared';
import { Badge } from '../../components/badge';
import { MESSAGE_STATUS_META } from './case-labels';

/** Where a message to the customer stands; a failure, bounce or hold says why right beside it. */
export function MessageStatusChip({ message }: { message: Pick<OutboundMessageDto, 'status' | 'statusReason' | 'attempts'> }) {
  const meta = MESSAGE_STATUS_META[message.status];
  const retrying = message.status === 'queued' && message.attempts > 0;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <Badge tone={meta.tone}>{retrying ? `Retrying (attempt ${message.attempts + 1})` : meta.label}</Badge>
      {message.statusReason && <span className={meta.tone === 'danger' ? 'text-red-700' : 'text-amber-800'}>{message.statusReason}</span>}
    </span>
  );
}
