import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PORTAL_TOKEN_TTL_MINUTES, type PortalSignInAccepted, type PortalSignInRequest, type PortalVerifyRequest } from '@fullcircle/shared';
import type { CountryCode } from 'libphonenumber-js';
import { DataSource, type EntityManager } from 'typeorm';
import { fieldInvalid } from '../../../common/http/field-errors';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { AuditService } from '../../audit/audit.service';
import { CommunicationsService } from '../../communications/communications.service';
import { normaliseEmail, normalisePhone } from '../../customers/identity-normaliser';
import { identityOwner } from '../portal-customers';
import { CustomerSessionService } from './customer-session.service';
import { PortalTokensService } from './portal-tokens.service';

/** Known or not, the answer is the same: nobody learns from it whether an address is a customer's. */
export const SIGN_IN_ACCEPTED: Record<PortalSignInRequest['channel'], PortalSignInAccepted> = {
  email: { message: `If we know this address, a sign-in link is on its way. It works once, for ${PORTAL_TOKEN_TTL_MINUTES} minutes.` },
  sms: { message: `If we know this number, a 6-digit code is on its way by text message. It works once, for ${PORTAL_TOKEN_TTL_MINUTES} minutes.` },
};

/** Passwordless sign-in for customers: a magic link by email or a 6-digit code by SMS. */
@Injectable()
export class PortalSignInService {
  private readonly logger = new Logger(PortalSignInService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: PortalTokensService,
    private readonly sessions: CustomerSessionService,
    private readonly communications: CommunicationsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async requestSignIn(body: PortalSignInRequest): Promise<PortalSignInAccepted> {
    const address = body.channel === 'email' ? normaliseEmail(body.email) : this.phone(body.phone);
    await this.dataSource.transaction(async (manager) => {
      const customerId = await identityOwner(manager, body.channel === 'email' ? 'email' : 'phone', address);
      if (!customerId) return;
      if (body.channel === 'email') {
        const { id, secret } = await this.tokens.issueLink(manager, customerId);
        const back = body.redirect ? `&redirect=${encodeURIComponent(body.redirect)}` : '';
        const link = `${this.publicUrl()}/portal/verify?token=${encodeURIComponent(secret)}${back}`;
        await this.communications.queueSignIn(manager, {
          customerId,
          channel: 'email',
          to: address,
          subject: 'Your sign-in link',
          body: `Hello,\n\nUse this link to see and manage what we hold about you:\n\n${link}\n\nIt works once, within ${PORTAL_TOKEN_TTL_MINUTES} minutes. If you did not ask for it, ignore this email.`,
          context: { portalTokenId: id },
        });
      } else {
        const { id, secret } = await this.tokens.issueCode(manager, customerId, 'sign_in', 'sms', null);
        await this.communications.queueSignIn(manager, {
          customerId,
          channel: 'sms',
          to: address,
          subject: null,
          body: `Your sign-in code is ${secret}. It works once, within ${PORTAL_TOKEN_TTL_MINUTES} minutes.`,
          context: { portalTokenId: id },
        });
      }
    });
    return SIGN_IN_ACCEPTED[body.channel];
  }

  /** A live link or code: a new session (its cookie secret returned) for the customer it was for. */
  async verify(body: PortalVerifyRequest): Promise<{ token: string; customerId: string }> {
    const result = await this.dataSource.transaction(async (manager) => {
      let used: { id: string; customerId: string } | null;
      let secret: string;
      if (body.token) {
        secret = body.token;
        used = await this.tokens.consumeLink(manager, body.token);
      } else {
        secret = body.code!;
        const customerId = await identityOwner(manager, 'phone', this.phone(body.phone!));
        // Wrong guesses must count even though the request fails: they commit with this transaction.
        used = customerId ? await this.tokens.consumeCode(manager, customerId, 'sign_in', body.code!) : null;
      }
      if (!used) return null;
      const customerId = (await identityOwnerById(manager, used.customerId)) ?? used.customerId;
      const token = await this.sessions.create(manager, customerId);
      await redactSecret(manager, used.id, secret);
      await this.audit.announce(manager, {
        actorId: null,
        actorName: 'customer (portal)',
        action: 'portal.signed_in',
        targetType: 'customer',
        targetId: customerId,
        data: { channel: body.token ? 'email' : 'sms' },
      });
      return { token, customerId };
    });
    if (!result) {
      throw body.token
        ? fieldInvalid('token', 'this link has expired or was already used; ask for a new one')
        : fieldInvalid('code', 'is not right, or has expired; ask for a new one');
    }
    return result;
  }

  async signOut(sessionId: string): Promise<void> {
    await this.sessions.revoke(sessionId);
  }

  private phone(value: string): string {
    try {
      return normalisePhone(value, this.config.SMS_DEFAULT_REGION as CountryCode);
    } catch {
      throw fieldInvalid('phone', 'is not a phone number we can read; include the country code, e.g. +44 7700 900123');
    }
  }

  private publicUrl(): string {
    if (!this.config.PUBLIC_URL) this.logger.warn('PUBLIC_URL is not set: sign-in links point at localhost');
    return (this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`).replace(/\/+$/, '');
  }
}

/** A token issued before a merge names the merged-away customer: sign in as the survivor. */
async function identityOwnerById(manager: EntityManager, customerId: string): Promise<string | null> {
  const rows: { id: string }[] = await manager.query('SELECT coalesce(merged_into_id, id) AS id FROM customer WHERE id = $1', [customerId]);
  return rows[0]?.id ?? null;
}

/**
 * Once used, the secret in the message we sent is worthless, but it should not sit in the database
 * in clear either: the copy in the outbound message is blanked out.
 */
async function redactSecret(manager: EntityManager, tokenId: string, secret: string): Promise<void> {
  await manager.query(
    `UPDATE outbound_message SET body = replace(body, $2, '[used]') WHERE purpose = 'sign_in' AND context->>'portalTokenId' = $1`,
    [tokenId, secret],
  );
}
