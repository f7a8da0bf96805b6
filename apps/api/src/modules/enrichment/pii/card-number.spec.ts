import fc from 'fast-check';
import { findCardNumbers, passesLuhn } from './card-number';

/** Appends the Luhn check digit to a payload of digits. */
function withCheckDigit(payload: string): string {
  for (let digit = 0; digit <= 9; digit++) if (passesLuhn(payload + digit)) return payload + digit;
  throw new Error('unreachable');
}

const spans = (text: string) => findCardNumbers(text).map((span) => text.slice(span.start, span.end));

describe('card numbers', () => {
  describe(passesLuhn.name, () => {
    it.each(['4111111111111111', '5500000000000004', '378282246310005', '6011111111111117', '4222222222222', '79927398713'])(
      'accepts %s',
      (digits) => expect(passesLuhn(digits)).toBe(true),
    );

    it.each(['4111111111111112', '79927398710', '1234567812345678', '', '4111 1111 1111 1111', 'abc'])('rejects %j', (digits) => {
      expect(passesLuhn(digits)).toBe(false);
    });
  });

  describe(findCardNumbers.name, () => {
    it.each([
      ['card 4111 1111 1111 1111 please', '4111 1111 1111 1111'],
      ['card 4111-1111-1111-1111.', '4111-1111-1111-1111'],
      ['4111111111111111', '4111111111111111'],
      ['amex 3782 822463 10005 thanks', '3782 822463 10005'],
      ['old visa 4222222222222', '4222222222222'],
    ])('finds the card in %j', (text, expected) => {
      expect(spans(text)).toEqual([expected]);
    });

    it('takes a 19-digit number that passes Luhn', () => {
      const nineteen = withCheckDigit('622126000000000000');
      expect(spans(`unionpay ${nineteen}`)).toEqual([nineteen]);
    });

    it.each([
      ['a card number with one digit wrong', 'card 4111 1111 1111 1112'],
      ['an order number that fails Luhn', 'order #1234567812345678 shipped'],
      ['a 12-digit number that passes Luhn', `ref ${withCheckDigit('41111111111')}`],
      ['a 20-digit number that passes Luhn', `ref ${withCheckDigit('4111111111111111111')}`],
      ['a date', 'on 2024-03-15 at 10:30'],
      ['a flight number', 'flight UA 1234 to SFO'],
      ['a UPS tracking number', 'tracking 1Z999AA10123456784'],
      ['digits glued to letters', 'id X4111111111111111'],
      ['a phone number', 'call +1 415 555 2671'],
      ['groups split by double spaces', '4111  1111  1111  1111'],
    ])('does not take %s', (_, text) => {
      expect(findCardNumbers(text)).toEqual([]);
    });

    it('finds the card and not the year written after it', () => {
      expect(spans('card 4111 1111 1111 1111 2027 cvc')).toEqual(['4111 1111 1111 1111']);
    });

    it('finds two cards in one text', () => {
      expect(spans('4111111111111111 or 5500-0000-0000-0004')).toEqual(['4111111111111111', '5500-0000-0000-0004']);
    });

    it('finds any Luhn-valid 13–19 digit number in groups of four, at its exact place', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 12, max: 18 }).chain((length) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length })),
          fc.constantFrom('', ' ', '-'),
          fc.constantFrom('card: ', 'my number is ', '('),
          (payload, separator, prefix) => {
            const digits = withCheckDigit(payload);
            const written = digits.match(/.{1,4}/g)?.join(separator) as string;
            const text = `${prefix}${written} thanks`;
            expect(findCardNumbers(text)).toEqual([{ start: prefix.length, end: prefix.length + written.length }]);
          },
        ),
      );
    });

    it('never takes a number that fails Luhn', () => {
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 13, maxLength: 19 }), (digits) => {
          fc.pre(!passesLuhn(digits));
          expect(findCardNumbers(`n ${digits} x`)).toEqual([]);
        }),
      );
    });
  });
});
