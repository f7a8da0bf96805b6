import type { IdentityKind, Sender } from '@fullcircle/shared';
import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import { fieldInvalid } from '../../common/http/field-errors';

export interface IdentityKey {
  kind: IdentityKind;
  value: string;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * E.164 (`+447700900123`). Numbers written without a country code are read in `defaultRegion`;
 * anything that cannot be a phone number there is refused rather than stored half-understood.
 */
export function normalisePhone(phone: string, defaultRegion?: CountryCode): string {
  const parsed = parsePhoneNumberFromString(phone.trim(), defaultRegion);
  if (!parsed?.isPossible()) {
    throw fieldInvalid('customer.phone', 'is not a phone number we can read; include the country code, e.g. +44 20 7946 0958');
  }
  return parsed.number;
}

/** `network:handle`, lower-cased, without the `@` people often type. */
export function normaliseHandle(network: string, handle: string): string {
  return `${network.trim().toLowerCase()}:${handle.trim().replace(/^@/, '').toLowerCase()}`;
}

/** `source:id`: an id only means something within the system that issued it; ids keep their case. */
export function normaliseExternalId(source: string, id: string): string {
  return `${source.trim()}:${id.trim()}`;
}

/** The country of a locale like `en-GB`, when libphonenumber knows it. */
export function regionFromLocale(locale: string | undefined): CountryCode | undefined {
  const region = locale?.split('-')[1]?.toUpperCase();
  return region && isSupportedCountry(region) ? region : undefined;
}

/**
 * Every identity a sender carries, normalised, without duplicates and in a fixed order: inserting
 * them in the same order everywhere keeps concurrent intakes from deadlocking on the unique index.
 */
export function senderIdentities(sender: Sender, source: string, phoneRegion?: CountryCode): IdentityKey[] {
  const keys: IdentityKey[] = [];
  if (sender.email) keys.push({ kind: 'email', value: normaliseEmail(sender.email) });
  if (sender.phone) keys.push({ kind: 'phone', value: normalisePhone(sender.phone, phoneRegion ?? regionFromLocale(sender.locale)) });
  if (sender.handle) keys.push({ kind: 'handle', value: normaliseHandle(sender.handle.network, sender.handle.handle) });
  if (sender.externalId) keys.push({ kind: 'external', value: normaliseExternalId(source, sender.externalId) });
  const unique = new Map(keys.map((k) => [`${k.kind}\u0000${k.value}`, k]));
  return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, k]) => k);
}
