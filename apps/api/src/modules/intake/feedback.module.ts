import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConversationsService } from './conversations/conversations.service';
import { Conversation } from './entities/conversation.entity';
import { Feedback } from './entities/feedback.entity';
import { FeedbackService } from './feedback.service';

/**
 * Intake's feedback store, apart from IntakeModule because customers (timeline, merge) and
 * enrichment need it while intake itself needs customers: one module each way would be a cycle.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Feedback, Conversation])],
  providers: [FeedbackService, ConversationsService],
  exports: [FeedbackService, ConversationsService],
})
export class FeedbackModule {}
