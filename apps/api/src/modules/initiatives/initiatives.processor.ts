import { Processor } from '@nestjs/bullmq';
import { type JobHandlers, JobProcessor } from '../../queue/job-processor';
import { QUEUE } from '../../queue/queue-names';
import { InitiativeFanOutService } from './initiative-fan-out.service';

/** Telling everyone behind an initiative about an update ("you said, we did"). */
@Processor(QUEUE.initiatives)
export class InitiativesProcessor extends JobProcessor<'initiatives'> {
  readonly queueName = QUEUE.initiatives;

  constructor(private readonly fanOut: InitiativeFanOutService) {
    super();
  }

  readonly handlers: JobHandlers<'initiatives'> = {
    'fan-out-update': ({ updateId }) => this.fanOut.fanOut(updateId),
  };
}
