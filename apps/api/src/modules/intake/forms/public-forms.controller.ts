import { Body, Controller, Get, Headers, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import {
  type FormSubmission,
  type FormSubmissionAccepted,
  type PublicForm,
  formSubmissionAcceptedSchema,
  formSubmissionSchema,
  publicFormSchema,
} from '@fullcircle/shared';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Public } from '../../../common/auth/permission.decorator';
import { JsonContentTypeGuard } from '../../../common/http/json-content-type.guard';
import { Idempotent } from '../../../common/idempotency/idempotent.decorator';
import { FormRateLimitGuard } from './form-rate-limit.guard';
import { FormSubmissionsService } from './form-submissions.service';

const slugParamSchema = z.object({ slug: z.string().min(1).max(80) });

/** Channel 2: the hosted page (`/f/<slug>`) and the widget post here, without cookies. */
@ApiTags('intake')
@Controller('intake/forms/:slug')
export class PublicFormsController {
  constructor(private readonly submissions: FormSubmissionsService) {}

  @Get('public')
  @Public('the hosted page and widgets on customer sites render any active form')
  @ApiOkResponse({ standardSchema: publicFormSchema })
  definition(@Param({ schema: slugParamSchema }) { slug }: z.infer<typeof slugParamSchema>): Promise<PublicForm> {
    return this.submissions.publicForm(slug);
  }

  @Post('submissions')
  @HttpCode(202)
  @Public('anonymous customers answer forms; limited by origin allow-list and rate limit')
  @UseGuards(FormRateLimitGuard, JsonContentTypeGuard)
  @Idempotent({ required: true, scopeOf: (request) => `form:${(request.params as { slug: string }).slug}` })
  @ApiAcceptedResponse({ standardSchema: formSubmissionAcceptedSchema })
  @ApiForbiddenResponse({ description: "The page's origin is not on the form's allow-list" })
  @ApiTooManyRequestsResponse({ description: 'Too many answers from this IP for this form; see Retry-After' })
  submit(
    @Req() request: FastifyRequest,
    @Param({ schema: slugParamSchema }) { slug }: z.infer<typeof slugParamSchema>,
    @Headers('idempotency-key') idempotencyKey: string,
    @Body({ schema: formSubmissionSchema }) body: FormSubmission,
  ): Promise<FormSubmissionAccepted> {
    return this.submissions.submit(request, slug, body, idempotencyKey);
  }
}
