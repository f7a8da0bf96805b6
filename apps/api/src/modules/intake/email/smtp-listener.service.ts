import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { PermanentEmailRejection } from './inbound-email.parser';
import { InboundEmailService } from './inbound-email.service';

type SmtpError = Error & { responseCode?: number };

const smtpError = (responseCode: number, message: string): SmtpError => Object.assign(new Error(message), { responseCode });

/**
 * The inbound SMTP server (MX-style: no AUTH, mail for the feedback addresses only). It runs in
 * its own process (dist/smtp.js), never in the API, so scaling the API out never clashes on the port.
 * DATA is answered 250 only once the item is committed; 451 when it could not be (the sender retries).
 */
@Injectable()
export class SmtpListenerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Smtp');
  private server: SMTPServer | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly inbound: InboundEmailService,
  ) {}

  /** Where it listens (the port is the real one when SMTP_PORT=0). */
  address(): { host: string; port: number } {
    const info = this.server?.server.address() as AddressInfo | null;
    if (!info) throw new Error('the SMTP server is not listening');
    return { host: info.address, port: info.port };
  }

  async onApplicationBootstrap(): Promise<void> {
    const { config } = this;
    const tls = config.SMTP_TLS_KEY_FILE && config.SMTP_TLS_CERT_FILE;
    this.server = new SMTPServer({
      name: new URL(config.PUBLIC_URL ?? 'http://fullcircle.localhost').hostname,
      banner: 'Fullcircle feedback intake',
      authOptional: true,
      disabledCommands: tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
      ...(tls ? { key: readFileSync(config.SMTP_TLS_KEY_FILE!), cert: readFileSync(config.SMTP_TLS_CERT_FILE!) } : {}),
      size: config.SMTP_MAX_MESSAGE_BYTES,
      logger: false,
      onRcptTo: (address, session, callback) => this.onRcptTo(address, session, callback),
      onData: (stream, session, callback) => this.onData(stream, session, callback),
    });
    this.server.on('error', (error) => this.logger.error(`SMTP server error: ${error.message}`));
    const host = config.SMTP_HOST ?? config.HOST;
    await new Promise<void>((resolve, reject) => {
      this.server!.server.once('error', reject);
      this.server!.listen(config.SMTP_PORT, host, () => resolve());
    });
    const { port } = this.address();
    this.logger.log(`accepting mail for ${this.inbound.addresses.list.join(', ')} on ${host}:${port}${tls ? ' (STARTTLS offered)' : ''}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    // Waits for open sessions to finish; messages in DATA are answered before the process ends.
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error | null) => void): void {
    const match = this.inbound.recipient(address.address);
    if (!match) return callback(smtpError(550, `5.1.1 <${address.address}>: no such feedback address here`));
    callback();
  }

  private onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null, message?: string) => void): void {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= this.config.SMTP_MAX_MESSAGE_BYTES) chunks.push(chunk);
    });
    stream.on('error', (error) => callback(smtpError(451, `4.3.0 ${error.message}`)));
    stream.on('end', () => {
      if (stream.sizeExceeded || size > this.config.SMTP_MAX_MESSAGE_BYTES) {
        this.inbound.oversize(size);
        return callback(smtpError(552, `5.3.4 Message too big: the limit is ${this.config.SMTP_MAX_MESSAGE_BYTES} bytes`));
      }
      const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address || null : null;
      const recipients = session.envelope.rcptTo.map((r) => ({ address: r.address, reference: this.inbound.addresses.match(r.address)?.reference ?? null }));
      this.inbound.receive(Buffer.concat(chunks), { mailFrom, recipients }).then(
        (result) => callback(null, result.outcome === 'stored' ? `2.0.0 Stored as ${result.feedback.id}` : '2.0.0 Accepted (auto-reply, not stored)'),
        (error: Error) =>
          callback(
            error instanceof PermanentEmailRejection
              ? smtpError(error.responseCode, error.message)
              : smtpError(451, '4.3.0 Temporary failure storing the message, please try again later'),
          ),
      );
    });
  }
}
