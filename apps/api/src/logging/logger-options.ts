import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Options } from 'pino-http';
import type { AppConfig } from '../config/app-config';

/** Personal data and secrets never reach the logs, wherever they appear one level deep. */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  ...['password', 'currentPassword', 'newPassword', 'token', 'email', 'phone', 'name', 'text', 'apiKey'].flatMap((f) => [f, `*.${f}`]),
];

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** A well-formed incoming X-Request-Id is kept (so ids follow a request across services); else a new uuid. */
export function requestId(req: Pick<IncomingMessage, 'headers'>): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

export function pinoHttpOptions(config: Pick<AppConfig, 'LOG_LEVEL' | 'NODE_ENV'>): Options {
  return {
    level: config.LOG_LEVEL,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // Fastify assigns the id first (requestId below); pino-http reuses it so logs and error bodies agree.
    genReqId: (req: IncomingMessage) => (req.id ? String(req.id) : requestId(req)),
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url?.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
