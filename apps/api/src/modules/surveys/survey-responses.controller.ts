import { Body, Controller, Get, Param, Put, Req, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { answerSurveyRequestSchema, publicSurveySchema, surveyAnswerSchema, type AnswerSurveyRequest, type PublicSurvey, type SurveyAnswer } from '@fullcircle/shared';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Public } from '../../common/auth/permission.decorator';
import { JsonContentTypeGuard } from '../../common/http/json-content-type.guard';
import { noteIntakeDelivery } from '../intake/activity/intake-routes';
import { SurveyAnswerRateLimitGuard } from './survey-answer-rate-limit.guard';
import { SurveyResponsesService } from './survey-responses.service';

const tokenParamSchema = z.object({ token: z.string().min(1).max(200) });
type TokenParam = z.infer<typeof tokenParamSchema>;

/** Channel 6, survey responses: the customer's signed link is their only credential. */
@ApiTags('surveys')
@Controller('surveys/responses')
export class SurveyResponsesController {
  constructor(private readonly responses: SurveyResponsesService) {}

  @Get(':token')
  @Public('Customers open their survey link without an account; the signed token is the credential')
  @ApiOperation({ summary: 'The survey behind a link, with the current answer if there is one' })
  @ApiOkResponse({ standardSchema: publicSurveySchema })
  @ApiForbiddenResponse({ description: 'The link was altered (its signature does not match)' })
  @ApiGoneResponse({ description: 'The link has expired or its survey is closed' })
  @ApiNotFoundResponse({ description: 'The link is signed but its invitation does not exist' })
  show(@Param({ schema: tokenParamSchema }) { token }: TokenParam): Promise<PublicSurvey> {
    return this.responses.show(token);
  }

  @Put(':token')
  @Public('Customers answer through their survey link; the signed token is the credential')
  @UseGuards(SurveyAnswerRateLimitGuard, JsonContentTypeGuard)
  @ApiOperation({ summary: 'Answer (or change the answer to) a survey', description: 'A link makes at most one feedback item: answering again updates it.' })
  @ApiOkResponse({ standardSchema: surveyAnswerSchema })
  @ApiBadRequestResponse({ description: 'The score is outside the survey scale or a field is invalid; `issues` name each one' })
  @ApiForbiddenResponse({ description: 'The link was altered (its signature does not match)' })
  @ApiGoneResponse({ description: 'The link has expired or its survey is closed' })
  @ApiNotFoundResponse({ description: 'The link is signed but its invitation does not exist' })
  @ApiTooManyRequestsResponse({ description: 'Too many answers from this IP address in a minute' })
  async answer(
    @Req() request: FastifyRequest,
    @Param({ schema: tokenParamSchema }) { token }: TokenParam,
    @Body({ schema: answerSurveyRequestSchema }) body: AnswerSurveyRequest,
  ): Promise<SurveyAnswer> {
    const recorded = await this.responses.answer(token, body);
    noteIntakeDelivery(request, { source: `survey:${recorded.surveyId}` });
    return recorded.answer;
  }
}
