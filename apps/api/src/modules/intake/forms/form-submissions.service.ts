import { randomUUID } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import type { FormSubmission, FormSubmissionAccepted, PublicForm } from '@fullcircle/shared';
import type { FastifyRequest } from 'fastify';
import { newSecretToken } from '../../../common/auth/secret-token';
import { noteIntakeDelivery } from '../activity/intake-routes';
import { IntakeService } from '../intake.service';
import type { IntakeItem } from '../feedback-row';
import type { FeedbackForm } from './feedback-form.entity';
import { checkAnswers } from './form-answers';
import { formSource, toPublicFormDto } from './form.mapper';
import { FormsService } from './forms.service';
import { assertOriginAllowed } from './widget-origin';

/** The hosted page and the widget: a form's public definition and its answers into intake. */
@Injectable()
export class FormSubmissionsService {
  constructor(
    private readonly forms: FormsService,
    private readonly intake: IntakeService,
  ) {}

  async publicForm(slug: string): Promise<PublicForm> {
    const form = await this.forms.findActiveBySlug(slug);
    if (!form) throw new NotFoundException('This form does not exist or is closed');
    return toPublicFormDto(form);
  }

  /**
   * One answer: checked against the form, sent through intake as `widget` or `web_form` feedback.
   * With chat on, it opens a conversation whose token only this answer carries (stored hashed).
   */
  async submit(request: FastifyRequest, slug: string, body: FormSubmission, idempotencyKey: string): Promise<FormSubmissionAccepted> {
    const channel = body.via === 'widget' ? 'widget' : 'web_form';
    noteIntakeDelivery(request, { channel });
    const form = await this.forms.findActiveBySlug(slug);
    if (!form) throw new NotFoundException('This form does not exist or is closed');
    noteIntakeDelivery(request, { source: formSource(form.id) });
    assertOriginAllowed(request, form.allowedOrigins);
    return this.answer(form, body, idempotencyKey);
  }

  /** An answer to a form already found and allowed (the HTTP edge above, the demo seed). */
  async answer(form: FeedbackForm, body: FormSubmission, idempotencyKey?: string): Promise<FormSubmissionAccepted> {
    const channel = body.via === 'widget' ? 'widget' : 'web_form';
    const source = formSource(form.id);
    checkAnswers(form, body);

    const metadata: NonNullable<IntakeItem['metadata']> = { form: form.slug, via: body.via };
    if (body.pageUrl) metadata.pageUrl = body.pageUrl;
    for (const [id, answer] of Object.entries(body.answers ?? {})) if (answer) metadata[`answer.${id}`] = answer;
    const chat = form.conversationEnabled ? newSecretToken() : null;
    const accepted = await this.intake.accept(
      {
        // A score alone is still feedback: its text is empty rather than made up.
        text: body.comment ?? '',
        score: form.kind === 'free_text' || body.score === undefined ? undefined : { scale: form.kind, value: body.score },
        customer: body.email
          ? { email: body.email, name: body.name }
          : // Anonymous: one customer per browser (the widget's visitor id), or per answer without one.
            { externalId: `visitor:${body.visitorId ?? randomUUID()}`, name: body.name },
        metadata,
      },
      { channel, source, idempotencyKey, thread: chat ? { newWithAccessTokenHash: chat.hash } : undefined },
    );
    return {
      id: accepted.id,
      conversationReference: accepted.conversationReference,
      receivedAt: accepted.receivedAt,
      thankYouMessage: form.branding.thankYouMessage,
      chat: chat ? { token: chat.token } : null,
    };
  }
}
