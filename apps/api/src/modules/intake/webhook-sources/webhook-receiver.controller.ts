import { Controller, Headers, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { acceptedFeedbackSchema } from '@fullcircle/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../../common/auth/permission.decorator';
import { JsonContentTypeGuard } from '../../../common/http/json-content-type.guard';
import { rawBodyOf } from './webhook-raw-body';
import { WebhookReceiverService } from './webhook-receiver.service';

/** Channel 7, social and review sources: each source posts its events to its own URL. */
@ApiTags('intake')
@Controller('intake/webhooks')
export class WebhookReceiverController {
  constructor(private readonly receiver: WebhookReceiverService) {}

  @Post(':sourceId')
  @Public('Social and review platforms call it; every delivery must carry a valid Fullcircle-Signature for its source')
  @UseGuards(JsonContentTypeGuard)
  @ApiOperation({
    summary: 'Receive one social post or review',
    description:
      'JSON, signed with `Fullcircle-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the source secret>`. ' +
      'The timestamp must be within 300 seconds, and each signature delivers once: sign retries afresh. ' +
      'The source mapping turns the payload into feedback; a message id delivered before answers 200 with the first item.',
  })
  @ApiAcceptedResponse({ description: 'Stored; enrichment and routing follow', standardSchema: acceptedFeedbackSchema })
  @ApiOkResponse({ description: 'This message id was delivered before: the first item, nothing new stored', standardSchema: acceptedFeedbackSchema })
  @ApiForbiddenResponse({ description: 'Fullcircle-Signature is missing, malformed, does not match, or its timestamp is outside the tolerance' })
  @ApiConflictResponse({ description: 'This exact signature already delivered an item (a replay)' })
  @ApiNotFoundResponse({ description: 'No active source has this id' })
  @ApiUnprocessableEntityResponse({ description: 'The payload lacks a mapped field; `issues` name the payload path' })
  @ApiUnsupportedMediaTypeResponse({ description: 'The body is not sent as application/json' })
  async receive(
    @Param('sourceId') sourceId: string,
    @Headers('fullcircle-signature') signature: string | undefined,
    @Req() request: FastifyRequest,
    // Not passthrough: Nest would overwrite the status, which is 202 or 200 depending on the item.
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { status, accepted } = await this.receiver.receive(sourceId, rawBodyOf(request), signature);
    await reply.status(status).send(accepted);
  }
}
