import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  apiKeySchema,
  createApiKeyRequestSchema,
  createdApiKeySchema,
  type ApiKey,
  type CreatedApiKey,
  type SessionUser,
} from '@fullcircle/shared';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Allow } from '../../../common/auth/permission.decorator';
import { type IdParam, idParamSchema } from '../../../common/http/id-param.schema';
import { ApiKeysService, type CreateApiKeyInput } from './api-keys.service';

/** Admins manage the keys outside systems use to send feedback (Settings → Channels). */
@ApiTags('intake')
@ApiCookieAuth()
@Controller('intake/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Get()
  @Allow('admin')
  @ApiOkResponse({ standardSchema: apiKeySchema.array() })
  list(): Promise<ApiKey[]> {
    return this.apiKeys.list();
  }

  @Post()
  @Allow('admin')
  @ApiCreatedResponse({ description: 'The secret is in this answer only', standardSchema: createdApiKeySchema })
  create(@CurrentUser() actor: SessionUser, @Body({ schema: createApiKeyRequestSchema }) body: CreateApiKeyInput): Promise<CreatedApiKey> {
    return this.apiKeys.create(actor, body);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Allow('admin')
  @ApiOkResponse({ standardSchema: apiKeySchema })
  revoke(@CurrentUser() actor: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam): Promise<ApiKey> {
    return this.apiKeys.revoke(actor, id);
  }
}
