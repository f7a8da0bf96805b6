import type { CaseEventType, CasePriority, CaseStatus, MessageStatus, RoutedBy } from '@fullcircle/shared';
import {
  AlarmClock,
  Archive,
  ArrowRightLeft,
  Bot,
  CircleCheck,
  CircleDot,
  CirclePlus,
  ClipboardCheck,
  ClipboardList,
  Clock,
  GitMerge,
  Inbox,
  MailCheck,
  MessageSquareText,
  Paperclip,
  Pause,
  Play,
  RotateCcw,
  Send,
  Siren,
  Star,
  StickyNote,
  UserCheck,
  UserRound,
  Workflow,
  XCircle,
  type LucideIcon,
} from 'lucide-react';
import type { BadgeTone } from '../../components/badge';

export const STATUS_META: Record<CaseStatus, { label: string; tone: BadgeTone }> = {
  triage: { label: 'Triage', tone: 'warning' },
  new: { label: 'New', tone: 'accent' },
  assigned: { label: 'Assigned', tone: 'accent' },
  in_progress: { label: 'In progress', tone: 'success' },
  waiting_on_customer: { label: 'Waiting on customer', tone: 'neutral' },
  resolved: { label: 'Resolved', tone: 'neutral' },
  closed: { label: 'Closed', tone: 'neutral' },
};

export const PRIORITY_META: Record<CasePriority, { label: string; tone: BadgeTone }> = {
  urgent: { label: 'Urgent', tone: 'danger' },
  high: { label: 'High', tone: 'warning' },
  normal: { label: 'Normal', tone: 'neutral' },
  low: { label: 'Low', tone: 'neutral' },
};

/** Most pressing first, for filters. */
export const PRIORITY_ORDER: readonly CasePriority[] = ['urgent', 'high', 'normal', 'low'];

export const ROUTED_BY_META: Record<RoutedBy, { label: string; icon: LucideIcon; description: string }> = {
  rule: { label: 'Rule', icon: Workflow, description: 'A routing rule decided where this went' },
  model: { label: 'Model', icon: Bot, description: 'The department model was confident enough to route it' },
  triage: { label: 'Triage', icon: Inbox, description: 'Nothing decided: waiting for someone to pick a department' },
  staff: { label: 'Staff', icon: UserRound, description: 'A person routed or reassigned it' },
};

export type EventEmphasis = 'normal' | 'warning' | 'danger';

export const EVENT_META: Record<CaseEventType, { label: string; icon: LucideIcon; emphasis: EventEmphasis }> = {
  opened: { label: 'Opened', icon: CirclePlus, emphasis: 'normal' },
  attached: { label: 'Follow-up attached', icon: Paperclip, emphasis: 'normal' },
  routed: { label: 'Routed', icon: Workflow, emphasis: 'normal' },
  assigned: { label: 'Assigned', icon: UserCheck, emphasis: 'normal' },
  reassigned: { label: 'Reassigned', icon: ArrowRightLeft, emphasis: 'normal' },
  status_changed: { label: 'Status changed', icon: CircleDot, emphasis: 'normal' },
  sla_warning: { label: 'SLA warning', icon: Clock, emphasis: 'warning' },
  sla_breached: { label: 'SLA breached', icon: AlarmClock, emphasis: 'danger' },
  escalated: { label: 'Escalated', icon: Siren, emphasis: 'danger' },
  paused: { label: 'SLA paused', icon: Pause, emphasis: 'normal' },
  resumed: { label: 'SLA resumed', icon: Play, emphasis: 'normal' },
  reply_queued: { label: 'Reply', icon: Send, emphasis: 'normal' },
  message_status: { label: 'Delivery', icon: MailCheck, emphasis: 'normal' },
  note_added: { label: 'Note', icon: StickyNote, emphasis: 'normal' },
  action_added: { label: 'Action added', icon: ClipboardList, emphasis: 'normal' },
  action_updated: { label: 'Action updated', icon: ClipboardCheck, emphasis: 'normal' },
  resolved: { label: 'Resolved', icon: CircleCheck, emphasis: 'normal' },
  reopened: { label: 'Reopened', icon: RotateCcw, emphasis: 'warning' },
  closed: { label: 'Closed', icon: Archive, emphasis: 'normal' },
  merged: { label: 'Merged', icon: GitMerge, emphasis: 'normal' },
  merged_from: { label: 'Duplicate merged in', icon: GitMerge, emphasis: 'normal' },
  survey_scheduled: { label: 'Follow-up scheduled', icon: Clock, emphasis: 'normal' },
  survey_sent: { label: 'Follow-up sent', icon: MessageSquareText, emphasis: 'normal' },
  survey_answered: { label: 'Follow-up answered', icon: Star, emphasis: 'normal' },
  survey_cancelled: { label: 'Follow-up cancelled', icon: XCircle, emphasis: 'normal' },
  initiative_linked: { label: 'Linked to initiative', icon: Workflow, emphasis: 'normal' },
  initiative_update: { label: 'Initiative update', icon: MessageSquareText, emphasis: 'normal' },
};

/** Delivery states of a message to the customer; failures and holds stand out, with their reason beside them. */
export const MESSAGE_STATUS_META: Record<MessageStatus, { label: string; tone: BadgeTone }> = {
  queued: { label: 'Queued', tone: 'neutral' },
  sending: { label: 'Sending', tone: 'accent' },
  sent: { label: 'Sent', tone: 'success' },
  delivered: { label: 'Delivered', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  bounced: { label: 'Bounced', tone: 'danger' },
  suppressed: { label: 'Not sent', tone: 'warning' },
};

/** "72%" */
export const percent = (value: number) => `${Math.round(value * 100)}%`;
