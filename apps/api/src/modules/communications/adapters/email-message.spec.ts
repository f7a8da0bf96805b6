import type { OutgoingMessage } from './channel-adapter';
import { buildEmail, replyAddress } from './email-message';

const identity = { from: 'Fullcircle <feedback@example.com>', inbound: 'feedback@example.com' };
const reply: OutgoingMessage = {
  id: 'b3c1f1de-8c1a-4c4e-9d7c-1f6f3a1e2b3c',
  channel: 'email',
  purpose: 'reply',
  to: 'ana@customer.test',
  subject: 'Re: My lost bag',
  body: 'We found your bag.',
  emailMessageId: 'b3c1f1de-8c1a-4c4e-9d7c-1f6f3a1e2b3c@example.com',
  inReplyTo: ['first@customer.test', '<second@customer.test>'],
  conversationReference: 'FC-7K3M9QX2',
};

describe(buildEmail.name, () => {
  it('threads a reply: its own stable Message-ID, the customer’s emails quoted, the reference in Reply-To and subject', () => {
    expect(buildEmail(reply, identity)).toMatchObject({
      from: identity.from,
      to: 'ana@customer.test',
      subject: 'Re: My lost bag [FC-7K3M9QX2]',
      text: 'We found your bag.',
      messageId: '<b3c1f1de-8c1a-4c4e-9d7c-1f6f3a1e2b3c@example.com>',
      inReplyTo: '<second@customer.test>',
      references: ['<first@customer.test>', '<second@customer.test>'],
      replyTo: 'feedback+FC-7K3M9QX2@example.com',
    });
  });

  it('does not repeat a reference the subject already carries', () => {
    expect(buildEmail({ ...reply, subject: 'About [fc-7k3m9qx2]' }, identity).subject).toBe('About [fc-7k3m9qx2]');
  });

  it('writes a colleague’s notice without threading headers', () => {
    const mail = buildEmail({ ...reply, purpose: 'staff_notice', subject: 'You were mentioned', inReplyTo: [], conversationReference: null }, identity);
    expect(mail.subject).toBe('You were mentioned');
    expect(mail).not.toHaveProperty('replyTo');
    expect(mail).not.toHaveProperty('inReplyTo');
  });
});

describe(replyAddress.name, () => {
  it('puts the reference after a plus in the local part', () => {
    expect(replyAddress('support@help.example.com', 'FC-0000AAAA')).toBe('support+FC-0000AAAA@help.example.com');
  });
});
