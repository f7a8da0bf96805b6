import type { ListFeedQuery } from '@fullcircle/shared';

export const communicationsKeys = {
  all: ['communications'] as const,
  templates: () => [...communicationsKeys.all, 'templates'] as const,
  preview: (templateId: string, caseId: string, language: string) => [...communicationsKeys.templates(), templateId, 'preview', caseId, language] as const,
  settings: () => [...communicationsKeys.all, 'settings'] as const,
  mailbox: () => [...communicationsKeys.all, 'mailbox'] as const,
  mailboxMessage: (id: string) => [...communicationsKeys.mailbox(), id] as const,
  notifications: () => [...communicationsKeys.all, 'notifications'] as const,
  feed: (query: Omit<ListFeedQuery, 'cursor'>) => [...communicationsKeys.all, 'feed', query] as const,
  feedAll: () => [...communicationsKeys.all, 'feed'] as const,
  preferences: () => [...communicationsKeys.all, 'preferences'] as const,
};
