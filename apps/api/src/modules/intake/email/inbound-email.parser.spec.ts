import { composeRaw } from './email-demo.data';
import { PermanentEmailRejection, parseInboundEmail } from './inbound-email.parser';

const envelope = { mailFrom: 'dana@example.test', recipients: [{ address: 'feedback@example.com', reference: null }] };
const NOW = new Date('2026-11-25T12:00:00Z');

const raw = (options: Parameters<typeof composeRaw>[0]) => composeRaw({ from: 'Dana <dana@example.test>', to: 'feedback@example.com', subject: 'Hi', text: 'Hello', ...options });

describe('parseInboundEmail', () => {
  it('uses the Date header as received time only within the last 30 days and not in the future', async () => {
    const at = async (date: Date) => {
      const parsed = await parseInboundEmail(await raw({ date }), envelope, NOW);
      return parsed.kind === 'feedback' ? parsed.item.receivedAt : null;
    };
    expect(await at(new Date('2026-11-20T08:00:00Z'))).toBe('2026-11-20T08:00:00.000Z');
    expect(await at(new Date('2026-09-01T08:00:00Z'))).toBe(NOW.toISOString());
    expect(await at(new Date('2027-01-01T08:00:00Z'))).toBe(NOW.toISOString());
  });

  it('drops mail with an empty envelope sender (a bounce)', async () => {
    const parsed = await parseInboundEmail(await raw({ messageId: '<b@x>' }), { ...envelope, mailFrom: null }, NOW);
    expect(parsed).toMatchObject({ kind: 'dropped', messageId: '<b@x>', reason: 'bounce dropped (empty envelope sender)' });
    expect(parsed.kind === 'dropped' && parsed.bounce).toEqual({ originalMessageIds: [], diagnostic: null });
  });

  it('prefers a quoted reference over In-Reply-To, and the plus address over the subject', async () => {
    const reply = await raw({ subject: 'Re: [FC-AAAAAAAA]', inReplyTo: '<first@x>' });
    const bySubject = await parseInboundEmail(reply, envelope, NOW);
    expect(bySubject.kind === 'feedback' && bySubject.thread).toEqual({ reference: 'FC-AAAAAAAA' });
    const byAddress = await parseInboundEmail(reply, { ...envelope, recipients: [{ address: 'feedback+FC-BBBBBBBB@example.com', reference: 'FC-BBBBBBBB' }] }, NOW);
    expect(byAddress.kind === 'feedback' && byAddress.thread).toEqual({ reference: 'FC-BBBBBBBB' });
    const plain = await parseInboundEmail(await raw({ subject: 'Re: hi', inReplyTo: '<first@x>', references: ['<zero@x>', '<first@x>'] }), envelope, NOW);
    expect(plain.kind === 'feedback' && plain.thread).toEqual({ replyTo: ['<first@x>', '<zero@x>'] });
  });

  it('hashes an over-long Message-ID and falls back to the subject for an empty body', async () => {
    const parsed = await parseInboundEmail(await raw({ messageId: `<${'a'.repeat(300)}@x>`, text: '' }), envelope, NOW);
    expect(parsed.kind === 'feedback' && parsed.item.externalMessageId).toMatch(/^<[0-9a-f]{40}@long-id\.fullcircle>$/);
    expect(parsed.kind === 'feedback' && parsed.item.text).toBe('Hi');
  });

  it('refuses for good a message whose sender address is not an email address', async () => {
    const message = Buffer.from('From: not an address\r\nTo: feedback@example.com\r\nSubject: x\r\n\r\nbody\r\n');
    await expect(parseInboundEmail(message, { ...envelope, mailFrom: 'also-bad' }, NOW)).rejects.toEqual(expect.any(PermanentEmailRejection));
    await expect(parseInboundEmail(message, { ...envelope, mailFrom: 'also-bad' }, NOW)).rejects.toMatchObject({ responseCode: 550 });
  });
});
