import fc from 'fast-check';
import { findIbans, IBAN_LENGTHS, isValidIban } from './iban';

/** Builds a valid IBAN for a country from a BBAN by computing its check digits. */
function ibanFor(country: string, bban: string): string {
  const numeric = `${bban}${country}00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `${country}${String(98 - remainder).padStart(2, '0')}${bban}`;
}

const spans = (text: string) => findIbans(text).map((span) => text.slice(span.start, span.end));

describe('IBANs', () => {
  describe(isValidIban.name, () => {
    it.each([
      'GB82WEST12345698765432',
      'GB82 WEST 1234 5698 7654 32',
      'DE89370400440532013000',
      'FR1420041010050500013M02606',
      'NL91ABNA0417164300',
      'BE68539007547034',
      'NO9386011117947',
      'gb82west12345698765432',
    ])('accepts %s', (iban) => expect(isValidIban(iban)).toBe(true));

    it.each([
      ['a wrong check digit', 'GB83WEST12345698765432'],
      ['swapped digits', 'GB82WEST12345698765423'],
      ['too short for its country', 'GB82WEST1234569876543'],
      ['too long for its country', 'DE893704004405320130001'],
      ['an unknown country', 'ZZ82WEST12345698765432'],
      ['letters where digits belong', 'GBXXWEST12345698765432'],
    ])('rejects %s', (_, iban) => expect(isValidIban(iban)).toBe(false));
  });

  describe(findIbans.name, () => {
    it('finds IBANs written compactly or in groups, and nothing around them', () => {
      expect(spans('Please refund to GB82 WEST 1234 5698 7654 32, thanks')).toEqual(['GB82 WEST 1234 5698 7654 32']);
      expect(spans('IBAN:DE89370400440532013000.')).toEqual(['DE89370400440532013000']);
      expect(spans('fr14 2004 1010 0505 0001 3m02 606 is mine')).toEqual(['fr14 2004 1010 0505 0001 3m02 606']);
    });

    it('finds two IBANs in one text', () => {
      expect(spans('from NL91ABNA0417164300 to BE68 5390 0754 7034')).toEqual(['NL91ABNA0417164300', 'BE68 5390 0754 7034']);
    });

    it.each([
      ['a failing check', 'GB83 WEST 1234 5698 7654 32'],
      ['more characters straight after', 'GB82WEST123456987654321'],
      ['letters straight before', 'XGB82WEST12345698765432'],
      ['a flight and a date', 'UA12 departs 2024-03-15'],
      ['a postcode', 'SW1A 1AA'],
      ['a reference that only looks like one', 'DE12 3456 7890 1234 5678 90'],
    ])('does not take %s', (_, text) => {
      expect(findIbans(text)).toEqual([]);
    });

    it('finds a valid IBAN of any listed country, in groups of four, at its exact place', () => {
      const countries = Object.keys(IBAN_LENGTHS);
      fc.assert(
        fc.property(
          fc.constantFrom(...countries).chain((country) =>
            fc.tuple(
              fc.constant(country),
              fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: IBAN_LENGTHS[country] - 4, maxLength: IBAN_LENGTHS[country] - 4 }),
            ),
          ),
          fc.boolean(),
          ([country, bban], grouped) => {
            const iban = ibanFor(country, bban);
            expect(isValidIban(iban)).toBe(true);
            const written = grouped ? (iban.match(/.{1,4}/g) as string[]).join(' ') : iban;
            const text = `pay to ${written} today`;
            expect(findIbans(text)).toEqual([{ start: 7, end: 7 + written.length }]);
          },
        ),
      );
    });
  });
});
