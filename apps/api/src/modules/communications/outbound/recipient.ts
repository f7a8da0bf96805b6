import type { MessageChannel } from '@fullcircle/shared';
import type { EntityManager } from 'typeorm';
import type { ContactPurpose, LatestConsent } from './consent';
import { CONSENT_FOR } from './consent';

/** What the outbox needs to know about a customer to reach them. */
export interface Recipient {
  customerId: string;
  name: string | null;
  preferredChannel: MessageChannel | null;
  email: string | null;
  phone: string | null;
}

/** The customer (or the one they were merged into) with their best email address and phone number. */
export async function loadRecipient(manager: EntityManager, customerId: string): Promise<Recipient | null> {
  const [row]: { id: string; name: string | null; preferred_channel: MessageChannel | null; email: string | null; phone: string | null }[] = await manager.query(
    `SELECT c.id, c.name, c.preferred_channel,
            (SELECT value FROM customer_identity WHERE customer_id = c.id AND kind = 'email' ORDER BY verified DESC, created_at DESC LIMIT 1) AS email,
            (SELECT value FROM customer_identity WHERE customer_id = c.id AND kind = 'phone' ORDER BY verified DESC, created_at DESC LIMIT 1) AS phone
       FROM customer c
      WHERE c.id = (SELECT COALESCE(merged_into_id, id) FROM customer WHERE id = $1)`,
    [customerId],
  );
  return row ? { customerId: row.id, name: row.name, preferredChannel: row.preferred_channel, email: row.email, phone: row.phone } : null;
}

/** The consent record in force for the purpose covering this kind of message. */
export async function latestConsent(manager: EntityManager, customerId: string, purpose: ContactPurpose): Promise<LatestConsent | null> {
  const [row]: { granted: boolean; recorded_at: Date }[] = await manager.query(
    'SELECT granted, recorded_at FROM consent_record WHERE customer_id = $1 AND purpose = $2 ORDER BY recorded_at DESC, id DESC LIMIT 1',
    [customerId, CONSENT_FOR[purpose]],
  );
  return row ? { granted: row.granted, recordedAt: row.recorded_at } : null;
}
