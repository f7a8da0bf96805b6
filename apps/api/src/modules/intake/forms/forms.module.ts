import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '../../../common/idempotency/idempotency.module';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { AuditModule } from '../../audit/audit.module';
import { AuthModule } from '../../auth/auth.module';
import { ChannelStatusService } from '../activity/channel-status.service';
import { FeedbackModule } from '../feedback.module';
import { IntakeModule } from '../intake.module';
import { ChatController } from './chat.controller';
import { ChatService } from './chat.service';
import { FeedbackForm } from './feedback-form.entity';
import { FormRateLimitGuard } from './form-rate-limit.guard';
import { FormSubmissionsService } from './form-submissions.service';
import { FormsController } from './forms.controller';
import { FormsService } from './forms.service';
import { PublicFormsController } from './public-forms.controller';
import { WidgetCorsPolicy } from './widget-cors';

/** Channels 2 and 5: hosted forms, the embeddable widget and its chat mode. */
@Module({
  imports: [TypeOrmModule.forFeature([FeedbackForm]), IntakeModule, FeedbackModule, AuthModule, AuditModule, IdempotencyModule],
  controllers: [FormsController, PublicFormsController, ChatController],
  providers: [FormsService, FormSubmissionsService, ChatService, FormRateLimitGuard, WidgetCorsPolicy],
  exports: [FormsService, FormSubmissionsService, ChatService, WidgetCorsPolicy],
})
export class FormsModule implements OnModuleInit {
  constructor(
    private readonly status: ChannelStatusService,
    private readonly forms: FormsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const base = this.config.PUBLIC_URL?.replace(/\/+$/, '') ?? '';
    const setup = async (what: string) => {
      const active = await this.forms.countActive();
      return active === 0
        ? { state: 'not_configured' as const, summary: `Create a form in Settings → Channels → Forms & widget to ${what}.`, endpoints: [] }
        : { state: 'live' as const, summary: `${active} active form${active === 1 ? '' : 's'}`, endpoints: [] };
    };
    this.status.register('web_form', async () => {
      const s = await setup('get a hosted page');
      return s.state === 'live' ? { ...s, endpoints: [{ label: 'Hosted pages', value: '/f/<slug>' }, { label: 'Settings', value: '/settings/channels/forms' }] } : s;
    });
    this.status.register('widget', async () => {
      const s = await setup('embed the widget');
      return s.state === 'live'
        ? { ...s, endpoints: [{ label: 'Script tag', value: `<script src="${base}/widget.js" data-form="<slug>" async></script>` }] }
        : s;
    });
    this.status.register('chat', async () => {
      const chat = await this.forms.countChatEnabled();
      return chat === 0
        ? { state: 'not_configured', summary: 'Turn on conversation mode on a form to let widget visitors follow up.', endpoints: [] }
        : { state: 'live', summary: `${chat} form${chat === 1 ? '' : 's'} with conversation mode`, endpoints: [{ label: 'Messages', value: '/api/intake/chat/messages' }] };
    });
  }
}
