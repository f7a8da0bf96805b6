import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { resolveWebDist } from './web-dist';

const SERVER_PATHS = /^\/(api|admin|metrics)(\/|$)/;

/**
 * Serves the built web app on the API's port (one URL for the whole product), with the SPA
 * fallback: any GET that is not a server path and not a file gets index.html.
 */
export async function serveWebApp(app: NestFastifyApplication, configuredDir: string | undefined): Promise<boolean> {
  const root = resolveWebDist(configuredDir);
  if (!root) return false;
  await app.register(fastifyStatic, { root, wildcard: false, index: false, maxAge: '1h', immutable: false });
  const fastify = app.getHttpAdapter().getInstance();
  const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
    if (SERVER_PATHS.test(request.url)) {
      return reply.status(404).send({ statusCode: 404, error: 'Not Found', message: `Cannot GET ${request.url.split('?')[0]}`, requestId: request.id });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
  };
  fastify.get('/', sendIndex);
  fastify.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0];
    // hashed build assets are served by name; anything else is a client-side route
    if (/^\/(assets\/|[^/]+\.(js|css|svg|png|ico|webmanifest|txt)$)/.test(path)) {
      return reply.sendFile(decodeURIComponent(path.slice(1)), root, path.startsWith('/assets/') ? { maxAge: '365d', immutable: true } : {});
    }
    return sendIndex(request, reply);
  });
  return true;
}
