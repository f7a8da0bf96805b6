import type { PublicSurvey, SurveyAnswer as SurveyAnswerDto } from '@fullcircle/shared';
import { useParams } from '@tanstack/react-router';
import { CheckCircle2 } from 'lucide-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiRequestError, errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Spinner } from '../../components/spinner';
import { TextareaField } from '../../components/textarea-field';
import { useAnswerSurvey, usePublicSurvey } from './hooks/use-public-survey';
import { ScoreScalePicker } from './score-scale-picker';

/** What each failure means to a customer, by status. */
function linkProblem(error: unknown): { title: string; body: string } {
  const status = error instanceof ApiRequestError ? error.status : 0;
  if (status === 403) return { title: 'This link is not valid', body: 'It may have been changed or cut short. Please open the link exactly as you received it.' };
  if (status === 410) {
    const closed = error instanceof ApiRequestError && /closed/i.test(error.message);
    return closed
      ? { title: 'This survey is closed', body: 'It no longer takes answers. Thank you for wanting to tell us.' }
      : { title: 'This link has expired', body: 'Survey links are valid for a limited time. Thank you for wanting to tell us.' };
  }
  if (status === 404) return { title: 'We could not find this survey', body: 'The link may be incomplete. Please open it exactly as you received it.' };
  return { title: 'The survey could not be loaded', body: 'Please check your connection and reload the page.' };
}

/** `/s/<token>`: a customer answers one survey from a signed link. Public, no app chrome, phone first. */
export function SurveyAnswerPage() {
  const { token } = useParams({ from: '/s/$token' });
  const survey = usePublicSurvey(token);
  useDocumentTitle(survey.data?.surveyName ?? 'Survey');

  return (
    <main className="flex min-h-dvh items-start justify-center bg-gradient-to-b from-indigo-50/70 via-zinc-50 to-zinc-50 px-4 py-8 sm:py-16">
      <div className="w-full max-w-2xl">
        {survey.isPending ? (
          <div className="flex justify-center py-20" aria-label="Loading the survey">
            <Spinner />
          </div>
        ) : survey.isError ? (
          <Panel>
            <div className="text-center">
              <h1 className="text-lg font-semibold text-zinc-900">{linkProblem(survey.error).title}</h1>
              <p className="mt-2 text-sm text-zinc-500">{linkProblem(survey.error).body}</p>
            </div>
          </Panel>
        ) : (
          <SurveyAnswer token={token} survey={survey.data} />
        )}
        <p className="mt-6 text-center text-xs text-zinc-400">Powered by Fullcircle</p>
      </div>
    </main>
  );
}

function Panel({ children }: { children: ReactNode }) {
  return <div className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-zinc-200 sm:p-8">{children}</div>;
}

function SurveyAnswer({ token, survey }: { token: string; survey: PublicSurvey }) {
  // The answer just sent, ahead of the cached survey catching up with it.
  const [sent, setSent] = useState<SurveyAnswerDto | null>(null);
  const [editing, setEditing] = useState(survey.answer === null);
  const answer = sent ?? survey.answer;
  const done = (latest: SurveyAnswerDto | null) => {
    if (latest) setSent(latest);
    setEditing(false);
  };
  return editing || !answer ? (
    <AnswerForm token={token} survey={survey} answer={answer} onAnswered={done} />
  ) : (
    <ThankYou survey={survey} answer={answer} onChange={() => setEditing(true)} />
  );
}

function AnswerForm({
  token,
  survey,
  answer: earlier,
  onAnswered,
}: {
  token: string;
  survey: PublicSurvey;
  answer: SurveyAnswerDto | null;
  onAnswered: (answer: SurveyAnswerDto | null) => void;
}) {
  const answer = useAnswerSurvey(token);
  const [score, setScore] = useState<number | null>(earlier?.score ?? null);
  const [comment, setComment] = useState(earlier?.comment ?? '');
  const [missingScore, setMissingScore] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (score === null) return setMissingScore(true);
    answer.mutate({ score, comment: comment.trim() || null }, { onSuccess: (latest) => onAnswered(latest) });
  };

  return (
    <Panel>
      <form onSubmit={submit} noValidate className="space-y-6">
        <p className="text-xs font-medium tracking-wide text-indigo-600 uppercase">{survey.surveyName}</p>
        <ScoreScalePicker
          question={survey.question}
          min={survey.min}
          max={survey.max}
          lowLabel={survey.lowLabel}
          highLabel={survey.highLabel}
          value={score}
          invalid={missingScore}
          onChange={(value) => {
            setScore(value);
            setMissingScore(false);
          }}
        />
        {missingScore && (
          <p role="alert" className="text-sm font-medium text-red-600">
            Please choose a score first.
          </p>
        )}
        <TextareaField
          label={survey.commentPrompt ?? 'Anything you would like to add?'}
          hint="Optional"
          rows={4}
          maxLength={5000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          className="text-base sm:text-sm"
        />
        {answer.isError && <Alert title="Your answer was not sent">{errorMessage(answer.error)}</Alert>}
        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          {earlier && (
            <Button variant="secondary" onClick={() => onAnswered(null)} className="h-11 sm:h-10">
              Keep my earlier answer
            </Button>
          )}
          <Button type="submit" loading={answer.isPending} className="h-11 text-base sm:h-10 sm:text-sm">
            {earlier ? 'Update my answer' : 'Send my answer'}
          </Button>
        </div>
      </form>
    </Panel>
  );
}

function ThankYou({ survey, answer, onChange }: { survey: PublicSurvey; answer: SurveyAnswerDto; onChange: () => void }) {
  return (
    <Panel>
      <div className="text-center" role="status">
        <CheckCircle2 aria-hidden className="mx-auto size-12 text-emerald-500" />
        <h1 className="mt-3 text-xl font-semibold text-zinc-900">Thank you!</h1>
        <p className="mx-auto mt-2 max-w-md text-sm text-pretty text-zinc-600">{survey.thankYouText}</p>
      </div>
      <dl className="mt-6 space-y-2 rounded-lg bg-zinc-50 p-4 text-sm">
        <div className="flex flex-wrap gap-x-2">
          <dt className="text-zinc-500">Your answer</dt>
          <dd className="font-semibold text-zinc-900">
            {answer.score} out of {survey.max}
          </dd>
        </div>
        {answer.comment && (
          <div>
            <dt className="text-zinc-500">Your comment</dt>
            <dd className="mt-0.5 break-words whitespace-pre-line text-zinc-800">{answer.comment}</dd>
          </div>
        )}
      </dl>
      <div className="mt-6 flex justify-center">
        <Button variant="secondary" onClick={onChange} className="h-11 sm:h-10">
          Change my answer
        </Button>
      </div>
    </Panel>
  );
}
