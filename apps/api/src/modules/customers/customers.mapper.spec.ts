import type { ConsentRecord } from '@fullcircle/shared';
import { latestConsentPerPurpose, primaryContacts } from './customers.mapper';

const record = (purpose: ConsentRecord['purpose'], granted: boolean, recordedAt: string): ConsentRecord => ({
  id: `${purpose}-${recordedAt}`,
  purpose,
  granted,
  source: 'test',
  wording: 'words',
  recordedAt,
});

describe('customers mapper', () => {
  describe(latestConsentPerPurpose.name, () => {
    it('keeps only the newest record of each purpose', () => {
      const history = [
        record('product_updates', false, '2026-11-03T00:00:00.000Z'),
        record('research', true, '2026-11-02T00:00:00.000Z'),
        record('product_updates', true, '2026-11-01T00:00:00.000Z'),
      ];
      expect(latestConsentPerPurpose(history).map((r) => [r.purpose, r.granted])).toEqual([
        ['product_updates', false],
        ['research', true],
      ]);
    });
  });

  describe(primaryContacts.name, () => {
    it('takes the oldest email and phone', () => {
      const identities = [
        { kind: 'handle' as const, value: 'x:al' },
        { kind: 'email' as const, value: 'first@b.test' },
        { kind: 'phone' as const, value: '+447700900123' },
        { kind: 'email' as const, value: 'second@b.test' },
      ];
      expect(primaryContacts(identities)).toEqual({ primaryEmail: 'first@b.test', primaryPhone: '+447700900123' });
      expect(primaryContacts([])).toEqual({ primaryEmail: null, primaryPhone: null });
    });
  });
});
