import type { CaseDetailDto } from '@fullcircle/shared';
import type { E2eApp } from './e2e-app';
import { waitFor } from './wait-for';

/** The case an item was filed into, once routing has filed it. */
export function caseOfItem(e2e: E2eApp, feedbackId: string, timeoutMs = 30_000): Promise<string> {
  return waitFor(
    `a case for ${feedbackId}`,
    async () => {
      const [row] = await e2e.db.query('SELECT case_id FROM case_item WHERE feedback_id = $1', [feedbackId]);
      return row?.case_id as string | undefined;
    },
    timeoutMs,
  );
}

/** GET /api/cases/:id as the given session, which must be allowed to read it. */
export async function caseDetail(e2e: E2eApp, id: string, cookie: string): Promise<CaseDetailDto> {
  const res = await e2e.request({ method: 'GET', url: `/api/cases/${id}`, cookie });
  expect(res.statusCode).toBe(200);
  return res.json();
}
