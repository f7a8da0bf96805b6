import { Injectable } from '@nestjs/common';
import type { Channel } from '@fullcircle/shared';
import type { EntityManager } from 'typeorm';
import { Conversation } from '../entities/conversation.entity';
import { newConversationReference } from './conversation-reference';
import type { ThreadHint } from './thread-hint';

export interface ThreadedConversation {
  id: string;
  reference: string;
  /** True when this item started it. */
  created: boolean;
}

/** Decides which conversation an accepted item belongs to, inside intake's transaction. */
@Injectable()
export class ConversationsService {
  async thread(manager: EntityManager, customerId: string, channel: Channel, hint: ThreadHint | undefined, at: Date): Promise<ThreadedConversation> {
    const existing = hint ? await this.findExisting(manager, customerId, channel, hint, at) : null;
    if (existing) {
      await manager.query(
        `UPDATE conversation SET message_count = message_count + 1, last_message_at = greatest(last_message_at, $2) WHERE id = $1`,
        [existing.id, at],
      );
      return { ...existing, created: false };
    }
    const accessTokenHash = hint && 'newWithAccessTokenHash' in hint ? hint.newWithAccessTokenHash : null;
    const created = manager.create(Conversation, {
      customerId,
      channel,
      reference: newConversationReference(),
      accessTokenHash,
      startedAt: at,
      lastMessageAt: at,
      messageCount: 1,
    });
    await manager.insert(Conversation, created);
    return { id: created.id, reference: created.reference, created: true };
  }

  /** Takes back `thread` when the item it was for turned out to be a duplicate. */
  async undoThread(manager: EntityManager, conversation: ThreadedConversation): Promise<void> {
    if (conversation.created) await manager.delete(Conversation, { id: conversation.id });
    else await manager.query(`UPDATE conversation SET message_count = message_count - 1 WHERE id = $1`, [conversation.id]);
  }

  /** The conversation a chat widget's token opens, if any. */
  async findByAccessTokenHash(manager: EntityManager, accessTokenHash: string): Promise<{ id: string; customerId: string; reference: string } | null> {
    return manager.findOne(Conversation, { where: { accessTokenHash }, select: { id: true, customerId: true, reference: true } });
  }

  /** A merge: the source customer's conversations move with their feedback. */
  async reassignCustomer(manager: EntityManager, fromCustomerId: string, toCustomerId: string): Promise<number> {
    const result = await manager.update(Conversation, { customerId: fromCustomerId }, { customerId: toCustomerId });
    return result.affected ?? 0;
  }

  private async findExisting(
    manager: EntityManager,
    customerId: string,
    channel: Channel,
    hint: ThreadHint,
    at: Date,
  ): Promise<Omit<ThreadedConversation, 'created'> | null> {
    let rows: Omit<ThreadedConversation, 'created'>[] = [];
    if ('replyTo' in hint && hint.replyTo.length) {
      rows = await manager.query(
        `SELECT c.id, c.reference FROM feedback f JOIN conversation c ON c.id = f.conversation_id
         WHERE f.customer_id = $1 AND f.external_message_id = ANY($2) ORDER BY f.received_at DESC LIMIT 1`,
        [customerId, hint.replyTo],
      );
    } else if ('reference' in hint) {
      rows = await manager.query(`SELECT id, reference FROM conversation WHERE customer_id = $1 AND reference = $2`, [customerId, hint.reference.toUpperCase()]);
    } else if ('conversationId' in hint) {
      rows = await manager.query(`SELECT id, reference FROM conversation WHERE customer_id = $1 AND id = $2`, [customerId, hint.conversationId]);
    } else if ('openWithinHours' in hint) {
      rows = await manager.query(
        `SELECT id, reference FROM conversation
         WHERE customer_id = $1 AND channel = $2 AND last_message_at >= $3::timestamptz - make_interval(hours => $4)
         ORDER BY last_message_at DESC LIMIT 1`,
        [customerId, channel, at, hint.openWithinHours],
      );
    }
    return rows[0] ?? null;
  }
}
