import { InjectQueue, Processor } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { type JobHandlers, JobProcessor } from '../../queue/job-processor';
import { QUEUE } from '../../queue/queue-names';
import { CaseResolutionService } from './case-resolution.service';
import { SlaTimersService } from './sla/sla-timers.service';

const SWEEP_SCHEDULER_ID = 'sla-sweep-minutely';

/** SLA timers (delayed jobs, one per case: its next step), the minutely sweep behind them, and closing resolved cases. */
@Processor(QUEUE.cases)
export class CasesProcessor extends JobProcessor<'cases'> implements OnApplicationBootstrap {
  readonly queueName = QUEUE.cases;

  constructor(
    private readonly timers: SlaTimersService,
    private readonly resolution: CaseResolutionService,
    @InjectQueue(QUEUE.cases) private readonly queue: Queue,
  ) {
    super();
  }

  readonly handlers: JobHandlers<'cases'> = {
    'sla-step': ({ caseId, step, at }) => this.timers.fire(caseId, step, at),
    'sla-sweep': () => this.timers.sweep(),
    'auto-close': ({ caseId, resolvedAt }) => this.resolution.autoClose(caseId, resolvedAt),
  };

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(SWEEP_SCHEDULER_ID, { every: 60_000 }, { name: 'sla-sweep', data: {} });
  }
}
