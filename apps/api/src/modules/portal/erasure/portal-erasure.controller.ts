import { Body, Controller, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ErasureReceiptDto, type ErasureRequest, erasureRequestSchema } from '@fullcircle/shared';
import type { FastifyReply } from 'fastify';
import { Public } from '../../../common/auth/permission.decorator';
import { CurrentCustomer } from '../auth/current-customer.decorator';
import { clearCustomerSessionCookie } from '../auth/customer-session-cookie';
import { CustomerSessionGuard } from '../auth/customer-session.guard';
import { type CustomerPrincipal, CustomerSessionService } from '../auth/customer-session.service';
import { ErasureService } from './erasure.service';

@ApiTags('portal')
@Controller('portal')
export class PortalErasureController {
  constructor(
    private readonly erasure: ErasureService,
    private readonly sessions: CustomerSessionService,
  ) {}

  /** Erases the signed-in customer (body { confirm: 'ERASE' }) and signs them out: their sessions are deleted. */
  @Post('erasure')
  @HttpCode(200)
  @Public('customer portal: CustomerSessionGuard')
  @UseGuards(CustomerSessionGuard)
  @ApiOperation({ summary: 'Erase my data: anonymise me, keep anonymous scores; answers the receipt and signs me out' })
  async erase(
    @CurrentCustomer() customer: CustomerPrincipal,
    @Body({ schema: erasureRequestSchema }) _body: ErasureRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ErasureReceiptDto> {
    const receipt = await this.erasure.erase(customer.customerId, null);
    clearCustomerSessionCookie(reply, this.sessions.cookieSecure);
    return receipt;
  }
}
