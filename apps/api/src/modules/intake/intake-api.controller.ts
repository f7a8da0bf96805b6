import { Body, Controller, Headers, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { acceptedFeedbackSchema, type AcceptedFeedback, type SubmitFeedbackRequest, submitFeedbackRequestSchema } from '@fullcircle/shared';
import { Public } from '../../common/auth/permission.decorator';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { JsonContentTypeGuard } from '../../common/http/json-content-type.guard';
import { CurrentApiKeyId, apiKeyIdOf } from '../auth/api-keys/api-key-request';
import { RequireApiKeyScope } from '../auth/api-keys/require-api-key-scope.decorator';
import { IntakeService } from './intake.service';

/** Channel 1, the public API: outside systems send feedback with an API key. */
@ApiTags('intake')
@Controller('intake')
export class IntakeApiController {
  constructor(private readonly intake: IntakeService) {}

  @Post('feedback')
  @HttpCode(202)
  @Public('API clients authenticate with an API key')
  // Below @RequireApiKeyScope on purpose: decorators apply bottom-up, so the key is checked first.
  @UseGuards(JsonContentTypeGuard)
  @RequireApiKeyScope('intake:write')
  @Idempotent({ required: true, scopeOf: apiKeyIdOf })
  @ApiOperation({ summary: 'Submit one feedback item', description: 'Needs an API key with the intake:write scope and an Idempotency-Key.' })
  @ApiAcceptedResponse({ description: 'Stored; enrichment and routing follow', standardSchema: acceptedFeedbackSchema })
  @ApiBadRequestResponse({ description: 'A field or the Idempotency-Key header is missing or invalid; `issues` name each one' })
  @ApiPayloadTooLargeResponse({ description: 'The body is over the size limit (BODY_LIMIT_BYTES)' })
  @ApiUnsupportedMediaTypeResponse({ description: 'The body is not sent as application/json' })
  submit(
    @CurrentApiKeyId() apiKeyId: string,
    @Headers('idempotency-key') idempotencyKey: string,
    @Body({ schema: submitFeedbackRequestSchema }) body: SubmitFeedbackRequest,
  ): Promise<AcceptedFeedback> {
    return this.intake.accept(body, { channel: 'api', source: `api-key:${apiKeyId}`, idempotencyKey });
  }
}
