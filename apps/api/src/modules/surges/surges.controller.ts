import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import {
  listSurgesQuerySchema,
  resolveSurgeCasesRequestSchema,
  surgeDetailQuerySchema,
  surgeUpdateRequestSchema,
  type ListSurgesQuery,
  type ResolveSurgeCasesRequest,
  type ResolveSurgeCasesResult,
  type SessionUser,
  type SurgeDetailDto,
  type SurgeDetailQuery,
  type SurgeDto,
  type SurgeUpdateRequest,
} from '@fullcircle/shared';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Allow } from '../../common/auth/permission.decorator';
import { type IdParam, idParamSchema } from '../../common/http/id-param.schema';
import { SurgesService } from './surges.service';

/** Surges and their incidents: for the people who answer them (owners of the topic's departments, executives, admins). */
@ApiTags('surges')
@ApiCookieAuth()
@Controller('surges')
@Allow('admin', 'executive', 'owner')
export class SurgesController {
  constructor(private readonly surges: SurgesService) {}

  @Get()
  list(@CurrentUser() user: SessionUser, @Query({ schema: listSurgesQuerySchema }) query: ListSurgesQuery): Promise<SurgeDto[]> {
    return this.surges.list(user, query);
  }

  @Get(':id')
  detail(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Query({ schema: surgeDetailQuerySchema }) query: SurgeDetailQuery): Promise<SurgeDetailDto> {
    return this.surges.detail(user, id, query);
  }

  /** One click: an incident initiative with every item behind the surge linked (idempotent). */
  @Post(':id/incident')
  @HttpCode(200)
  openIncident(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam): Promise<SurgeDetailDto> {
    return this.surges.openIncident(user, id);
  }

  @Post(':id/dismiss')
  @HttpCode(200)
  dismiss(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam): Promise<SurgeDto> {
    return this.surges.dismiss(user, id);
  }

  /** A status message to every affected, consenting customer, once each. */
  @Post(':id/updates')
  @HttpCode(200)
  publishUpdate(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: surgeUpdateRequestSchema }) body: SurgeUpdateRequest): Promise<SurgeDetailDto> {
    return this.surges.publishUpdate(user, id, body.message);
  }

  @Post(':id/resolve-cases')
  @HttpCode(200)
  resolveCases(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: resolveSurgeCasesRequestSchema }) body: ResolveSurgeCasesRequest): Promise<ResolveSurgeCasesResult> {
    return this.surges.resolveCases(user, id, body.message);
  }
}
