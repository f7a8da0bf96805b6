import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { type TwilioParams, isValidTwilioSignature } from './sms-signature';

/**
 * 404 while no TWILIO_AUTH_TOKEN is configured; 403 unless X-Twilio-Signature signs this URL and
 * these form params. A guard, so it runs before body validation: unsigned junk learns nothing.
 */
@Injectable()
export class TwilioSignatureGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const token = this.config.TWILIO_AUTH_TOKEN;
    if (!token) throw new NotFoundException('SMS intake is not configured');
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const header = request.headers['x-twilio-signature'];
    const signature = typeof header === 'string' ? header : undefined;
    const params = isFormParams(request.body) ? request.body : {};
    if (!isValidTwilioSignature(token, this.signedUrl(request), params, signature)) {
      throw new ForbiddenException('Missing or invalid X-Twilio-Signature');
    }
    return true;
  }

  /** The URL Twilio was configured with: behind a proxy, only PUBLIC_URL knows it. */
  private signedUrl(request: FastifyRequest): string {
    const base = this.config.PUBLIC_URL?.replace(/\/+$/, '') ?? `${request.protocol}://${request.headers.host}`;
    return base + request.url;
  }
}

function isFormParams(body: unknown): body is TwilioParams {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}
