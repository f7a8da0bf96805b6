import { Module } from '@nestjs/common';
import { EmailDemoSeedService } from './email-demo-seed.service';
import { EmailIntakeModule } from './email-intake.module';

/** HTTP process only, after the general demo feedback seed. */
@Module({ imports: [EmailIntakeModule], providers: [EmailDemoSeedService] })
export class EmailDemoSeedModule {}
