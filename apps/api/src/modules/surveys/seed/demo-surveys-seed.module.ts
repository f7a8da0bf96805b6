import { Module } from '@nestjs/common';
import { SurveysModule } from '../surveys.module';
import { DemoSurveysSeedService } from './demo-surveys-seed.service';

/** HTTP process only. Imported after the demo feedback seed: that one only runs on an empty feedback table. */
@Module({ imports: [SurveysModule], providers: [DemoSurveysSeedService] })
export class DemoSurveysSeedModule {}
