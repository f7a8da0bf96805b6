import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { type AddNoteRequest, addNoteRequestSchema, type MentionableQuery, mentionableQuerySchema, type SessionUser } from '@fullcircle/shared';
import { ALL_STAFF, Allow } from '../../common/auth/permission.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { type IdParam, idParamSchema } from '../../common/http/id-param.schema';
import { CaseNotesService } from './case-notes.service';

@ApiTags('cases')
@ApiCookieAuth()
@Controller('cases/:id')
export class CaseNotesController {
  constructor(private readonly notes: CaseNotesService) {}

  /** Executives read; everyone else who sees the case may note on it. */
  @Post('notes')
  @Allow('admin', 'owner', 'member')
  add(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: addNoteRequestSchema }) body: AddNoteRequest) {
    return this.notes.add(user, id, body);
  }

  @Get('mentionable')
  @Allow(...ALL_STAFF)
  mentionable(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Query({ schema: mentionableQuerySchema }) query: MentionableQuery) {
    return this.notes.mentionable(user, id, query);
  }
}
