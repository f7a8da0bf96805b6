import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../../audit/audit.module';
import { AuthModule } from '../../auth/auth.module';
import { PortalAuthModule } from '../../portal/auth/portal-auth.module';
import { InitiativeComment } from '../entities/initiative-comment.entity';
import { BoardModerationController } from './board-moderation.controller';
import { BoardModerationService } from './board-moderation.service';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';

/**
 * The public board, part of initiatives: public reads, customers' votes, follows and comments
 * (customer sessions from PortalAuthModule), and staff moderation of the comments.
 */
@Module({
  imports: [TypeOrmModule.forFeature([InitiativeComment]), AuditModule, AuthModule, PortalAuthModule],
  controllers: [BoardController, BoardModerationController],
  providers: [BoardService, BoardModerationService],
})
export class BoardModule {}
