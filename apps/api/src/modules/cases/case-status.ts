import { OPEN_CASE_STATUSES } from '@fullcircle/shared';

/** The open statuses as a SQL list, for queries that count or find open cases. */
export const OPEN_STATUSES_SQL = OPEN_CASE_STATUSES.map((s) => `'${s}'`).join(', ');
