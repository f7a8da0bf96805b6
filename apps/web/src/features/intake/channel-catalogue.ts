import type { Channel } from '@fullcircle/shared';
import {
  Braces,
  ClipboardList,
  FileSpreadsheet,
  Mail,
  MessagesSquare,
  PanelBottom,
  Share2,
  Smartphone,
  Star,
  SquareMousePointer,
  type LucideIcon,
} from 'lucide-react';

/** How each channel reads wherever an item shows where it came from (timeline, filters). */
export const CHANNEL_META: Record<Channel, { label: string; icon: LucideIcon }> = {
  api: { label: 'Public API', icon: Braces },
  web_form: { label: 'Web form', icon: SquareMousePointer },
  widget: { label: 'Widget', icon: PanelBottom },
  email: { label: 'Email', icon: Mail },
  sms: { label: 'SMS', icon: Smartphone },
  chat: { label: 'Chat', icon: MessagesSquare },
  survey: { label: 'Survey', icon: ClipboardList },
  social: { label: 'Social', icon: Share2 },
  review: { label: 'Review', icon: Star },
  csv: { label: 'CSV import', icon: FileSpreadsheet },
};

export interface ChannelCard {
  id: string;
  name: string;
  icon: LucideIcon;
  /** What the channel does, in one line. */
  description: string;
  channels: readonly Channel[];
}

/** Every channel of P1, in the order the Settings page lists them; whether each is live comes from the API. */
export const CHANNEL_CARDS: readonly ChannelCard[] = [
  {
    id: 'api',
    name: 'Public API',
    icon: Braces,
    description: 'Send feedback from your own systems over HTTPS with an API key.',
    channels: ['api'],
  },
  {
    id: 'web',
    name: 'Web form & widget',
    icon: PanelBottom,
    description: 'A hosted form per survey or topic, and a one-line script that embeds a feedback widget in your site.',
    channels: ['web_form', 'widget'],
  },
  {
    id: 'email',
    name: 'Email',
    icon: Mail,
    description: 'Mail to your feedback addresses lands here; replies thread onto the open case.',
    channels: ['email'],
  },
  {
    id: 'sms',
    name: 'SMS',
    icon: Smartphone,
    description: 'Text messages through a Twilio-compatible webhook, threaded by phone number.',
    channels: ['sms'],
  },
  {
    id: 'chat',
    name: 'Chat',
    icon: MessagesSquare,
    description: 'Conversations in the widget: follow-up messages stay on the same conversation.',
    channels: ['chat'],
  },
  {
    id: 'survey',
    name: 'Surveys',
    icon: ClipboardList,
    description: 'NPS, CSAT and CES answers from signed survey links.',
    channels: ['survey'],
  },
  {
    id: 'social',
    name: 'Social & reviews',
    icon: Share2,
    description: 'Posts and reviews from signed webhooks, mapped field by field per source.',
    channels: ['social', 'review'],
  },
  {
    id: 'csv',
    name: 'CSV import',
    icon: FileSpreadsheet,
    description: 'Bring history in from a spreadsheet, with a per-row error report.',
    channels: ['csv'],
  },
];
