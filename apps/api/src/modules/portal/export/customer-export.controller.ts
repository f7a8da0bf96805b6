import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SessionUser } from '@fullcircle/shared';
import type { FastifyReply } from 'fastify';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Allow } from '../../../common/auth/permission.decorator';
import { type IdParam, idParamSchema } from '../../../common/http/id-param.schema';
import { CustomerExportService } from './customer-export.service';
import { sendZip } from './send-zip';

/** A subject access request handled by staff: admins only (it holds everything, staff-internal records included). */
@ApiTags('customers')
@ApiCookieAuth()
@Controller('customers')
export class CustomerExportController {
  constructor(private readonly exports: CustomerExportService) {}

  @Get(':id/export')
  @Allow('admin')
  @ApiOperation({ summary: "A customer's data for a subject access request: zip of data.json and one CSV per table" })
  async export(
    @CurrentUser() actor: SessionUser,
    @Param({ schema: idParamSchema }) { id }: IdParam,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendZip(reply, await this.exports.staffZip(actor, id));
  }
}
