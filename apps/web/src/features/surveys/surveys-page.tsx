import type { Survey } from '@fullcircle/shared';
import { Link } from '@tanstack/react-router';
import { ArrowLeft, ClipboardList, Plus } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { SkeletonRows } from '../../components/skeleton';
import { useToast } from '../../components/toast';
import { CreateSurveyDialog } from './create-survey-dialog';
import { CreateSurveyLinkDialog } from './create-survey-link-dialog';
import { useSurveys } from './hooks/use-surveys';
import { useUpdateSurvey } from './hooks/use-update-survey';
import { SurveyCard } from './survey-card';

/** Settings → Channels → Surveys: NPS, CSAT and CES surveys, their results, and personal answer links. */
export function SurveysPage() {
  useDocumentTitle('Surveys', 'Settings');
  const surveys = useSurveys();
  const update = useUpdateSurvey();
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [linkFor, setLinkFor] = useState<Survey | null>(null);

  const setActive = (survey: Survey, active: boolean) =>
    update.mutate(
      { id: survey.id, body: { active } },
      {
        onSuccess: () => toast({ title: active ? `${survey.name} is open again` : `${survey.name} closed: its links no longer take answers`, tone: 'success' }),
        onError: (error) => toast({ title: 'Could not change the survey', description: errorMessage(error), tone: 'error' }),
      },
    );

  return (
    <div className="space-y-6">
      <Link to="/settings/channels" className="inline-flex items-center gap-1 text-sm font-medium text-zinc-500 hover:text-zinc-900">
        <ArrowLeft aria-hidden className="size-4" />
        Channels
      </Link>
      <PageHeader
        eyebrow="Settings · Channels"
        title="Surveys"
        description="Ask customers for a score through a personal link. Each link makes one feedback item on the customer's timeline; answering again updates it."
        actions={
          <Button onClick={() => setCreating(true)}>
            <Plus aria-hidden className="size-4" />
            Create survey
          </Button>
        }
      />
      {surveys.isPending ? (
        <Card>
          <SkeletonRows rows={3} label="Loading surveys" />
        </Card>
      ) : surveys.isError ? (
        <Alert title="Could not load the surveys">{errorMessage(surveys.error)}</Alert>
      ) : surveys.data.length === 0 ? (
        <Card>
          <EmptyState
            icon={ClipboardList}
            title="No surveys yet"
            action={
              <Button onClick={() => setCreating(true)}>
                <Plus aria-hidden className="size-4" />
                Create survey
              </Button>
            }
          >
            Create an NPS, CSAT or CES survey, then send customers their personal link.
          </EmptyState>
        </Card>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {surveys.data.map((survey) => (
            <SurveyCard
              key={survey.id}
              survey={survey}
              onCreateLink={setLinkFor}
              onSetActive={setActive}
              busy={update.isPending && update.variables?.id === survey.id}
            />
          ))}
        </div>
      )}
      <CreateSurveyDialog
        open={creating}
        onOpenChange={setCreating}
        onCreated={(survey) => toast({ title: `${survey.name} created`, description: 'Create a link to send it to a customer.', tone: 'success' })}
      />
      <CreateSurveyLinkDialog survey={linkFor} onOpenChange={(open) => !open && setLinkFor(null)} />
    </div>
  );
}
