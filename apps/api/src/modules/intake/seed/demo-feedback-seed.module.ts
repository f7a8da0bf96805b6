import { Module } from '@nestjs/common';
import { IntakeModule } from '../intake.module';
import { DemoFeedbackSeedService } from './demo-feedback-seed.service';

/** HTTP process only, like the organisation's demo seed. */
@Module({ imports: [IntakeModule], providers: [DemoFeedbackSeedService] })
export class DemoFeedbackSeedModule {}
