import type { Channel, ConsentPurpose, MessageChannel } from '@fullcircle/shared';
import type { BadgeTone } from '../../components/badge';

export const FEEDBACK_CHANNEL_LABELS: Record<Channel, string> = {
  api: 'Online',
  web_form: 'Web form',
  widget: 'Website widget',
  email: 'Email',
  sms: 'Text message',
  chat: 'Chat',
  survey: 'Survey',
  social: 'Social media',
  review: 'Review',
  csv: 'Imported',
};

export const MESSAGE_CHANNEL_LABELS: Record<MessageChannel, string> = { email: 'Email', sms: 'Text message', in_app: 'In this portal' };

export const CONSENT_LABELS: Record<ConsentPurpose, string> = {
  contact_about_feedback: 'Contact me about my feedback',
  product_updates: 'Updates about improvements',
  research: 'Surveys and research',
};

export const CASE_STATUS_LABELS: Record<string, { label: string; tone: BadgeTone }> = {
  triage: { label: 'Received', tone: 'accent' },
  new: { label: 'Received', tone: 'accent' },
  assigned: { label: 'With our team', tone: 'accent' },
  in_progress: { label: 'In progress', tone: 'success' },
  waiting_on_customer: { label: 'Waiting for you', tone: 'warning' },
  resolved: { label: 'Resolved', tone: 'neutral' },
  closed: { label: 'Closed', tone: 'neutral' },
};

export const SCORE_SCALE_LABELS: Record<string, { label: string; max: number }> = {
  nps: { label: 'Likelihood to recommend', max: 10 },
  csat: { label: 'Satisfaction', max: 5 },
  ces: { label: 'Effort', max: 7 },
};

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const formatWhen = (iso: string) => dateTime.format(new Date(iso));
