import { ConflictException, Injectable } from '@nestjs/common';
import type { Sender } from '@fullcircle/shared';
import type { CountryCode } from 'libphonenumber-js';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { type IdentityOwner, findIdentityOwners, insertIdentities, lockLiveCustomer } from './customer-queries';
import { type IdentityKey, senderIdentities } from './identity-normaliser';

export interface ResolvedCustomer {
  id: string;
  created: boolean;
}

const MAX_ATTEMPTS = 3;

/** Resolves each sender to one customer across channels (P2). */
@Injectable()
export class CustomersService {
  constructor(private readonly audit: AuditService) {}

  /**
   * Inside the caller's transaction: the customer owning any of the sender's identities (the oldest
   * if they point at several, recorded as a conflict for an admin to merge), with the sender's new
   * identities attached; otherwise a new customer. Safe when two first submissions race.
   */
  async resolveOrCreate(
    manager: EntityManager,
    sender: Sender,
    source: string,
    hints: { phoneRegion?: CountryCode } = {},
  ): Promise<ResolvedCustomer> {
    const keys = senderIdentities(sender, source, hints.phoneRegion);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const owners = await findIdentityOwners(manager, keys);
      const resolved = owners.length ? await this.attachToOwner(manager, owners, keys, sender, source) : await this.createWith(manager, keys, sender);
      if (resolved) return resolved;
    }
    // Only if the identities kept changing hands between our reads: the caller may retry.
    throw new ConflictException("The sender's identities changed while they were being resolved; retry");
  }

  /** Null when another transaction committed one of these identities first: resolve again. */
  private async createWith(manager: EntityManager, keys: IdentityKey[], sender: Sender): Promise<ResolvedCustomer | null> {
    const [{ id }]: { id: string }[] = await manager.query('INSERT INTO customer (name, locale) VALUES ($1, $2) RETURNING id', [
      sender.name ?? null,
      sender.locale ?? null,
    ]);
    if ((await insertIdentities(manager, id, keys)) === keys.length) return { id, created: true };
    // The ON CONFLICT waited for that transaction, so a fresh read now sees its customer; ours
    // (never visible to anyone) would be a duplicate.
    await manager.query('DELETE FROM customer WHERE id = $1', [id]);
    return null;
  }

  private async attachToOwner(
    manager: EntityManager,
    owners: IdentityOwner[],
    keys: IdentityKey[],
    sender: Sender,
    source: string,
  ): Promise<ResolvedCustomer | null> {
    // The lock keeps a concurrent merge from moving this customer's feedback before ours is written.
    const target = await lockLiveCustomer(manager, owners[0].customerId, 'FOR KEY SHARE');
    if (!target) return null;
    const others = owners.filter((o) => o.customerId !== owners[0].customerId && o.customerId !== target.id);
    if (others.length) {
      await this.audit.announce(manager, {
        actorId: null,
        actorName: `intake (${source})`,
        action: 'customers.identity.conflict',
        targetType: 'customer',
        targetId: target.id,
        data: {
          otherCustomerIds: [...new Set(others.map((o) => o.customerId))],
          identities: others.map((o) => ({ id: o.identityId, kind: o.kind })),
          source,
        },
      });
    }
    const owned = new Set(owners.map((o) => `${o.kind}\u0000${o.value}`));
    await insertIdentities(manager, target.id, keys.filter((k) => !owned.has(`${k.kind}\u0000${k.value}`)));
    if ((sender.name && !target.name) || (sender.locale && !target.locale)) {
      await manager.query('UPDATE customer SET name = coalesce(name, $2), locale = coalesce(locale, $3), updated_at = now() WHERE id = $1', [
        target.id,
        sender.name ?? null,
        sender.locale ?? null,
      ]);
    }
    return { id: target.id, created: false };
  }
}
