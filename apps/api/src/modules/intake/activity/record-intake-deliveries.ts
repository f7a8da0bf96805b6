import type { FastifyInstance } from 'fastify';
import type { ChannelActivityService } from './channel-activity.service';
import { INTAKE_ROUTES, intakeDeliveryNote } from './intake-routes';

/** What an answer's body says about it: the item id when accepted, the first problem when not. */
export function summariseAnswer(statusCode: number, payload: unknown): { detail: string | null; feedbackId: string | null } {
  if (typeof payload !== 'string' || !payload.startsWith('{')) return { detail: null, feedbackId: null };
  try {
    const body = JSON.parse(payload) as { id?: unknown; message?: unknown; issues?: { field?: string; message?: string }[] };
    if (statusCode < 400) return { detail: null, feedbackId: typeof body.id === 'string' ? body.id : null };
    const issue = body.issues?.[0];
    const detail = issue ? `${issue.field || 'body'}: ${issue.message}` : typeof body.message === 'string' ? body.message : null;
    return { detail, feedbackId: null };
  } catch {
    return { detail: null, feedbackId: null };
  }
}

/** Records every answer on a public intake route (see INTAKE_ROUTES) as a channel delivery. */
export function recordIntakeDeliveries(fastify: FastifyInstance, activity: ChannelActivityService): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    const routed = INTAKE_ROUTES[`${request.method} ${request.routeOptions?.url ?? ''}`];
    const note = intakeDeliveryNote(request);
    const channel = note.channel ?? routed;
    if (!channel || request.method === 'OPTIONS') return payload;
    const { detail, feedbackId } = summariseAnswer(reply.statusCode, payload);
    activity.record({
      channel,
      outcome: reply.statusCode < 400 ? 'accepted' : 'rejected',
      status: reply.statusCode,
      detail,
      feedbackId,
      source: note.source ?? null,
    });
    return payload;
  });
}
