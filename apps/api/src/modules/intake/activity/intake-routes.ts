import type { Channel } from '@fullcircle/shared';
import type { FastifyRequest } from 'fastify';

/**
 * The public intake routes (Fastify route patterns) and the channel each delivers into. Every
 * answer on these routes, including the ones Fastify or a guard gives before a controller runs
 * (413, 415, 401, 403), is recorded as a delivery for Settings → Channels.
 */
export const INTAKE_ROUTES: Record<string, Channel> = {
  'POST /api/intake/feedback': 'api',
  'POST /api/intake/sms/twilio': 'sms',
  // Only answers are deliveries: opening a survey link (GET) is not recorded.
  'PUT /api/surveys/responses/:token': 'survey',
  // A webhook source is `social` or `review`: a known source's kind is noted before the body is read
  // (webhook-sources.module.ts), so only posts to unknown or inactive sources are counted here.
  'POST /api/intake/webhooks/:sourceId': 'social',
  // web_form or widget as the body says (noted by FormSubmissionsService)
  'POST /api/intake/forms/:slug/submissions': 'web_form',
  'POST /api/intake/chat/messages': 'chat',
};

interface DeliveryNote {
  channel?: Channel;
  source?: string;
}

const NOTE = Symbol('intake delivery note');
type NotedRequest = FastifyRequest & { [NOTE]?: DeliveryNote };

/**
 * For routes whose channel or sender is only known once the request is read (a webhook source
 * that is `social` or `review`, a form's id): a guard or controller notes it here.
 */
export function noteIntakeDelivery(request: FastifyRequest, note: DeliveryNote): void {
  const noted = request as NotedRequest;
  noted[NOTE] = { ...noted[NOTE], ...note };
}

export function intakeDeliveryNote(request: FastifyRequest): DeliveryNote {
  return (request as NotedRequest)[NOTE] ?? {};
}
