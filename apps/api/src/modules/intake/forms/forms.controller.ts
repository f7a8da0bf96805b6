import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type FeedbackForm, type FormInputParsed, type SessionUser, formInputSchema, formSchema } from '@fullcircle/shared';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Allow } from '../../../common/auth/permission.decorator';
import { type IdParam, idParamSchema } from '../../../common/http/id-param.schema';
import { FormsService } from './forms.service';

/** Settings → Channels → Forms & widget: admins build forms; department owners may look. */
@ApiTags('intake')
@ApiCookieAuth()
@Controller('intake/forms')
export class FormsController {
  constructor(private readonly forms: FormsService) {}

  @Get()
  @Allow('admin', 'owner')
  @ApiOkResponse({ standardSchema: formSchema.array() })
  list(): Promise<FeedbackForm[]> {
    return this.forms.list();
  }

  @Get(':id')
  @Allow('admin', 'owner')
  @ApiOkResponse({ standardSchema: formSchema })
  get(@Param({ schema: idParamSchema }) { id }: IdParam): Promise<FeedbackForm> {
    return this.forms.get(id);
  }

  @Post()
  @Allow('admin')
  @ApiCreatedResponse({ standardSchema: formSchema })
  create(@CurrentUser() actor: SessionUser, @Body({ schema: formInputSchema }) body: FormInputParsed): Promise<FeedbackForm> {
    return this.forms.create(actor, body);
  }

  @Put(':id')
  @Allow('admin')
  @ApiOkResponse({ standardSchema: formSchema })
  update(
    @CurrentUser() actor: SessionUser,
    @Param({ schema: idParamSchema }) { id }: IdParam,
    @Body({ schema: formInputSchema }) body: FormInputParsed,
  ): Promise<FeedbackForm> {
    return this.forms.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow('admin')
  @ApiNoContentResponse({ description: 'Deleted; answers already received stay' })
  remove(@CurrentUser() actor: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam): Promise<void> {
    return this.forms.remove(actor, id);
  }
}
