import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CustomersModule } from '../customers/customers.module';
import { ChannelStatusService } from '../intake/activity/channel-status.service';
import { IntakeModule } from '../intake/intake.module';
import { SigningKey } from './entities/signing-key.entity';
import { SurveyInvitation } from './entities/survey-invitation.entity';
import { Survey } from './entities/survey.entity';
import { SurveyAnswerRateLimitGuard } from './survey-answer-rate-limit.guard';
import { SurveyLinkSigner } from './survey-link-signer.service';
import { SurveyResponsesController } from './survey-responses.controller';
import { SurveyResponsesService } from './survey-responses.service';
import { SurveysController } from './surveys.controller';
import { SurveysService } from './surveys.service';

/** NPS/CSAT/CES surveys: staff hand out signed links, customers' answers come in as `survey` feedback. */
@Module({
  imports: [TypeOrmModule.forFeature([Survey, SurveyInvitation, SigningKey]), IntakeModule, CustomersModule, AuditModule, AuthModule],
  controllers: [SurveysController, SurveyResponsesController],
  providers: [SurveysService, SurveyResponsesService, SurveyLinkSigner, SurveyAnswerRateLimitGuard],
  // SurveysService.invite: for capabilities that send surveys themselves (follow-ups after a case);
  // SurveyResponsesService: for the demo seed, which answers through the customer's path.
  exports: [SurveysService, SurveyResponsesService],
})
export class SurveysModule implements OnModuleInit {
  constructor(
    private readonly status: ChannelStatusService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const base = this.config.PUBLIC_URL?.replace(/\/+$/, '') ?? '';
    this.status.register('survey', () => ({
      state: 'live',
      summary: `NPS, CSAT and CES surveys answered through signed links; each link makes one feedback item, and answering again updates it. Links are signed with ${
        this.config.SURVEY_LINK_SECRET ? 'SURVEY_LINK_SECRET' : 'a key generated once and kept in the database'
      }.`,
      endpoints: [
        { label: 'Answer links', value: `${base}/s/<token>` },
        { label: 'Manage surveys', value: '/settings/channels/surveys' },
      ],
    }));
  }
}
