import { ERASURE_CONFIRM_WORD, type ErasureReceiptDto } from '@fullcircle/shared';
import { request } from './http';

/** GET: a zip of everything held about the signed-in customer; a plain link downloads it (the cookie goes along). */
export const PORTAL_EXPORT_URL = '/api/portal/export';

/** Erases the signed-in customer; the answer is the receipt, and the session is gone afterwards. */
export function requestPortalErasure(): Promise<ErasureReceiptDto> {
  return request<ErasureReceiptDto>('/api/portal/erasure', { method: 'POST', body: { confirm: ERASURE_CONFIRM_WORD } });
}
