import { BadRequestException } from '@nestjs/common';
import {
  normaliseEmail,
  normaliseExternalId,
  normaliseHandle,
  normalisePhone,
  regionFromLocale,
  senderIdentities,
} from './identity-normaliser';

describe('identity normalisation', () => {
  describe(normaliseEmail.name, () => {
    it('lower-cases and trims, so Ana@Example.com and " ana@example.com" are one identity', () => {
      expect(normaliseEmail('  Ana.Silva@Example.COM ')).toBe('ana.silva@example.com');
    });
  });

  describe(normalisePhone.name, () => {
    it.each([
      ['+44 7700 900123', undefined],
      ['+44 (0)7700-900123', undefined],
      ['07700 900123', 'GB' as const],
      ['0044 7700 900123', 'GB' as const],
    ])('writes %s (region %s) as E.164', (input, region) => {
      expect(normalisePhone(input, region)).toBe('+447700900123');
    });

    it('reads a national number in the hinted region', () => {
      expect(normalisePhone('06 12 34 56 78', 'FR')).toBe('+33612345678');
      expect(normalisePhone('(202) 555-0143', 'US')).toBe('+12025550143');
    });

    it.each(['not a phone', '12345', '06 12 34 56 78', '+999 123'])('refuses %s with a 400 naming customer.phone', (input) => {
      const error = captured(() => normalisePhone(input));
      expect(error).toBeInstanceOf(BadRequestException);
      expect((error as BadRequestException).getResponse()).toMatchObject({ issues: [expect.objectContaining({ field: 'customer.phone' })] });
    });
  });

  describe(normaliseHandle.name, () => {
    it('prefixes the network and drops case and the @', () => {
      expect(normaliseHandle('Twitter ', '@JetBlueFan')).toBe('twitter:jetbluefan');
    });
  });

  describe(normaliseExternalId.name, () => {
    it('namespaces the id by its source and keeps its case', () => {
      expect(normaliseExternalId('crm', ' Cust-42A ')).toBe('crm:Cust-42A');
    });
  });

  describe(regionFromLocale.name, () => {
    it('takes the country from a locale and ignores what libphonenumber does not know', () => {
      expect(regionFromLocale('en-GB')).toBe('GB');
      expect(regionFromLocale('fr')).toBeUndefined();
      expect(regionFromLocale(undefined)).toBeUndefined();
    });
  });

  describe(senderIdentities.name, () => {
    it('normalises every identity of a sender in a fixed order', () => {
      const sender = { email: 'A@B.test', phone: '07700 900123', handle: { network: 'X', handle: '@Al' }, externalId: '7', locale: 'en-GB' };
      expect(senderIdentities(sender, 'crm')).toEqual([
        { kind: 'email', value: 'a@b.test' },
        { kind: 'external', value: 'crm:7' },
        { kind: 'handle', value: 'x:al' },
        { kind: 'phone', value: '+447700900123' },
      ]);
    });

    it('prefers an explicit phone region over the locale', () => {
      expect(senderIdentities({ phone: '06 12 34 56 78', locale: 'en-GB' }, 'sms', 'FR')).toEqual([{ kind: 'phone', value: '+33612345678' }]);
    });
  });
});

function captured(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
