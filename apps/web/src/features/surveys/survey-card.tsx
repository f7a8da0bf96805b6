import type { Survey } from '@fullcircle/shared';
import { Link2 } from 'lucide-react';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { SurveyScoreChart } from './survey-score-chart';
import { headline, responseRate, scaleName } from './survey-labels';

interface SurveyCardProps {
  survey: Survey;
  onCreateLink: (survey: Survey) => void;
  onSetActive: (survey: Survey, active: boolean) => void;
  busy: boolean;
}

/** One survey: its question, how many answered, the headline score and the answers per score. */
export function SurveyCard({ survey, onCreateLink, onSetActive, busy }: SurveyCardProps) {
  const headingId = `survey-${survey.id}`;
  const top = headline(survey.scale, survey.stats);
  return (
    <Card>
      <section aria-labelledby={headingId} className="flex h-full flex-col">
        <div className="flex items-start justify-between gap-3 border-b border-zinc-100 px-5 py-4">
          <div className="min-w-0">
            <div className="flex flex-wrap items-center gap-2">
              <h2 id={headingId} className="truncate text-sm font-semibold text-zinc-900">
                {survey.name}
              </h2>
              <Badge tone="accent">{scaleName(survey.scale)}</Badge>
              {survey.active ? <Badge tone="success">Open</Badge> : <Badge>Closed</Badge>}
            </div>
            <p className="mt-1 line-clamp-2 text-sm text-zinc-500">{survey.question}</p>
          </div>
        </div>
        <div className="grid flex-1 grid-cols-[auto_1fr] items-center gap-5 px-5 py-4">
          <div>
            <p className="text-xs font-medium text-zinc-500">{top.label}</p>
            <p className="text-3xl font-semibold tracking-tight text-zinc-900 tabular-nums" data-testid="survey-headline">
              {top.value}
            </p>
            <p className="mt-1 text-xs text-zinc-500" data-testid="survey-response-rate">
              {responseRate(survey.stats)}
            </p>
          </div>
          {survey.stats.answered > 0 ? (
            <SurveyScoreChart scale={survey.scale} stats={survey.stats} label={survey.name} />
          ) : (
            <p className="text-sm text-zinc-400">Answers will show here per score.</p>
          )}
        </div>
        <div className="flex flex-wrap items-center justify-between gap-2 border-t border-zinc-100 px-5 py-3">
          <p className="text-xs text-zinc-500">
            Created {new Date(survey.createdAt).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}
            {survey.createdByName ? ` by ${survey.createdByName}` : ''}
          </p>
          <div className="flex gap-2">
            <Button variant="ghost" size="sm" disabled={busy} onClick={() => onSetActive(survey, !survey.active)}>
              {survey.active ? 'Close survey' : 'Reopen'}
            </Button>
            <Button size="sm" disabled={!survey.active} onClick={() => onCreateLink(survey)} aria-label={`Create link for ${survey.name}`}>
              <Link2 aria-hidden className="size-4" />
              Create link
            </Button>
          </div>
        </div>
      </section>
    </Card>
  );
}
