import { Body, Controller, Get, Headers, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type ChatConversation, type ChatMessage, chatConversationSchema, chatMessageRequestSchema, chatMessageSchema } from '@fullcircle/shared';
import type { FastifyRequest } from 'fastify';
import { hashSecretToken } from '../../../common/auth/secret-token';
import { Public } from '../../../common/auth/permission.decorator';
import { JsonContentTypeGuard } from '../../../common/http/json-content-type.guard';
import { Idempotent } from '../../../common/idempotency/idempotent.decorator';
import { ChatService } from './chat.service';
import { FormRateLimitGuard } from './form-rate-limit.guard';

/** Channel 5: follow-ups in the widget's conversation, authenticated by the conversation's token. */
@ApiTags('intake')
@Controller('intake/chat/messages')
export class ChatController {
  constructor(private readonly chat: ChatService) {}

  @Get()
  @Public('the customer holds the conversation token (Authorization: Bearer), not a session')
  @UseGuards(FormRateLimitGuard)
  @ApiOkResponse({ standardSchema: chatConversationSchema })
  @ApiUnauthorizedResponse({ description: 'No token' })
  @ApiForbiddenResponse({ description: 'The token opens no open conversation, or the origin is not allowed' })
  list(@Req() request: FastifyRequest): Promise<ChatConversation> {
    return this.chat.list(request);
  }

  @Post()
  @HttpCode(202)
  @Public('the customer holds the conversation token (Authorization: Bearer), not a session')
  @UseGuards(FormRateLimitGuard, JsonContentTypeGuard)
  // Keys are per conversation token (hashed: the idempotency table never holds the secret).
  @Idempotent({ scopeOf: (request) => `chat:${hashSecretToken(String(request.headers.authorization ?? ''))}` })
  @ApiAcceptedResponse({ standardSchema: chatMessageSchema })
  @ApiUnauthorizedResponse({ description: 'No token' })
  @ApiForbiddenResponse({ description: 'The token opens no open conversation, or the origin is not allowed' })
  post(
    @Req() request: FastifyRequest,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Body({ schema: chatMessageRequestSchema }) body: { text: string },
  ): Promise<ChatMessage> {
    return this.chat.post(request, body.text, idempotencyKey);
  }
}
