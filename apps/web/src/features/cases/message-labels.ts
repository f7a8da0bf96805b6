import type { MessageChannel } from '@fullcircle/shared';
import { AppWindow, Mail, Smartphone, type LucideIcon } from 'lucide-react';

/** Channels Fullcircle writes to customers in (in-app is the customer portal, not an intake channel). */
export const MESSAGE_CHANNEL_META: Record<MessageChannel, { label: string; icon: LucideIcon }> = {
  email: { label: 'Email', icon: Mail },
  sms: { label: 'SMS', icon: Smartphone },
  in_app: { label: 'In-app (portal)', icon: AppWindow },
};
