import type { FeedKind } from '@fullcircle/shared';
import { GraduationCap, Megaphone, Star, Workflow, type LucideIcon } from 'lucide-react';

export const FEED_KIND_META: Record<FeedKind, { label: string; icon: LucideIcon }> = {
  lesson: { label: 'Lesson learned', icon: GraduationCap },
  process_change: { label: 'Process change', icon: Workflow },
  recognition: { label: 'Recognition', icon: Star },
  announcement: { label: 'Announcement', icon: Megaphone },
};
