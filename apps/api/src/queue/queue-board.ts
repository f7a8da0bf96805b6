import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BoardFastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '@fullcircle/shared';
import { SessionService } from '../modules/auth/session.service';
import { QUEUE } from './queue-names';

export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * bull-board at /admin/queues, for admins only: it shows job payloads and can retry or delete
 * jobs. It is a Fastify plugin outside Nest's router, so it checks the session itself.
 */
export async function mountQueueBoard(app: NestFastifyApplication): Promise<void> {
  const sessions = app.get(SessionService, { strict: false });
  const board = new BoardFastifyAdapter();
  createBullBoard({
    queues: Object.values(QUEUE).map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false }))),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'Fullcircle queues' } },
  });
  board.setBasePath(QUEUE_BOARD_PATH);
  await app.register(
    async (scope: FastifyInstance) => {
      scope.addHook('onRequest', async (request, reply) => {
        const user = await sessions.authenticate(request.cookies?.[SESSION_COOKIE]);
        if (!user) {
          const wantsPage = (request.headers.accept ?? '').includes('text/html');
          return wantsPage
            ? reply.redirect(`/login?redirect=${encodeURIComponent(QUEUE_BOARD_PATH)}`)
            : reply.status(401).send({ statusCode: 401, error: 'Unauthorized', message: 'Sign in first', requestId: request.id });
        }
        if (user.role !== 'admin') {
          return reply.status(403).send({ statusCode: 403, error: 'Forbidden', message: 'Only admins may see the queues', requestId: request.id });
        }
      });
      await scope.register(board.registerPlugin() as never, { prefix: QUEUE_BOARD_PATH });
    },
  );
}
