import type { FastifyCorsOptions } from '@fastify/cors';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';

/** The routes a widget on a customer's site calls: a form's definition and answers, chat messages. */
const WIDGET_ROUTE = /^\/api\/intake\/(?:forms\/([^/?]+)\/(?:public|submissions)|chat\/messages)(?:\?|$)/;

/**
 * CORS for the widget routes only: an origin is allowed when it is on the form's allow-list (chat:
 * on the list of any form with chat on; the token's own form is checked by ChatService), never
 * with credentials. The rest of the API keeps the staff policy (CORS_ORIGINS with cookies).
 */
@Injectable()
export class WidgetCorsPolicy {
  private readonly logger = new Logger(WidgetCorsPolicy.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Null when the URL is not a widget route. */
  static widgetRoute(url: string): { slug: string | null } | null {
    const match = WIDGET_ROUTE.exec(url);
    if (!match) return null;
    try {
      return { slug: match[1] === undefined ? null : decodeURIComponent(match[1]) };
    } catch {
      return { slug: null };
    }
  }

  async allows(route: { slug: string | null }, origin: string): Promise<boolean> {
    const rows: unknown[] =
      route.slug === null
        ? await this.dataSource.query(
            `SELECT 1 FROM feedback_form WHERE active AND conversation_enabled AND $1 = ANY(allowed_origins) LIMIT 1`,
            [origin],
          )
        : await this.dataSource.query(`SELECT 1 FROM feedback_form WHERE active AND slug = $1 AND $2 = ANY(allowed_origins)`, [route.slug, origin]);
    return rows.length > 0;
  }

  /** The app's @fastify/cors options: a delegate deciding per request. */
  corsOptions(staffOrigins: string[]): FastifyCorsOptions {
    const staff: FastifyCorsOptions = { origin: staffOrigins.length ? staffOrigins : false, credentials: true };
    const delegator = (request: FastifyRequest, callback: (err: Error | null, options: FastifyCorsOptions) => void): void => {
      const route = WidgetCorsPolicy.widgetRoute(request.url);
      const origin = request.headers.origin;
      if (!route || !origin) return callback(null, staff);
      this.allows(route, origin)
        .catch((err: unknown) => {
          this.logger.warn({ err }, 'could not read the widget allow-list; answering without CORS');
          return false;
        })
        .then((allowed) =>
          callback(null, {
            origin: allowed ? origin : false,
            credentials: false,
            methods: ['GET', 'POST'],
            allowedHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization'],
            exposedHeaders: ['Retry-After', 'Idempotent-Replayed'],
            maxAge: 600,
          }),
        );
    };
    return { delegator };
  }
}
