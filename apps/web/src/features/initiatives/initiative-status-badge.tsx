import type { InitiativeStatus } from '@fullcircle/shared';
import { Badge } from '../../components/badge';
import { STATUS_META } from './initiative-labels';

export function InitiativeStatusBadge({ status }: { status: InitiativeStatus }) {
  const meta = STATUS_META[status];
  return <Badge tone={meta.tone}>{meta.label}</Badge>;
}
