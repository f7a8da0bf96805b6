import { type FormSubmission, formScoreRange } from '@fullcircle/shared';
import { fieldInvalid } from '../../../common/http/field-errors';
import type { FeedbackForm } from './feedback-form.entity';

/**
 * Checks an answer against its form (the schema only checks shapes): the score on the form's scale,
 * the required questions answered, choices among the options, the email as the form asks it.
 * Throws 400 naming the first field that is wrong.
 */
export function checkAnswers(form: Pick<FeedbackForm, 'kind' | 'questions' | 'askEmail'>, body: FormSubmission): void {
  const range = formScoreRange(form.kind);
  if (!range && body.score !== undefined) throw fieldInvalid('score', 'this form asks no score');
  if (range && body.score === undefined) throw fieldInvalid('score', 'is required');
  if (range && (body.score! < range.min || body.score! > range.max)) {
    throw fieldInvalid('score', `must be between ${range.min} and ${range.max} on the ${form.kind} scale`);
  }

  const comment = form.questions.comment;
  if (!comment && body.comment) throw fieldInvalid('comment', 'this form asks no comment');
  if (comment?.required && !body.comment) throw fieldInvalid('comment', 'is required');

  const answers = body.answers ?? {};
  const questions = new Map(form.questions.extra.map((q) => [q.id, q]));
  for (const id of Object.keys(answers)) {
    if (!questions.has(id)) throw fieldInvalid(`answers.${id}`, 'is not a question of this form');
  }
  for (const question of form.questions.extra) {
    const answer = answers[question.id];
    if (!answer) {
      if (question.required) throw fieldInvalid(`answers.${question.id}`, 'is required');
      continue;
    }
    if (question.kind === 'single_choice' && !question.options.includes(answer)) {
      throw fieldInvalid(`answers.${question.id}`, `must be one of: ${question.options.join(', ')}`);
    }
  }

  if (form.askEmail === 'required' && !body.email) throw fieldInvalid('email', 'is required');
  if (form.askEmail === 'hidden' && body.email) throw fieldInvalid('email', 'this form does not ask for an email');
}
