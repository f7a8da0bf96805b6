import {
  CONSENT_PURPOSES,
  type ConsentRecord as ConsentRecordDto,
  type CustomerDetail,
  type CustomerIdentity as CustomerIdentityDto,
  type CustomerSummary,
} from '@fullcircle/shared';
import type { CustomerActivity } from '../intake/feedback.service';
import type { ConsentRecord } from './entities/consent-record.entity';
import type { CustomerIdentity } from './entities/customer-identity.entity';
import type { Customer } from './entities/customer.entity';

export interface PrimaryContacts {
  primaryEmail: string | null;
  primaryPhone: string | null;
}

const NO_ACTIVITY: CustomerActivity = { feedbackCount: 0, lastFeedbackAt: null };

export function toIdentityDto(i: CustomerIdentity): CustomerIdentityDto {
  return { id: i.id, kind: i.kind, value: i.value, verified: i.verified, createdAt: i.createdAt.toISOString() };
}

export function toConsentDto(r: ConsentRecord): ConsentRecordDto {
  return { id: r.id, purpose: r.purpose, granted: r.granted, source: r.source, wording: r.wording, recordedAt: r.recordedAt.toISOString() };
}

/** The record in force for each purpose (history comes newest first), in the order purposes are listed. */
export function latestConsentPerPurpose(historyNewestFirst: ConsentRecordDto[]): ConsentRecordDto[] {
  return CONSENT_PURPOSES.flatMap((purpose) => historyNewestFirst.find((r) => r.purpose === purpose) ?? []);
}

/** The oldest identity of each kind stands for the customer in lists. */
export function primaryContacts(identitiesOldestFirst: Pick<CustomerIdentity, 'kind' | 'value'>[]): PrimaryContacts {
  return {
    primaryEmail: identitiesOldestFirst.find((i) => i.kind === 'email')?.value ?? null,
    primaryPhone: identitiesOldestFirst.find((i) => i.kind === 'phone')?.value ?? null,
  };
}

export function toCustomerSummary(c: Customer, contacts: PrimaryContacts, activity = NO_ACTIVITY): CustomerSummary {
  return { id: c.id, name: c.name, ...contacts, ...activity, createdAt: c.createdAt.toISOString() };
}

export function toCustomerDetail(
  c: Customer,
  identitiesOldestFirst: CustomerIdentity[],
  consentsNewestFirst: ConsentRecord[],
  activity = NO_ACTIVITY,
): CustomerDetail {
  const consentHistory = consentsNewestFirst.map(toConsentDto);
  return {
    ...toCustomerSummary(c, primaryContacts(identitiesOldestFirst), activity),
    locale: c.locale,
    segment: c.segment,
    vip: c.vip,
    identities: identitiesOldestFirst.map(toIdentityDto),
    consents: latestConsentPerPurpose(consentHistory),
    consentHistory,
  };
}
