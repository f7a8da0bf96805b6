import { Module } from '@nestjs/common';
import { CasesModule } from '../../cases/cases.module';
import { SurveysModule } from '../../surveys/surveys.module';
import { CommunicationsModule } from '../communications.module';
import { FollowUpAnswersService } from './follow-up-answers.service';
import { FollowUpSurveysService } from './follow-up-surveys.service';

/**
 * Follow-up surveys after a resolution: sending them (the `follow-up-survey` job) and acting on the
 * answers (routing, when an answer names its case). Worker-side; nothing here serves HTTP.
 */
@Module({
  imports: [CommunicationsModule, SurveysModule, CasesModule],
  providers: [FollowUpSurveysService, FollowUpAnswersService],
  exports: [FollowUpSurveysService, FollowUpAnswersService],
})
export class FollowUpModule {}
