import { Controller, Get, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../../common/auth/permission.decorator';
import { CurrentCustomer } from '../auth/current-customer.decorator';
import { CustomerSessionGuard } from '../auth/customer-session.guard';
import type { CustomerPrincipal } from '../auth/customer-session.service';
import { CustomerExportService } from './customer-export.service';
import { PortalExportRateLimitGuard } from './portal-export-rate-limit.guard';
import { sendZip } from './send-zip';

@ApiTags('portal')
@Controller('portal')
export class PortalExportController {
  constructor(private readonly exports: CustomerExportService) {}

  @Get('export')
  @Public('customer portal: CustomerSessionGuard')
  @UseGuards(CustomerSessionGuard, PortalExportRateLimitGuard)
  @ApiOperation({ summary: 'Everything held about the signed-in customer: a zip of data.json and one CSV per table (PORTAL_EXPORT_RATE_LIMIT an hour, then 429)' })
  async export(@CurrentCustomer() customer: CustomerPrincipal, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return sendZip(reply, await this.exports.zip(customer.customerId, { includeStaffInternal: false }));
  }
}
