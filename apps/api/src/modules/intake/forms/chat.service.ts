import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChatConversation, ChatMessage } from '@fullcircle/shared';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { hashSecretToken } from '../../../common/auth/secret-token';
import { noteIntakeDelivery } from '../activity/intake-routes';
import { ConversationsService } from '../conversations/conversations.service';
import { IntakeService } from '../intake.service';
import { FeedbackForm } from './feedback-form.entity';
import { formSource } from './form.mapper';
import { assertOriginAllowed } from './widget-origin';

interface ChatThread {
  conversationId: string;
  customerId: string;
  reference: string;
  form: FeedbackForm;
}

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,100})$/;

/**
 * The widget's conversation mode: the browser that answered a chat-enabled form holds the
 * conversation's token and posts follow-ups with it; they land on the same conversation.
 */
@Injectable()
export class ChatService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly conversations: ConversationsService,
    private readonly intake: IntakeService,
  ) {}

  async post(request: FastifyRequest, text: string, idempotencyKey: string | undefined): Promise<ChatMessage> {
    return this.postTo(await this.open(request), text, idempotencyKey);
  }

  /** A follow-up from whoever holds the token, without an HTTP request (the demo seed). */
  async postWithToken(token: string, text: string): Promise<ChatMessage> {
    return this.postTo(await this.threadOf(token), text, undefined);
  }

  private async postTo(thread: ChatThread, text: string, idempotencyKey: string | undefined): Promise<ChatMessage> {
    const accepted = await this.intake.accept(
      { text },
      {
        channel: 'chat',
        source: formSource(thread.form.id),
        customerId: thread.customerId,
        thread: { conversationId: thread.conversationId },
        idempotencyKey,
      },
    );
    return { id: accepted.id, author: 'customer', text, sentAt: accepted.receivedAt };
  }

  /** The customer's messages, oldest first; staff replies join this list when replies exist (issue 5). */
  async list(request: FastifyRequest): Promise<ChatConversation> {
    const thread = await this.open(request);
    const rows: { id: string; text: string; received_at: Date }[] = await this.dataSource.query(
      `SELECT id, text, received_at FROM feedback WHERE conversation_id = $1 AND text <> '' ORDER BY received_at, id`,
      [thread.conversationId],
    );
    return {
      reference: thread.reference,
      messages: rows.map((r) => ({ id: r.id, author: 'customer', text: r.text, sentAt: r.received_at.toISOString() })),
    };
  }

  /** The token's conversation and form: 401 without a token, 403 for one that opens nothing. */
  private async open(request: FastifyRequest): Promise<ChatThread> {
    const header = request.headers.authorization;
    if (!header) throw new UnauthorizedException('Send the conversation token as Authorization: Bearer <token>');
    const token = BEARER.exec(header)?.[1];
    if (!token) throw new UnauthorizedException('The Authorization header must be Bearer <conversation token>');
    const thread = await this.threadOf(token);
    noteIntakeDelivery(request, { source: formSource(thread.form.id) });
    assertOriginAllowed(request, thread.form.allowedOrigins);
    return thread;
  }

  private async threadOf(token: string): Promise<ChatThread> {
    const conversation = await this.conversations.findByAccessTokenHash(this.dataSource.manager, hashSecretToken(token));
    if (!conversation) throw new ForbiddenException('This conversation token is not valid');
    const [first]: { source: string }[] = await this.dataSource.query(
      `SELECT source FROM feedback WHERE conversation_id = $1 ORDER BY received_at, id LIMIT 1`,
      [conversation.id],
    );
    const formId = first?.source.startsWith('form:') ? first.source.slice('form:'.length) : null;
    const form = formId ? await this.dataSource.manager.findOne(FeedbackForm, { where: { id: formId } }) : null;
    if (!form || !form.active || !form.conversationEnabled) throw new ForbiddenException('This conversation is closed');
    return { conversationId: conversation.id, customerId: conversation.customerId, reference: conversation.reference, form };
  }
}
