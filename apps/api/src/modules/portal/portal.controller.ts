import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import {
  CUSTOMER_SESSION_COOKIE,
  addPortalIdentityRequestSchema,
  portalCaseCommentRequestSchema,
  portalCaseParamsSchema,
  portalConsentParamsSchema,
  setPortalConsentRequestSchema,
  updatePortalProfileRequestSchema,
  verifyPortalIdentityRequestSchema,
  type AcceptedFeedback,
  type AddPortalIdentityRequest,
  type ConsentPurpose,
  type PortalCaseCommentRequest,
  type PortalIdentityCodeSent,
  type PortalMe,
  type SetPortalConsentRequest,
  type UpdatePortalProfileRequest,
  type VerifyPortalIdentityRequest,
} from '@fullcircle/shared';
import { Public } from '../../common/auth/permission.decorator';
import { CurrentCustomer } from './auth/current-customer.decorator';
import { CustomerSessionGuard } from './auth/customer-session.guard';
import type { CustomerPrincipal } from './auth/customer-session.service';
import { PortalMeService } from './portal-me.service';
import { PortalSelfServiceService } from './portal-self-service.service';

/** The signed-in customer's own data. Every route acts on the session's customer only. */
@ApiTags('portal')
@ApiCookieAuth(CUSTOMER_SESSION_COOKIE)
@Controller('portal')
@Public('customer portal: CustomerSessionGuard')
@UseGuards(CustomerSessionGuard)
export class PortalController {
  constructor(
    private readonly reader: PortalMeService,
    private readonly selfService: PortalSelfServiceService,
  ) {}

  @Get('me')
  me(@CurrentCustomer() customer: CustomerPrincipal): Promise<PortalMe> {
    return this.reader.me(customer.customerId);
  }

  @Patch('me')
  async updateMe(
    @CurrentCustomer() customer: CustomerPrincipal,
    @Body({ schema: updatePortalProfileRequestSchema }) body: UpdatePortalProfileRequest,
  ): Promise<PortalMe> {
    await this.selfService.updateProfile(customer.customerId, body);
    return this.reader.me(customer.customerId);
  }

  @Post('identities')
  @HttpCode(202)
  addIdentity(
    @CurrentCustomer() customer: CustomerPrincipal,
    @Body({ schema: addPortalIdentityRequestSchema }) body: AddPortalIdentityRequest,
  ): Promise<PortalIdentityCodeSent> {
    return this.selfService.addIdentity(customer.customerId, body);
  }

  @Post('identities/verify')
  @HttpCode(204)
  verifyIdentity(
    @CurrentCustomer() customer: CustomerPrincipal,
    @Body({ schema: verifyPortalIdentityRequestSchema }) body: VerifyPortalIdentityRequest,
  ): Promise<void> {
    return this.selfService.verifyIdentity(customer.customerId, body.code);
  }

  @Put('consents/:purpose')
  @HttpCode(204)
  setConsent(
    @CurrentCustomer() customer: CustomerPrincipal,
    @Param({ schema: portalConsentParamsSchema }) params: { purpose: ConsentPurpose },
    @Body({ schema: setPortalConsentRequestSchema }) body: SetPortalConsentRequest,
  ): Promise<void> {
    return this.selfService.setConsent(customer.customerId, params.purpose, body.granted);
  }

  @Post('cases/:caseId/comments')
  @HttpCode(201)
  comment(
    @CurrentCustomer() customer: CustomerPrincipal,
    @Param({ schema: portalCaseParamsSchema }) params: { caseId: string },
    @Body({ schema: portalCaseCommentRequestSchema }) body: PortalCaseCommentRequest,
  ): Promise<AcceptedFeedback> {
    return this.selfService.commentOnCase(customer.customerId, params.caseId, body.text);
  }
}
