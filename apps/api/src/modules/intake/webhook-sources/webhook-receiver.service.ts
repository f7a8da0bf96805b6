import {
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type AcceptedFeedback, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TOLERANCE_SECONDS, applyWebhookMapping } from '@fullcircle/shared';
import { DataSource, type Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { FeedbackService } from '../feedback.service';
import { IntakeService } from '../intake.service';
import { WebhookSource } from './entities/webhook-source.entity';
import { matchingSignature, openSecret, parseSignatureHeader } from './webhook-secret';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Precise enough to tell a working source from a silent one, without a write per delivery.
const LAST_DELIVERY_PRECISION_MS = 60_000;
const CLEANUP_EVERY_MS = 60_000;

export interface WebhookDelivery {
  /** 202 for a new item, 200 when the platform's message id was delivered before (the first item). */
  status: 200 | 202;
  accepted: AcceptedFeedback;
}

/** Where an item from this source goes: its channel, and the `source` recorded with it. */
export const webhookSourceLabel = (id: string) => `webhook:${id}`;

/**
 * Channel 7's receiving end. Checks, in order: the source exists and is active (404), the
 * Fullcircle-Signature header signs this raw body with the source's secret (403) within the
 * tolerance (403), the signature has not delivered before (409), the mapping finds what it needs
 * (422, naming the payload path); then hands the item to intake. The seed sends through here too.
 */
@Injectable()
export class WebhookReceiverService {
  private readonly logger = new Logger(WebhookReceiverService.name);
  private lastCleanup = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(WebhookSource) private readonly sources: Repository<WebhookSource>,
    private readonly intake: IntakeService,
    private readonly feedback: FeedbackService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The active source behind a webhook URL, or null (unknown id, malformed id, deactivated). */
  async findActive(sourceId: string): Promise<WebhookSource | null> {
    if (!UUID.test(sourceId)) return null;
    return this.sources.findOne({ where: { id: sourceId, active: true } });
  }

  async receive(sourceId: string, rawBody: Buffer, signatureHeader: string | undefined, now = Date.now()): Promise<WebhookDelivery> {
    const source = await this.findActive(sourceId);
    if (!source) throw new NotFoundException('Unknown or inactive webhook source');
    const signature = this.verify(source, rawBody, signatureHeader, now);

    let payload: unknown;
    try {
      payload = JSON.parse(rawBody.toString('utf8'));
    } catch {
      throw new UnprocessableEntityException({ message: 'The body is not valid JSON', issues: [{ field: 'body', message: 'must be valid JSON' }] });
    }
    const mapped = applyWebhookMapping(payload, source.mapping, source.network);
    if (!mapped.ok) {
      const [first] = mapped.issues;
      throw new UnprocessableEntityException({ message: `The payload does not fit this source's mapping: ${first.field} ${first.message}`, issues: mapped.issues });
    }
    const channel = source.kind;
    const item = { ...mapped.item, externalMessageId: `${source.id}:${mapped.item.externalMessageId}` };

    const delivery = await this.dataSource.transaction(async (manager): Promise<WebhookDelivery> => {
      // In the item's own transaction: a delivery that fails (or rolls back) does not use up its
      // signature, so the sender's retry of the very same request still gets through.
      const inserted: unknown[] = await manager.query(
        `INSERT INTO webhook_replay_key (source_id, signature) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING source_id`,
        [source.id, signature],
      );
      if (inserted.length === 0) {
        throw new ConflictException('This signature has already delivered an item: sign each delivery (and each retry) with a fresh timestamp');
      }
      const earlier = await this.feedback.findByExternalMessageId(manager, channel, item.externalMessageId);
      if (earlier) return { status: 200, accepted: earlier };
      const accepted = await this.intake.acceptIn(manager, item, { channel, source: webhookSourceLabel(source.id) });
      return { status: 202, accepted };
    });

    await this.noteDelivery(source, now);
    await this.cleanUp(now);
    return delivery;
  }

  /** The matching v1 signature; 403 with what is wrong otherwise. */
  private verify(source: WebhookSource, rawBody: Buffer, header: string | undefined, now: number): string {
    const secret = openSecret(source.secretSealed, this.config.SECRETS_KEY);
    if (secret === null) {
      this.logger.error({ sourceId: source.id }, 'webhook source secret cannot be decrypted: is SECRETS_KEY the one it was created with?');
      throw new ServiceUnavailableException('This source cannot verify deliveries right now');
    }
    const parsed = parseSignatureHeader(header);
    if (!parsed) throw new ForbiddenException(`Missing or malformed ${WEBHOOK_SIGNATURE_HEADER} header: expected t=<unix seconds>,v1=<hex HMAC-SHA256>`);
    const signature = matchingSignature(secret, parsed, rawBody);
    if (!signature) throw new ForbiddenException(`${WEBHOOK_SIGNATURE_HEADER} does not match: sign "<t>.<raw body>" with this source's secret`);
    const skew = Math.round(now / 1000) - parsed.timestamp;
    if (Math.abs(skew) > WEBHOOK_TOLERANCE_SECONDS) {
      throw new ForbiddenException(
        `${WEBHOOK_SIGNATURE_HEADER} timestamp is ${Math.abs(skew)} seconds ${skew > 0 ? 'old' : 'in the future'}; the tolerance is ${WEBHOOK_TOLERANCE_SECONDS} seconds: sign each delivery when you send it`,
      );
    }
    return signature;
  }

  /** Best effort and at most once a minute: a failure here never fails the delivery. */
  private async noteDelivery(source: WebhookSource, now: number): Promise<void> {
    if (source.lastDeliveryAt && now - source.lastDeliveryAt.getTime() < LAST_DELIVERY_PRECISION_MS) return;
    try {
      await this.sources.query(
        `UPDATE webhook_source SET last_delivery_at = $2 WHERE id = $1 AND (last_delivery_at IS NULL OR last_delivery_at < $2::timestamptz - make_interval(secs => $3))`,
        [source.id, new Date(now), LAST_DELIVERY_PRECISION_MS / 1000],
      );
    } catch (err) {
      this.logger.warn({ err, sourceId: source.id }, 'could not record webhook delivery time');
    }
  }

  /**
   * Replay keys older than twice the tolerance can never match an acceptable timestamp again
   * (a signature is only accepted within the tolerance of its own timestamp).
   */
  private async cleanUp(now: number): Promise<void> {
    if (now - this.lastCleanup < CLEANUP_EVERY_MS) return;
    this.lastCleanup = now;
    try {
      await this.dataSource.query(`DELETE FROM webhook_replay_key WHERE seen_at < now() - make_interval(secs => $1)`, [WEBHOOK_TOLERANCE_SECONDS * 2]);
    } catch (err) {
      this.logger.warn({ err }, 'could not clean up webhook replay keys');
    }
  }
}
