import { Processor } from '@nestjs/bullmq';
import { type JobHandlers, JobProcessor } from '../../queue/job-processor';
import { QUEUE } from '../../queue/queue-names';
import { RoutingService } from './routing.service';

@Processor(QUEUE.routing)
export class RoutingProcessor extends JobProcessor<'routing'> {
  readonly queueName = QUEUE.routing;

  constructor(private readonly routing: RoutingService) {
    super();
  }

  readonly handlers: JobHandlers<'routing'> = {
    route: ({ feedbackId }) => this.routing.route(feedbackId),
  };
}
