import { ConflictException, HttpException, HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  PORTAL_CONSENT_WORDING,
  PORTAL_TOKEN_TTL_MINUTES,
  type AcceptedFeedback,
  type AddPortalIdentityRequest,
  type ConsentPurpose,
  type PortalIdentityCodeSent,
  type UpdatePortalProfileRequest,
} from '@fullcircle/shared';
import type { CountryCode } from 'libphonenumber-js';
import { DataSource, type EntityManager } from 'typeorm';
import { fieldConflict, fieldInvalid } from '../../common/http/field-errors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { CommunicationsService } from '../communications/communications.service';
import { normaliseEmail, normalisePhone } from '../customers/identity-normaliser';
import { IntakeService } from '../intake/intake.service';
import { PortalTokensService } from './auth/portal-tokens.service';
import { PortalMeService } from './portal-me.service';

/** Codes to new addresses per customer every 15 minutes. */
const IDENTITY_CODES_PER_WINDOW = 5;

const actor = { actorId: null, actorName: 'customer (portal)' } as const;

/**
 * What a signed-in customer may change about themselves. Every method takes the session's customer
 * id and touches nothing else. Writes go to the customer tables directly (small, audited updates);
 * a comment on a case goes through intake like any other message from the customer.
 */
@Injectable()
export class PortalSelfServiceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: PortalTokensService,
    private readonly communications: CommunicationsService,
    private readonly audit: AuditService,
    private readonly intake: IntakeService,
    private readonly reader: PortalMeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async updateProfile(customerId: string, body: UpdatePortalProfileRequest): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE customer SET
           name = CASE WHEN $2 THEN $3 ELSE name END,
           preferred_channel = CASE WHEN $4 THEN $5 ELSE preferred_channel END,
           locale = CASE WHEN $6 THEN $7 ELSE locale END,
           updated_at = now()
         WHERE id = $1`,
        [customerId, body.name !== undefined, body.name ?? null, body.preferredChannel !== undefined, body.preferredChannel ?? null, body.language !== undefined, body.language ?? null],
      );
      await this.audit.announce(manager, { ...actor, action: 'portal.profile.updated', targetType: 'customer', targetId: customerId, data: { fields: Object.keys(body) } });
    });
  }

  /** Sends a code to the new address; it joins the customer only once the code comes back. */
  async addIdentity(customerId: string, body: AddPortalIdentityRequest): Promise<PortalIdentityCodeSent> {
    const value = body.kind === 'email' ? normaliseEmail(body.value) : this.phone(body.value);
    await this.dataSource.transaction(async (manager) => {
      // serialised per customer, so two requests at once cannot both slip under the limit
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('portal_identity'), hashtext($1))`, [customerId]);
      const [{ n }]: { n: number }[] = await manager.query(
        `SELECT count(*)::int AS n FROM portal_token WHERE customer_id = $1 AND purpose = 'verify_identity' AND created_at > now() - interval '15 minutes'`,
        [customerId],
      );
      if (n >= IDENTITY_CODES_PER_WINDOW) {
        throw new HttpException({ message: 'Too many codes asked for; try again in 15 minutes' }, HttpStatus.TOO_MANY_REQUESTS);
      }
      const channel = body.kind === 'email' ? 'email' : 'sms';
      const { id, secret } = await this.tokens.issueCode(manager, customerId, 'verify_identity', channel, { kind: body.kind, value });
      await this.communications.queueSignIn(manager, {
        customerId,
        channel,
        to: value,
        subject: body.kind === 'email' ? 'Confirm your email address' : null,
        body: `Your code to add this ${body.kind === 'email' ? 'email address' : 'number'} to your account is ${secret}. It works once, within ${PORTAL_TOKEN_TTL_MINUTES} minutes.`,
        context: { portalTokenId: id },
      });
    });
    return { message: `We sent a code to ${value}. Enter it to add it to your account.` };
  }

  async verifyIdentity(customerId: string, code: string): Promise<void> {
    // Wrong guesses commit (they count towards the limit), so the outcome is thrown after the transaction.
    const outcome = await this.dataSource.transaction(async (manager) => {
      const token = await this.tokens.consumeCode(manager, customerId, 'verify_identity', code);
      if (!token?.identityKind || !token.identityValue) return 'wrong_code' as const;
      const added = await this.attachIdentity(manager, customerId, token.identityKind, token.identityValue);
      if (added === 'taken') return 'taken' as const;
      await manager.query(`UPDATE outbound_message SET body = replace(body, $2, '[used]') WHERE purpose = 'sign_in' AND context->>'portalTokenId' = $1`, [token.id, code]);
      await this.audit.announce(manager, { ...actor, action: 'portal.identity.added', targetType: 'customer', targetId: customerId, data: { kind: token.identityKind } });
      return 'added' as const;
    });
    if (outcome === 'wrong_code') throw fieldInvalid('code', 'is not right, or has expired; ask for a new one');
    if (outcome === 'taken') throw fieldConflict('value', 'already belongs to another account; contact us if it is yours');
  }

  async setConsent(customerId: string, purpose: ConsentPurpose, granted: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [record]: { id: string }[] = await manager.query(
        `INSERT INTO consent_record (customer_id, purpose, granted, source, wording) VALUES ($1, $2, $3, 'portal', $4) RETURNING id`,
        [customerId, purpose, granted, PORTAL_CONSENT_WORDING[purpose]],
      );
      await this.audit.announce(manager, {
        ...actor,
        action: 'customers.consent.recorded',
        targetType: 'customer',
        targetId: customerId,
        data: { consentRecordId: record.id, purpose, granted, source: 'portal' },
      });
    });
  }

  /**
   * A comment on one of the customer's open cases is a message from them: it goes through intake
   * (channel web_form, source portal) into the case's conversation, so routing files it on the case
   * like any follow-up and the staff inbox shows it. Another customer's case is simply not found.
   */
  async commentOnCase(customerId: string, caseId: string, text: string): Promise<AcceptedFeedback> {
    const own = await this.reader.ownCase(customerId, caseId);
    if (!own) throw new NotFoundException('Case not found');
    if (!own.open) throw new ConflictException('This case is closed; send us new feedback instead');
    return this.intake.accept({ text }, { channel: 'web_form', source: 'portal', customerId, thread: { conversationId: own.conversationId } });
  }

  private async attachIdentity(manager: EntityManager, customerId: string, kind: string, value: string): Promise<'added' | 'taken'> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO customer_identity (customer_id, kind, value, verified) VALUES ($1, $2, $3, true) ON CONFLICT (kind, value) DO NOTHING RETURNING id`,
      [customerId, kind, value],
    );
    if (inserted.length) return 'added';
    // UPDATE answers [rows, affected] through TypeORM's query()
    const [, affected] = (await manager.query(
      `UPDATE customer_identity SET verified = true WHERE kind = $2 AND value = $3 AND customer_id IN (SELECT id FROM customer WHERE id = $1 OR merged_into_id = $1)`,
      [customerId, kind, value],
    )) as [unknown, number];
    return affected > 0 ? 'added' : 'taken';
  }

  private phone(value: string): string {
    try {
      return normalisePhone(value, this.config.SMS_DEFAULT_REGION as CountryCode);
    } catch {
      throw fieldInvalid('value', 'is not a phone number we can read; include the country code, e.g. +44 7700 900123');
    }
  }
}
