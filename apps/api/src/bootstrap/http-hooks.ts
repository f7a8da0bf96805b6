import type { FastifyInstance } from 'fastify';
import { httpRequestDuration } from '../metrics/metrics.registry';

/** Records every response's latency under its route pattern (not the raw URL, to bound cardinality). */
export function registerHttpMetrics(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions?.url ?? 'unmatched';
    httpRequestDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
}

/**
 * While the server drains, answers carry `Connection: close`, so keep-alive clients reconnect
 * elsewhere and their sockets do not hold the process open past the response in flight.
 */
export function closeConnectionsWhileDraining(fastify: FastifyInstance): void {
  let draining = false;
  fastify.addHook('preClose', async () => {
    draining = true;
  });
  fastify.addHook('onSend', async (_request, reply) => {
    if (draining) void reply.header('connection', 'close');
  });
}
