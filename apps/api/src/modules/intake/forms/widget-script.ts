import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';

/** The built widget (apps/widget/dist/widget.js) next to this build, or null when it is not built. */
export function resolveWidgetScript(): string | null {
  // The same depth from apps/api/src and apps/api/dist.
  const file = resolve(__dirname, '../../../../../widget/dist/widget.js');
  return existsSync(file) ? file : null;
}

/**
 * `GET /widget.js`: the script customers embed with one tag. Its URL never changes (it is pasted
 * into other sites), so it is cached briefly and revalidated by ETag. It is loaded cross-origin,
 * so it overrides helmet's Cross-Origin-Resource-Policy; the site's own CSP decides whether to
 * load it (the widget needs no inline script and styles its Shadow DOM with constructed sheets).
 */
export function serveWidgetScript(fastify: FastifyInstance): boolean {
  const file = resolveWidgetScript();
  if (!file) return false;
  const body = readFileSync(file);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  fastify.get('/widget.js', async (request, reply) => {
    void reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('etag', etag)
      .header('cross-origin-resource-policy', 'cross-origin');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.send(body);
  });
  return true;
}
