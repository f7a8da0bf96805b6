import {
  ERASURE_CONFIRM_WORD,
  type CustomerDetail,
  type CustomerPage,
  type ListCustomersQuery,
  type MergeCustomersRequest,
  type RecordConsentRequest,
  type TimelineEntry,
  type TimelineQuery,
  type UpdateCustomerRequest,
  type ErasureReceiptDto,
} from '@fullcircle/shared';
import { request } from './http';

const customerPath = (id: string) => `/api/customers/${encodeURIComponent(id)}`;

/** Keyset pages: pass the previous page's `nextCursor` as `cursor`. */
export function listCustomers(query: ListCustomersQuery = {}, signal?: AbortSignal): Promise<CustomerPage> {
  return request<CustomerPage>('/api/customers', {
    query: { search: query.search, limit: query.limit === undefined ? undefined : String(query.limit), cursor: query.cursor },
    signal,
  });
}

export function getCustomer(id: string): Promise<CustomerDetail> {
  return request<CustomerDetail>(customerPath(id));
}

/** Newest first; `before` (the id of the oldest entry shown) pages back in time. */
export function getCustomerTimeline(id: string, query: TimelineQuery = {}): Promise<TimelineEntry[]> {
  return request<TimelineEntry[]>(`${customerPath(id)}/timeline`, {
    query: { before: query.before, limit: query.limit === undefined ? undefined : String(query.limit) },
  });
}

/** Moves everything of `sourceCustomerId` into customer `id`; answers with the merged customer. */
export function mergeCustomers(id: string, body: MergeCustomersRequest): Promise<CustomerDetail> {
  return request<CustomerDetail>(`${customerPath(id)}/merge`, { method: 'POST', body });
}

/** Moves one identity to a new customer; answers with that new customer. */
export function splitIdentity(id: string, identityId: string): Promise<CustomerDetail> {
  return request<CustomerDetail>(`${customerPath(id)}/identities/${encodeURIComponent(identityId)}/split`, { method: 'POST' });
}

export function recordConsent(id: string, body: RecordConsentRequest): Promise<CustomerDetail> {
  return request<CustomerDetail>(`${customerPath(id)}/consents`, { method: 'POST', body });
}

/** Segment and VIP flag (admins and owners); answers with the customer. */
export function updateCustomer(id: string, body: UpdateCustomerRequest): Promise<CustomerDetail> {
  return request<CustomerDetail>(customerPath(id), { method: 'PATCH', body });
}

/** GET: a zip of everything held about the customer (admins; audited). A plain link downloads it, the session cookie goes along. */
export function customerExportUrl(id: string): string {
  return `${customerPath(id)}/export`;
}

/** Erases the customer (admins): anonymised, anonymous scores kept; answers the receipt. */
export function eraseCustomer(id: string): Promise<ErasureReceiptDto> {
  return request<ErasureReceiptDto>(`${customerPath(id)}/erasure`, { method: 'POST', body: { confirm: ERASURE_CONFIRM_WORD } });
}
