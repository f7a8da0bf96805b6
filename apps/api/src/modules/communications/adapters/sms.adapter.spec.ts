import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from '../../../config/app-config';
import type { MailboxService } from '../mailbox/mailbox.service';
import type { OutgoingMessage } from './channel-adapter';
import { SmsAdapter } from './sms.adapter';

const message: OutgoingMessage = {
  id: 'b3c1f1de-8c1a-4c4e-9d7c-1f6f3a1e2b3c',
  channel: 'sms',
  purpose: 'reply',
  to: '+447700900123',
  subject: null,
  body: 'We found your bag.',
  emailMessageId: null,
  inReplyTo: [],
  conversationReference: null,
};

describe(SmsAdapter.name, () => {
  let server: Server;
  let requests: { url: string; auth: string | undefined; form: URLSearchParams }[];
  let answer: { status: number; body: string };
  let baseUrl: string;
  const deliver = jest.fn(async () => 'mailbox-row');

  const sut = (config: Partial<AppConfig>) =>
    new SmsAdapter({ TWILIO_API_URL: baseUrl, PUBLIC_URL: 'https://fc.example.com/', ...config } as AppConfig, { deliver } as unknown as MailboxService);
  const configured = { TWILIO_ACCOUNT_SID: 'AC123', TWILIO_AUTH_TOKEN: 'token-0123456789abcdef', TWILIO_FROM_NUMBER: '+15005550006' };

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        requests.push({ url: req.url ?? '', auth: req.headers.authorization, form: new URLSearchParams(body) });
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  beforeEach(() => {
    requests = [];
    deliver.mockClear();
    answer = { status: 201, body: JSON.stringify({ sid: 'SM0123456789abcdef0123456789abcdef', status: 'queued' }) };
  });

  it('posts the message to the Twilio-compatible API with basic auth and a status callback', async () => {
    await expect(sut(configured).send(message)).resolves.toEqual({ providerMessageId: 'SM0123456789abcdef0123456789abcdef', delivered: false });
    expect(requests).toHaveLength(1);
    const [req] = requests;
    expect(req.url).toBe('/2010-04-01/Accounts/AC123/Messages.json');
    expect(req.auth).toBe(`Basic ${Buffer.from('AC123:token-0123456789abcdef').toString('base64')}`);
    expect(Object.fromEntries(req.form)).toEqual({
      To: '+447700900123',
      From: '+15005550006',
      Body: 'We found your bag.',
      StatusCallback: 'https://fc.example.com/api/communications/sms/status',
    });
  });

  it('fails for good when the provider refuses the number', async () => {
    answer = { status: 400, body: JSON.stringify({ code: 21211, message: "The 'To' number is not a valid phone number." }) };
    await expect(sut(configured).send(message)).rejects.toMatchObject({ permanent: true, message: expect.stringContaining("The 'To' number is not a valid phone number.") });
  });

  it('retries when rate limited or the provider is down', async () => {
    answer = { status: 429, body: '{"message":"Too Many Requests"}' };
    await expect(sut(configured).send(message)).rejects.toMatchObject({ permanent: false });
    await expect(sut({ ...configured, TWILIO_API_URL: 'http://127.0.0.1:1' }).send(message)).rejects.toMatchObject({ permanent: false });
  });

  it('puts the SMS in the development mailbox when no account is configured', async () => {
    await expect(sut({}).send(message)).resolves.toEqual({ providerMessageId: 'mailbox:mailbox-row', delivered: false });
    expect(requests).toHaveLength(0);
    expect(deliver).toHaveBeenCalledWith(expect.objectContaining({ channel: 'sms', toAddress: '+447700900123', text: 'We found your bag.', outboundMessageId: message.id }));
  });
});
