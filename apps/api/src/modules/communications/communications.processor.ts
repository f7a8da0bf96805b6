import { Processor } from '@nestjs/bullmq';
import { type JobHandlers, JobProcessor } from '../../queue/job-processor';
import { QUEUE } from '../../queue/queue-names';
import { DispatchService } from './dispatch/dispatch.service';
import { FeedDigestService } from './feed/feed-digest.service';
import { FollowUpSurveysService } from './follow-up/follow-up-surveys.service';

/** Delivery of outbound messages, follow-up surveys after a resolution, the weekly feed digest. */
@Processor(QUEUE.communications)
export class CommunicationsProcessor extends JobProcessor<'communications'> {
  readonly queueName = QUEUE.communications;

  constructor(
    private readonly dispatcher: DispatchService,
    private readonly followUps: FollowUpSurveysService,
    private readonly digest: FeedDigestService,
  ) {
    super();
  }

  readonly handlers: JobHandlers<'communications'> = {
    // The last attempt turns a temporary failure into `failed` instead of leaving it queued forever.
    dispatch: ({ messageId }, job) => this.dispatcher.dispatch(messageId, { last: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) }),
    'follow-up-survey': ({ caseId, resolvedAt }) => this.followUps.send(caseId, resolvedAt),
    'feed-digest': () => this.digest.sendWeekly(),
  };
}
