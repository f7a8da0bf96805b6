import { Global, Module } from '@nestjs/common';
import { OutboxService } from './outbox.service';

/** Writing to the outbox is open to every capability; relaying it is the worker's (WorkerModule). */
@Global()
@Module({ providers: [OutboxService], exports: [OutboxService] })
export class OutboxModule {}
