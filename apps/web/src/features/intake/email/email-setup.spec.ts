import type { ChannelStatus } from '@fullcircle/shared';
import { emailSetup, mxRecord, plusAddress, swaksCommand } from './email-setup';

const email: ChannelStatus = {
  channel: 'email',
  state: 'live',
  summary: 'Mail becomes feedback.',
  endpoints: [
    { label: 'Feedback address', value: 'feedback@example.com' },
    { label: 'Feedback address', value: 'support@example.com' },
    { label: 'SMTP server', value: 'mail.example.com:2525' },
  ],
  accepted24h: 0,
  rejected24h: 0,
  recent: [],
};

describe('emailSetup', () => {
  it('reads the addresses and the SMTP server from the email channel', () => {
    expect(emailSetup([email])).toEqual({
      live: true,
      summary: 'Mail becomes feedback.',
      addresses: ['feedback@example.com', 'support@example.com'],
      server: { host: 'mail.example.com', port: '2525' },
    });
  });

  it('reads an IPv6 server and an absent channel', () => {
    expect(emailSetup([{ ...email, endpoints: [{ label: 'SMTP server', value: '[::1]:25' }] }]).server).toEqual({ host: '[::1]', port: '25' });
    expect(emailSetup([])).toEqual({ live: false, summary: '', addresses: [], server: null });
  });
});

describe('addresses and commands', () => {
  it('builds the plus address, the MX record and the swaks command', () => {
    expect(plusAddress('feedback@example.com', 'FC-7K2M9QXD')).toBe('feedback+FC-7K2M9QXD@example.com');
    expect(mxRecord('feedback@example.com', 'mail.example.com')).toBe('example.com.  IN  MX  10  mail.example.com.');
    expect(mxRecord('feedback@example.com', '203.0.113.7')).toBe('example.com.  IN  MX  10  <your-server-hostname>.');
    expect(swaksCommand('feedback@example.com', { host: 'localhost', port: '2525' }).split('\n')).toEqual([
      'swaks --server localhost --port 2525 \\',
      '  --to feedback@example.com \\',
      '  --from you@example.com \\',
      "  --header 'Subject: Test feedback' \\",
      "  --body 'Hello from swaks'",
    ]);
  });
});
