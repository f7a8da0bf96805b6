import { Processor } from '@nestjs/bullmq';
import { UnrecoverableError } from 'bullmq';
import { type JobHandlers, JobProcessor } from '../../queue/job-processor';
import { QUEUE } from '../../queue/queue-names';
import { AuditService } from './audit.service';

@Processor(QUEUE.audit)
export class AuditProcessor extends JobProcessor<'audit'> {
  readonly queueName = QUEUE.audit;

  constructor(private readonly audit: AuditService) {
    super();
  }

  readonly handlers: JobHandlers<'audit'> = {
    record: async ({ outboxId, ...payload }) => {
      if (!outboxId) throw new UnrecoverableError('audit/record jobs come from the outbox');
      await this.audit.record(outboxId, payload);
    },
  };
}
