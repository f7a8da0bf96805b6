import { Module } from '@nestjs/common';
import { FormsModule } from '../forms.module';
import { DemoFormsSeedService } from './demo-forms-seed.service';

/** HTTP process only; listed after the demo feedback seed, which only runs on an empty feedback table. */
@Module({ imports: [FormsModule], providers: [DemoFormsSeedService] })
export class DemoFormsSeedModule {}
