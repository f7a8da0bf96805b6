import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import {
  type CreateInitiativeRequest,
  createInitiativeRequestSchema,
  type IncidentUpdateRequest,
  incidentUpdateRequestSchema,
  type InitiativeDetailParams,
  initiativeDetailQuerySchema,
  type InitiativeLinkParam,
  initiativeLinkParamSchema,
  type LinkFromSearchRequest,
  linkFromSearchRequestSchema,
  type LinkInitiativeRequest,
  linkInitiativeRequestSchema,
  type ListInitiativesParams,
  listInitiativesQuerySchema,
  type SessionUser,
  type UpdateInitiativeRequest,
  updateInitiativeRequestSchema,
} from '@fullcircle/shared';
import { ALL_STAFF, Allow } from '../../common/auth/permission.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { type IdParam, idParamSchema } from '../../common/http/id-param.schema';
import { InitiativeQueriesService } from './initiative-queries.service';
import { InitiativesService } from './initiatives.service';

/** Who runs initiatives: create, edit, ship, decline, tell. Executives read; members also link items from their cases. */
const MANAGERS = ['admin', 'owner'] as const;
const LINKERS = ['admin', 'owner', 'member'] as const;

@ApiTags('initiatives')
@ApiCookieAuth()
@Controller('initiatives')
export class InitiativesController {
  constructor(
    private readonly initiatives: InitiativesService,
    private readonly queries: InitiativeQueriesService,
  ) {}

  @Get()
  @Allow(...ALL_STAFF)
  list(@Query({ schema: listInitiativesQuerySchema }) query: ListInitiativesParams) {
    return this.queries.list(query);
  }

  @Post()
  @Allow(...MANAGERS)
  create(@CurrentUser() user: SessionUser, @Body({ schema: createInitiativeRequestSchema }) body: CreateInitiativeRequest) {
    return this.initiatives.createFor(user, body as Parameters<InitiativesService['create']>[0]);
  }

  /** Declared before `:id` (whose uuid check would otherwise reject "owners"). */
  @Get('owners')
  @Allow(...ALL_STAFF)
  owners() {
    return this.queries.owners();
  }

  @Get(':id')
  @Allow(...ALL_STAFF)
  detail(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Query({ schema: initiativeDetailQuerySchema }) query: InitiativeDetailParams) {
    return this.queries.detail(user, id, query);
  }

  @Patch(':id')
  @Allow(...MANAGERS)
  update(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: updateInitiativeRequestSchema }) body: UpdateInitiativeRequest) {
    return this.initiatives.update(user, id, body);
  }

  @Post(':id/links')
  @HttpCode(200)
  @Allow(...LINKERS)
  link(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: linkInitiativeRequestSchema }) body: LinkInitiativeRequest) {
    return this.initiatives.linkFor(user, id, body);
  }

  @Post(':id/links/search')
  @HttpCode(200)
  @Allow(...LINKERS)
  linkFromSearch(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: linkFromSearchRequestSchema }) body: LinkFromSearchRequest) {
    return this.initiatives.linkFromSearch(user, id, body);
  }

  @Delete(':id/links/:feedbackId')
  @Allow(...LINKERS)
  unlink(@CurrentUser() user: SessionUser, @Param({ schema: initiativeLinkParamSchema }) { id, feedbackId }: InitiativeLinkParam) {
    return this.initiatives.unlink(user, id, feedbackId);
  }

  @Post(':id/updates')
  @HttpCode(200)
  @Allow(...MANAGERS)
  publish(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: incidentUpdateRequestSchema }) body: IncidentUpdateRequest) {
    return this.initiatives.publishIncidentUpdate(user, id, body.message);
  }
}
