import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CommunicationsModule } from '../communications/communications.module';
import { InitiativeComment } from './entities/initiative-comment.entity';
import { InitiativeFollow } from './entities/initiative-follow.entity';
import { InitiativeLink } from './entities/initiative-link.entity';
import { InitiativeNotice } from './entities/initiative-notice.entity';
import { InitiativeUpdate } from './entities/initiative-update.entity';
import { InitiativeVote } from './entities/initiative-vote.entity';
import { Initiative } from './entities/initiative.entity';
import { InitiativeFanOutService } from './initiative-fan-out.service';
import { InitiativeQueriesService } from './initiative-queries.service';
import { InitiativesController } from './initiatives.controller';
import { InitiativesService } from './initiatives.service';

/** Initiatives (the outer loop): staff CRUD, linking voices, updates and their fan-out. */
@Module({
  imports: [TypeOrmModule.forFeature([Initiative, InitiativeLink, InitiativeVote, InitiativeFollow, InitiativeComment, InitiativeUpdate, InitiativeNotice]), AuditModule, CommunicationsModule],
  controllers: [InitiativesController],
  providers: [InitiativesService, InitiativeQueriesService, InitiativeFanOutService],
  exports: [InitiativesService, InitiativeQueriesService, InitiativeFanOutService],
})
export class InitiativesModule {}
