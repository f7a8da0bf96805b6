import { type MessageRow, toCaseResolution, toOutboundMessage } from './cases.mapper';

const message = (over: Partial<MessageRow> = {}): MessageRow => ({
  id: 'm1',
  case_id: 'c1',
  customer_id: 'cu1',
  channel: 'email',
  purpose: 'reply',
  to_address: 'ana@example.test',
  subject: 'Re: Lost bag [FC-1]',
  body: 'We found it.',
  status: 'sent',
  status_reason: null,
  attempts: 1,
  author_id: 'u1',
  author_name: 'Mia Member',
  template_id: null,
  language: 'en',
  created_at: new Date('2026-12-01T10:00:00Z'),
  sent_at: new Date('2026-12-01T10:00:05Z'),
  delivered_at: null,
  failed_at: null,
  ...over,
});

describe('cases.mapper', () => {
  describe(toOutboundMessage.name, () => {
    it('shows a message with its author, recipient and delivery times', () => {
      expect(toOutboundMessage(message())).toMatchObject({
        id: 'm1',
        to: 'ana@example.test',
        author: { id: 'u1', name: 'Mia Member' },
        status: 'sent',
        createdAt: '2026-12-01T10:00:00.000Z',
        sentAt: '2026-12-01T10:00:05.000Z',
        deliveredAt: null,
      });
    });

    it('says why a message was not sent and keeps a removed author as a placeholder', () => {
      const dto = toOutboundMessage(message({ status: 'suppressed', status_reason: 'the customer withdrew consent', sent_at: null, author_name: null }));
      expect(dto).toMatchObject({ status: 'suppressed', statusReason: 'the customer withdrew consent', sentAt: null, author: { id: 'u1', name: 'someone no longer here' } });
    });

    it('has no author for a message the system sent', () => {
      expect(toOutboundMessage(message({ author_id: null, author_name: null, purpose: 'survey' })).author).toBeNull();
    });
  });

  describe(toCaseResolution.name, () => {
    it('is null while the case has not been resolved', () => {
      expect(toCaseResolution({ resolution: null, resolved_by_name: null })).toBeNull();
    });

    it('names who resolved it and why no reply was possible', () => {
      expect(toCaseResolution({ resolution: { summary: null, noReplyReason: 'no consent to contact', resolvedById: 'u2' }, resolved_by_name: 'Olivia Owner' })).toEqual({
        summary: null,
        noReplyReason: 'no consent to contact',
        resolvedBy: { id: 'u2', name: 'Olivia Owner' },
      });
    });
  });
});
