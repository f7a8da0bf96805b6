import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  createInvitationRequestSchema,
  createInvitationsRequestSchema,
  createSurveyRequestSchema,
  surveyInvitationSchema,
  surveySchema,
  updateSurveyRequestSchema,
  type CreateInvitationRequest,
  type CreateInvitationsRequest,
  type CreateSurveyRequest,
  type SessionUser,
  type Survey,
  type SurveyInvitation,
  type UpdateSurveyRequest,
} from '@fullcircle/shared';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Allow } from '../../common/auth/permission.decorator';
import { type IdParam, idParamSchema } from '../../common/http/id-param.schema';
import { SurveysService } from './surveys.service';

/** Staff: define surveys (admins), read their results, and generate answer links for customers. */
@ApiTags('surveys')
@ApiCookieAuth()
@Controller('surveys')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Get()
  @Allow('admin', 'executive')
  @ApiOkResponse({ standardSchema: surveySchema.array() })
  list(): Promise<Survey[]> {
    return this.surveys.list();
  }

  @Post()
  @Allow('admin')
  @ApiCreatedResponse({ standardSchema: surveySchema })
  create(@CurrentUser() actor: SessionUser, @Body({ schema: createSurveyRequestSchema }) body: CreateSurveyRequest): Promise<Survey> {
    return this.surveys.create(actor, body);
  }

  @Get(':id')
  @Allow('admin', 'executive')
  @ApiOkResponse({ standardSchema: surveySchema })
  get(@Param({ schema: idParamSchema }) { id }: IdParam): Promise<Survey> {
    return this.surveys.get(id);
  }

  @Patch(':id')
  @Allow('admin')
  @ApiOkResponse({ description: 'Closing a survey makes its links answer 410', standardSchema: surveySchema })
  update(
    @CurrentUser() actor: SessionUser,
    @Param({ schema: idParamSchema }) { id }: IdParam,
    @Body({ schema: updateSurveyRequestSchema }) body: UpdateSurveyRequest,
  ): Promise<Survey> {
    return this.surveys.setActive(actor, id, body.active);
  }

  @Post(':id/invitations')
  // Owners follow up with the customers of their department's cases.
  @Allow('admin', 'owner')
  @ApiCreatedResponse({ description: 'The answer link for one customer', standardSchema: surveyInvitationSchema })
  invite(
    @CurrentUser() actor: SessionUser,
    @Param({ schema: idParamSchema }) { id }: IdParam,
    @Body({ schema: createInvitationRequestSchema }) body: CreateInvitationRequest,
  ): Promise<SurveyInvitation> {
    const recipient = body.customerId ? { customerId: body.customerId } : { customer: body.customer! };
    return this.surveys.inviteOne(actor, id, recipient, body.expiresInDays);
  }

  @Post(':id/invitations/bulk')
  @Allow('admin')
  @ApiCreatedResponse({ description: 'One link per recipient, in the order given; all or none', standardSchema: surveyInvitationSchema.array() })
  inviteMany(
    @CurrentUser() actor: SessionUser,
    @Param({ schema: idParamSchema }) { id }: IdParam,
    @Body({ schema: createInvitationsRequestSchema }) body: CreateInvitationsRequest,
  ): Promise<SurveyInvitation[]> {
    return this.surveys.inviteMany(actor, id, body);
  }
}
