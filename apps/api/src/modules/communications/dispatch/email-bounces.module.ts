import { Module } from '@nestjs/common';
import { EmailBouncesService } from './email-bounces.service';

/** Just the bounce recorder, for the SMTP process (no adapters, queues or HTTP there). */
@Module({ providers: [EmailBouncesService], exports: [EmailBouncesService] })
export class EmailBouncesModule {}
