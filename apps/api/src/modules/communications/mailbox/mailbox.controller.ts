import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { type ListMailboxQuery, listMailboxQuerySchema, type ReplyFromMailboxRequest, replyFromMailboxRequestSchema } from '@fullcircle/shared';
import { Allow } from '../../../common/auth/permission.decorator';
import { type IdParam, idParamSchema } from '../../../common/http/id-param.schema';
import { MailboxService } from './mailbox.service';

/** Settings → Mailbox: what the product sent while no email relay or SMS provider is configured. */
@ApiTags('communications')
@ApiCookieAuth()
@Controller('communications/mailbox')
export class MailboxController {
  constructor(private readonly mailbox: MailboxService) {}

  @Get()
  @Allow('admin', 'owner', 'member', 'executive')
  list(@Query({ schema: listMailboxQuerySchema }) query: ListMailboxQuery) {
    return this.mailbox.list(query);
  }

  @Get(':id')
  @Allow('admin', 'owner', 'member', 'executive')
  get(@Param({ schema: idParamSchema }) { id }: IdParam) {
    return this.mailbox.get(id);
  }

  /** The customer's answer, mailed to the inbound SMTP server: how a demo user plays the customer. */
  @Post(':id/reply')
  @HttpCode(202)
  @Allow('admin')
  reply(@Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: replyFromMailboxRequestSchema }) body: ReplyFromMailboxRequest) {
    return this.mailbox.reply(id, body);
  }
}
