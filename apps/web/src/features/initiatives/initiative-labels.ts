import type { BadgeTone } from '../../components/badge';
import type { InitiativeKind, InitiativeNoticeOutcome, InitiativeStatus } from '@fullcircle/shared';

export const STATUS_META: Record<InitiativeStatus, { label: string; tone: BadgeTone }> = {
  proposed: { label: 'Proposed', tone: 'neutral' },
  planned: { label: 'Planned', tone: 'accent' },
  in_progress: { label: 'In progress', tone: 'warning' },
  shipped: { label: 'Shipped', tone: 'success' },
  declined: { label: 'Declined', tone: 'danger' },
};

export const KIND_LABEL: Record<InitiativeKind, string> = { improvement: 'Improvement', incident: 'Incident' };

export const OUTCOME_LABEL: Record<InitiativeNoticeOutcome, string> = {
  queued: 'Told',
  no_consent: 'No consent',
  over_budget: 'Contact budget used up',
  unreachable: 'Unreachable',
};

const CHANNEL_LABEL: Record<string, string> = {
  email: 'Email',
  sms: 'SMS',
  in_app: 'Customer portal',
  api: 'API',
  web_form: 'Web form',
  widget: 'Widget',
  chat: 'Chat',
  survey: 'Survey',
  social: 'Social',
  review: 'Review',
  csv: 'CSV import',
  unknown: 'Unknown',
};

export const channelLabel = (key: string) => CHANNEL_LABEL[key] ?? key.replaceAll('_', ' ');
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replaceAll('_', ' ');
