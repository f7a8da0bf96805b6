import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import {
  listCustomersQuerySchema,
  type UpdateCustomerRequest,
  updateCustomerRequestSchema,
  mergeCustomersRequestSchema,
  recordConsentRequestSchema,
  timelineQuerySchema,
  type MergeCustomersRequest,
  type RecordConsentRequest,
  type SessionUser,
} from '@fullcircle/shared';
import { z } from 'zod';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { ALL_STAFF, Allow } from '../../common/auth/permission.decorator';
import { type IdParam, idParamSchema } from '../../common/http/id-param.schema';
import { ConsentsService } from './consents.service';
import { CustomerAttributesService } from './customer-attributes.service';
import { CustomerDirectoryService, type ListCustomersOptions, type TimelineOptions } from './customer-directory.service';
import { CustomerMergesService } from './customer-merges.service';

const identityParamSchema = z.object({ id: z.uuid(), identityId: z.uuid() });
type IdentityParam = z.infer<typeof identityParamSchema>;

@ApiTags('customers')
@ApiCookieAuth()
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly directory: CustomerDirectoryService,
    private readonly merges: CustomerMergesService,
    private readonly consents: ConsentsService,
    private readonly attributes: CustomerAttributesService,
  ) {}

  // Every staff role may read customers for now: scoping them to the departments whose cases they
  // are in arrives with cases (a later issue).
  @Get()
  @Allow(...ALL_STAFF)
  list(@Query({ schema: listCustomersQuerySchema }) query: ListCustomersOptions) {
    return this.directory.list(query);
  }

  @Get(':id')
  @Allow(...ALL_STAFF)
  detail(@Param({ schema: idParamSchema }) { id }: IdParam) {
    return this.directory.detail(id);
  }

  @Patch(':id')
  @Allow('admin', 'owner')
  update(@CurrentUser() actor: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: updateCustomerRequestSchema }) body: UpdateCustomerRequest) {
    return this.attributes.update(actor, id, body);
  }

  @Get(':id/timeline')
  @Allow(...ALL_STAFF)
  timeline(@Param({ schema: idParamSchema }) { id }: IdParam, @Query({ schema: timelineQuerySchema }) query: TimelineOptions) {
    return this.directory.timeline(id, query);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @Allow('admin')
  merge(
    @CurrentUser() actor: SessionUser,
    @Param({ schema: idParamSchema }) { id }: IdParam,
    @Body({ schema: mergeCustomersRequestSchema }) body: MergeCustomersRequest,
  ) {
    return this.merges.merge(actor, id, body.sourceCustomerId);
  }

  @Post(':id/identities/:identityId/split')
  @Allow('admin')
  split(@CurrentUser() actor: SessionUser, @Param({ schema: identityParamSchema }) { id, identityId }: IdentityParam) {
    return this.merges.split(actor, id, identityId);
  }

  @Post(':id/consents')
  @Allow('admin')
  recordConsent(
    @CurrentUser() actor: SessionUser,
    @Param({ schema: idParamSchema }) { id }: IdParam,
    @Body({ schema: recordConsentRequestSchema }) body: RecordConsentRequest,
  ) {
    return this.consents.record(actor, id, body);
  }
}
