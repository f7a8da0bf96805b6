import { Controller, Get, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { SessionUser } from '@fullcircle/shared';
import type { FastifyReply } from 'fastify';
import { ALL_STAFF, Allow } from '../../common/auth/permission.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { CaseStreamService } from './case-stream.service';

@ApiTags('cases')
@ApiCookieAuth()
@Controller('cases/stream')
export class CaseStreamController {
  constructor(private readonly streams: CaseStreamService) {}

  /** Server-Sent Events: one `data:` line of CaseChangeEvent JSON per change the reader may see. */
  @Get()
  @Allow(...ALL_STAFF)
  stream(@CurrentUser() user: SessionUser, @Res() reply: FastifyReply) {
    return this.streams.stream(user, reply);
  }
}
