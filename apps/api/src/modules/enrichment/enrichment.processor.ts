import { Processor } from '@nestjs/bullmq';
import { type JobHandlers, JobProcessor } from '../../queue/job-processor';
import { QUEUE } from '../../queue/queue-names';
import { EnrichmentService } from './enrichment.service';

@Processor(QUEUE.enrichment)
export class EnrichmentProcessor extends JobProcessor<'enrichment'> {
  readonly queueName = QUEUE.enrichment;

  constructor(private readonly enrichment: EnrichmentService) {
    super();
  }

  readonly handlers: JobHandlers<'enrichment'> = {
    enrich: ({ feedbackId }) => this.enrichment.enrich(feedbackId),
  };
}
