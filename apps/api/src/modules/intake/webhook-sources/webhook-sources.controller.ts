import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  createWebhookSourceRequestSchema,
  testWebhookMappingRequestSchema,
  testWebhookMappingResultSchema,
  updateWebhookSourceRequestSchema,
  webhookSourceSchema,
  webhookSourceWithSecretSchema,
  type SessionUser,
  type TestWebhookMappingResult,
  type WebhookSource,
  type WebhookSourceWithSecret,
} from '@fullcircle/shared';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Allow } from '../../../common/auth/permission.decorator';
import { type IdParam, idParamSchema } from '../../../common/http/id-param.schema';
import {
  type CreateWebhookSourceInput,
  type TestWebhookMappingInput,
  type UpdateWebhookSourceInput,
  WebhookSourcesService,
} from './webhook-sources.service';

/** Admins set up social and review sources (Settings → Channels → Social & reviews). */
@ApiTags('intake')
@ApiCookieAuth()
@Controller('intake/webhook-sources')
export class WebhookSourcesController {
  constructor(private readonly sources: WebhookSourcesService) {}

  @Get()
  @Allow('admin')
  @ApiOkResponse({ standardSchema: webhookSourceSchema.array() })
  list(): Promise<WebhookSource[]> {
    return this.sources.list();
  }

  @Post()
  @Allow('admin')
  @ApiCreatedResponse({ description: 'The signing secret is in this answer only', standardSchema: webhookSourceWithSecretSchema })
  create(@CurrentUser() actor: SessionUser, @Body({ schema: createWebhookSourceRequestSchema }) body: CreateWebhookSourceInput): Promise<WebhookSourceWithSecret> {
    return this.sources.create(actor, body);
  }

  @Post('test-mapping')
  @HttpCode(200)
  @Allow('admin')
  @ApiOkResponse({ description: 'The feedback the mapping makes of the sample, or the problems by payload path', standardSchema: testWebhookMappingResultSchema })
  testMapping(@Body({ schema: testWebhookMappingRequestSchema }) body: TestWebhookMappingInput): TestWebhookMappingResult {
    return this.sources.testMapping(body);
  }

  @Get(':id')
  @Allow('admin')
  @ApiOkResponse({ standardSchema: webhookSourceSchema })
  get(@Param({ schema: idParamSchema }) { id }: IdParam): Promise<WebhookSource> {
    return this.sources.get(id);
  }

  @Patch(':id')
  @Allow('admin')
  @ApiOkResponse({ description: 'Rename, remap, deactivate (active: false) or reactivate', standardSchema: webhookSourceSchema })
  update(
    @CurrentUser() actor: SessionUser,
    @Param({ schema: idParamSchema }) { id }: IdParam,
    @Body({ schema: updateWebhookSourceRequestSchema }) body: UpdateWebhookSourceInput,
  ): Promise<WebhookSource> {
    return this.sources.update(actor, id, body);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @Allow('admin')
  @ApiOkResponse({ description: 'The new secret is in this answer only; the old one stops working at once', standardSchema: webhookSourceWithSecretSchema })
  rotateSecret(@CurrentUser() actor: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam): Promise<WebhookSourceWithSecret> {
    return this.sources.rotateSecret(actor, id);
  }
}
