import { Transform } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** The Fastify route pattern of the receiver (with the global `api` prefix). */
export const WEBHOOK_ROUTE = '/api/intake/webhooks/:sourceId';

const RAW_BODY = Symbol('webhook raw body');
type RawBodyRequest = FastifyRequest & { [RAW_BODY]?: Buffer };

/**
 * Keeps the exact bytes of the receiver's request body: the HMAC signs them, and JSON.stringify of
 * the parsed body would not give them back. Only this route is touched (other routes keep
 * Fastify's parser untouched, unlike Nest's app-wide `rawBody: true`); Fastify's parser still
 * reads the body through this pass-through, so its size limit and JSON errors apply as before.
 */
export function captureWebhookRawBody(fastify: FastifyInstance, onRequest?: (request: FastifyRequest) => Promise<void>): void {
  fastify.addHook('preParsing', async (request, _reply, payload) => {
    if (request.routeOptions?.url !== WEBHOOK_ROUTE) return payload;
    if (onRequest) await onRequest(request);
    const chunks: Buffer[] = [];
    const tee = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done(null, chunk);
      },
      flush(done) {
        (request as RawBodyRequest)[RAW_BODY] = Buffer.concat(chunks);
        done();
      },
    });
    payload.on('error', (err) => tee.destroy(err));
    return payload.pipe(tee);
  });
}

/** The request body as it arrived; empty when there was none. */
export function rawBodyOf(request: FastifyRequest): Buffer {
  return (request as RawBodyRequest)[RAW_BODY] ?? Buffer.alloc(0);
}
