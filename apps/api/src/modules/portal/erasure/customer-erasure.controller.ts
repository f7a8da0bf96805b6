import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ErasureReceiptDto, type ErasureRequest, type SessionUser, erasureRequestSchema } from '@fullcircle/shared';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Allow } from '../../../common/auth/permission.decorator';
import { type IdParam, idParamSchema } from '../../../common/http/id-param.schema';
import { ErasureService } from './erasure.service';

/** An erasure request handled by staff (by letter, by phone): admins only, audited with the receipt id. */
@ApiTags('customers')
@ApiCookieAuth()
@Controller('customers')
export class CustomerErasureController {
  constructor(private readonly erasure: ErasureService) {}

  @Post(':id/erasure')
  @HttpCode(200)
  @Allow('admin')
  @ApiOperation({ summary: 'Erase a customer: anonymise them, keep anonymous scores; answers the receipt' })
  erase(
    @CurrentUser() actor: SessionUser,
    @Param({ schema: idParamSchema }) { id }: IdParam,
    @Body({ schema: erasureRequestSchema }) _body: ErasureRequest,
  ): Promise<ErasureReceiptDto> {
    return this.erasure.erase(id, actor);
  }
}
