import fc from 'fast-check';
import { findPersonalData, type PersonalDataFinding, redact } from './personal-data';

const found = (text: string, options = {}) =>
  findPersonalData(text, options).map((finding) => [finding.kind, finding.value]);

describe('personal data', () => {
  describe(findPersonalData.name, () => {
    it('finds each kind with its exact position', () => {
      const text = 'Mail ana.silva+fc@example.co.uk or call +44 20 7946 0958; card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32.';
      const findings = findPersonalData(text);
      expect(findings.map((finding) => finding.kind)).toEqual(['email', 'phone', 'card', 'iban']);
      for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.value);
      expect(findings.map((finding) => finding.value)).toEqual([
        'ana.silva+fc@example.co.uk',
        '+44 20 7946 0958',
        '4111 1111 1111 1111',
        'GB82 WEST 1234 5698 7654 32',
      ]);
    });

    it('finds nothing in a text without personal data', () => {
      expect(findPersonalData('The flight was fine, thanks!')).toEqual([]);
      expect(findPersonalData('')).toEqual([]);
    });

    describe('e-mail addresses', () => {
      it.each([
        ['write to Support@Example.COM.', 'Support@Example.COM'],
        ['(jo_doe-1@mail.sub.example.org)', 'jo_doe-1@mail.sub.example.org'],
        ['josé@exämple.de', 'josé@exämple.de'],
      ])('finds %j', (text, email) => {
        expect(found(text)).toEqual([['email', email]]);
      });

      it.each([
        ['a social handle', '@united thanks for nothing'],
        ['a host without a top-level domain', 'root@localhost'],
        ['a one-letter top-level domain', 'me@example.c'],
        ['a bare @', 'meet @ 5pm'],
      ])('does not take %s', (_, text) => {
        expect(findPersonalData(text).filter((finding) => finding.kind === 'email')).toEqual([]);
      });
    });

    describe('phone numbers', () => {
      it('finds international numbers without a region', () => {
        expect(found('call me on +1 415 555 2671 please')).toEqual([['phone', '+1 415 555 2671']]);
      });

      it('takes an international number as a phone even when its digits pass Luhn like a card', () => {
        // 49 151 12345678 is 15 digits that pass Luhn; the "+" says phone
        expect(found('call +49 151 12345678 now')).toEqual([['phone', '+49 151 12345678']]);
      });

      it('finds national numbers only in the given region', () => {
        expect(found('ring 020 7946 0958 today')).toEqual([]);
        expect(found('ring 020 7946 0958 today', { defaultCountry: 'GB' })).toEqual([['phone', '020 7946 0958']]);
        expect(found('ring (415) 555-2671', { defaultCountry: 'US' })).toEqual([['phone', '(415) 555-2671']]);
      });

      it.each([
        ['a flight number', 'flight UA 1234 to SFO'],
        ['a date and a time', 'on 2024-03-15 at 10:30'],
        ['a short order number', 'order 123456 shipped'],
        ['a price', 'it cost $1,234.56'],
        ['a seat and a gate', 'seat 32B at gate B12'],
      ])('does not take %s', (_, text) => {
        expect(findPersonalData(text, { defaultCountry: 'US' })).toEqual([]);
      });
    });

    it('reports a card number as a card even where a phone parser might see digits', () => {
      const findings = findPersonalData('card 4111 1111 1111 1111', { defaultCountry: 'US' });
      expect(findings.map((finding) => finding.kind)).toEqual(['card']);
    });

    it('still finds a phone number written just before a card number', () => {
      expect(found('+44 20 7946 0958   4111 1111 1111 1111')).toEqual([
        ['phone', '+44 20 7946 0958'],
        ['card', '4111 1111 1111 1111'],
      ]);
    });

    it('ignores a tracking number that fails Luhn and an order number that fails it', () => {
      expect(findPersonalData('tracking 1Z999AA10123456784, order 1234567812345678', { defaultCountry: 'GB' })).toEqual([]);
    });

    it('never reports overlapping findings, and every value sits at its offsets', () => {
      const piece = fc.constantFrom(
        'hi', ' ', ', ', 'a@b.io', '+44 20 7946 0958', '4111 1111 1111 1111', 'GB82WEST12345698765432', '2024', '-', '@x', '12',
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
          const text = pieces.join('');
          const findings = findPersonalData(text);
          findings.forEach((finding, index) => {
            expect(text.slice(finding.start, finding.end)).toBe(finding.value);
            if (index > 0) expect(finding.start).toBeGreaterThanOrEqual(findings[index - 1].end);
          });
        }),
      );
    });
  });

  describe(redact.name, () => {
    it('replaces each finding with a mark of its kind', () => {
      const text = 'Mail a@b.io or card 4111111111111111, IBAN DE89370400440532013000, +1 415 555 2671';
      expect(redact(text, findPersonalData(text))).toBe('Mail [email] or card [card], IBAN [iban], [phone]');
    });

    it('leaves a text without findings as it is', () => {
      expect(redact('nothing here', [])).toBe('nothing here');
    });

    it('takes a custom mask', () => {
      const text = 'card 4111111111111111';
      expect(redact(text, findPersonalData(text), (finding) => `•••• ${finding.value.slice(-4)}`)).toBe('card •••• 1111');
    });

    it('redacts overlapping findings once, over their union', () => {
      const text = 'abcdefghij';
      const findings: PersonalDataFinding[] = [
        { kind: 'phone', start: 2, end: 6, value: 'cdef' },
        { kind: 'card', start: 4, end: 8, value: 'efgh' },
      ];
      expect(redact(text, findings)).toBe('ab[phone]ij');
    });

    it('refuses findings that do not belong to the text', () => {
      const findings = findPersonalData('mail a@b.io');
      expect(() => redact('mail x@y.io', findings)).toThrow(/does not match/);
    });

    it('leaves none of the found values in the redacted text', () => {
      const piece = fc.constantFrom('see ', 'a@b.io', ' +44 20 7946 0958 ', '4111 1111 1111 1111', ' GB82WEST12345698765432 ', 'ok');
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
          const text = pieces.join(' ');
          const findings = findPersonalData(text);
          const redacted = redact(text, findings);
          for (const finding of findings) expect(redacted).not.toContain(finding.value);
          expect(findPersonalData(redacted)).toEqual([]);
        }),
      );
    });
  });
});
