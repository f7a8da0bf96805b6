import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedSms {
  sid: string;
  accountSid: string;
  to: string;
  from: string;
  body: string;
  statusCallback: string | null;
  /** The user half of the Basic authorization header, as the provider would check it. */
  authUser: string | null;
  receivedAt: Date;
}

/**
 * A local Twilio-compatible REST endpoint standing in for the SMS provider: it accepts
 * `POST /2010-04-01/Accounts/:sid/Messages.json` (form-encoded To, From, Body, StatusCallback),
 * keeps every message and answers like Twilio does (201 with a sid). Numbers told to fail get the
 * provider's 400 error (code 21211, invalid 'To'). Use `.url` as TWILIO_API_URL.
 */
export class SmsReceiver {
  readonly messages: ReceivedSms[] = [];
  private readonly refused = new Set<string>();
  private server: Server | null = null;
  port = 0;

  static async start(): Promise<SmsReceiver> {
    const receiver = new SmsReceiver();
    await receiver.listen();
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Messages to this number are rejected (400, invalid number) from now on. */
  refuse(phone: string): void {
    this.refused.add(normalise(phone));
  }

  to(phone: string): ReceivedSms[] {
    const wanted = normalise(phone);
    return this.messages.filter((m) => normalise(m.to) === wanted);
  }

  clear(): void {
    this.messages.length = 0;
  }

  async listen(): Promise<void> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((err: Error) => reply(res, 500, { code: 20500, message: err.message, status: 500 }));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec((req.url ?? '').split('?')[0]);
    if (req.method !== 'POST' || !match) return reply(res, 404, { code: 20404, message: 'The requested resource was not found', status: 404 });
    const body = await readBody(req);
    const form = new URLSearchParams(body);
    const to = form.get('To');
    const from = form.get('From');
    const text = form.get('Body');
    if (!to || !from || text === null) return reply(res, 400, { code: 21604, message: "A 'To', 'From' and 'Body' are required", status: 400 });
    if (this.refused.has(normalise(to))) return reply(res, 400, { code: 21211, message: `The 'To' number ${to} is not a valid phone number.`, status: 400 });
    const auth = req.headers.authorization ?? '';
    const authUser = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':')[0] : null;
    const sid = `SM${randomUUID().replace(/-/g, '')}`;
    const accountSid = decodeURIComponent(match[1]);
    this.messages.push({ sid, accountSid, to, from, body: text, statusCallback: form.get('StatusCallback'), authUser, receivedAt: new Date() });
    reply(res, 201, { sid, account_sid: accountSid, to, from, body: text, status: 'queued' });
  }
}

const normalise = (phone: string) => phone.replace(/[^\d+]/g, '');

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
