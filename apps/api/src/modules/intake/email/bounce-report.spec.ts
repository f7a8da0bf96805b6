import { readBounceReport } from './bounce-report';

const DSN = [
  'From: Mail Delivery System <MAILER-DAEMON@mx.customer.test>',
  'Message-ID: <bounce-1@mx.customer.test>',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
  '',
  '--b',
  'Content-Type: text/plain',
  '',
  'Your message could not be delivered.',
  '--b',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.customer.test',
  '',
  'Final-Recipient: rfc822; gone@customer.test',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <gone@customer.test>:',
  '  mailbox unavailable',
  '--b',
  'Content-Type: text/rfc822-headers',
  '',
  'From: Fullcircle <feedback@fullcircle.localhost>',
  'Message-ID: <7d7c0b5e-1f9a-4c6e-9a55-2f3f6f0e1a11@fullcircle.localhost>',
  'Subject: Re: My bag [FC-7K3M9QX2]',
  '--b--',
].join('\r\n');

describe(readBounceReport.name, () => {
  it('finds the returned message’s id and the receiving server’s words, folded lines joined', () => {
    expect(readBounceReport(DSN, '<bounce-1@mx.customer.test>', [])).toEqual({
      originalMessageIds: ['<7d7c0b5e-1f9a-4c6e-9a55-2f3f6f0e1a11@fullcircle.localhost>'],
      diagnostic: 'smtp; 550 5.1.1 <gone@customer.test>: mailbox unavailable',
    });
  });

  it('falls back to In-Reply-To and the DSN status when the headers are not returned', () => {
    const bare = 'Message-ID: <b2@mx>\r\n\r\nStatus: 5.2.2 (mailbox full)\r\n';
    expect(readBounceReport(bare, '<b2@mx>', ['<ours@fullcircle.localhost>'])).toEqual({
      originalMessageIds: ['<ours@fullcircle.localhost>'],
      diagnostic: '5.2.2 (mailbox full)',
    });
  });

  it('never takes the bounce’s own id for the returned message', () => {
    expect(readBounceReport('Message-ID: <self@mx>\r\n', '<self@mx>', []).originalMessageIds).toEqual([]);
  });
});
