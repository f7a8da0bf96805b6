import { InboundAddresses } from './inbound-addresses';

describe(InboundAddresses.name, () => {
  const sut = new InboundAddresses(['feedback@example.com', 'Support@Example.com']);

  describe('match', () => {
    it('accepts a configured address whatever its case, and with angle brackets', () => {
      expect(sut.match('FEEDBACK@example.COM')).toEqual({ mailbox: 'feedback@example.com', reference: null });
      expect(sut.match('<support@example.com>')).toEqual({ mailbox: 'support@example.com', reference: null });
    });

    it('accepts plus-addressing and reads a conversation reference from the tag', () => {
      expect(sut.match('feedback+fc-0123abcd@example.com')).toEqual({ mailbox: 'feedback@example.com', reference: 'FC-0123ABCD' });
      expect(sut.match('feedback+newsletter@example.com')).toEqual({ mailbox: 'feedback@example.com', reference: null });
    });

    it('refuses other mailboxes and other domains', () => {
      expect(sut.match('sales@example.com')).toBeNull();
      expect(sut.match('feedback@example.org')).toBeNull();
      expect(sut.match('feedback')).toBeNull();
      expect(sut.match('+FC-0123ABCD@example.com')).toBeNull();
    });
  });
});
