import type {
  CommunicationPreferences,
  CommunicationSettings,
  FeedEntryDto,
  FeedPage,
  ListFeedQuery,
  ListMailboxQuery,
  MailboxMessageDto,
  MailboxPage,
  MarkNotificationsReadRequest,
  NotificationPage,
  PostFeedEntryRequest,
  PreviewTemplateRequest,
  RenderedMessageDto,
  ReplyFromMailboxRequest,
  SaveTemplateRequest,
  TemplateDto,
} from '@fullcircle/shared';
import { request } from './http';

const BASE = '/api/communications';
const templatePath = (id: string) => `${BASE}/templates/${encodeURIComponent(id)}`;
const mailboxPath = (id: string) => `${BASE}/mailbox/${encodeURIComponent(id)}`;

export function listTemplates(): Promise<TemplateDto[]> {
  return request<TemplateDto[]>(`${BASE}/templates`);
}

export function getTemplate(id: string): Promise<TemplateDto> {
  return request<TemplateDto>(templatePath(id));
}

export function createTemplate(body: SaveTemplateRequest): Promise<TemplateDto> {
  return request<TemplateDto>(`${BASE}/templates`, { method: 'POST', body });
}

export function updateTemplate(id: string, body: SaveTemplateRequest): Promise<TemplateDto> {
  return request<TemplateDto>(templatePath(id), { method: 'PUT', body });
}

export function deleteTemplate(id: string): Promise<void> {
  return request<void>(templatePath(id), { method: 'DELETE' });
}

export function previewTemplate(id: string, body: PreviewTemplateRequest): Promise<RenderedMessageDto> {
  return request<RenderedMessageDto>(`${templatePath(id)}/preview`, { method: 'POST', body });
}

export function getCommunicationSettings(): Promise<CommunicationSettings> {
  return request<CommunicationSettings>(`${BASE}/settings`);
}

export function updateCommunicationSettings(body: CommunicationSettings): Promise<CommunicationSettings> {
  return request<CommunicationSettings>(`${BASE}/settings`, { method: 'PUT', body });
}

export function listMailbox(query: ListMailboxQuery = {}): Promise<MailboxPage> {
  return request<MailboxPage>(`${BASE}/mailbox`, {
    query: { to: query.to, cursor: query.cursor, limit: query.limit === undefined ? undefined : String(query.limit) },
  });
}

export function getMailboxMessage(id: string): Promise<MailboxMessageDto> {
  return request<MailboxMessageDto>(mailboxPath(id));
}

/** Mails `text` as the customer's answer to the product's inbound SMTP channel (admins only). */
export function replyFromMailbox(id: string, body: ReplyFromMailboxRequest): Promise<void> {
  return request<void>(`${mailboxPath(id)}/reply`, { method: 'POST', body });
}

export function listNotifications(): Promise<NotificationPage> {
  return request<NotificationPage>(`${BASE}/notifications`);
}

export function markNotificationsRead(body: MarkNotificationsReadRequest = {}): Promise<void> {
  return request<void>(`${BASE}/notifications/read`, { method: 'POST', body });
}

export function listFeed(query: ListFeedQuery = {}): Promise<FeedPage> {
  return request<FeedPage>(`${BASE}/feed`, {
    query: { scope: query.scope, kind: query.kind, cursor: query.cursor, limit: query.limit === undefined ? undefined : String(query.limit) },
  });
}

export function postFeedEntry(body: PostFeedEntryRequest): Promise<FeedEntryDto> {
  return request<FeedEntryDto>(`${BASE}/feed`, { method: 'POST', body });
}

export function getCommunicationPreferences(): Promise<CommunicationPreferences> {
  return request<CommunicationPreferences>(`${BASE}/preferences`);
}

export function updateCommunicationPreferences(body: CommunicationPreferences): Promise<CommunicationPreferences> {
  return request<CommunicationPreferences>(`${BASE}/preferences`, { method: 'PUT', body });
}
