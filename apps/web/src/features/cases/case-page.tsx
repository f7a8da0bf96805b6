import type { CaseDetailDto } from '@fullcircle/shared';
import { Link, useParams } from '@tanstack/react-router';
import { ArrowLeft, SearchX } from 'lucide-react';
import { useState } from 'react';
import { ApiRequestError, errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { buttonClasses } from '../../components/button';
import { Card } from '../../components/card';
import { cn, focusRing } from '../../components/cn';
import { EmptyState } from '../../components/empty-state';
import { Skeleton, SkeletonRows } from '../../components/skeleton';
import { useDepartments } from '../org/hooks/use-departments';
import { CaseActionsPanel } from './case-actions-panel';
import { CaseBanners } from './case-banners';
import { CaseComposer } from './case-composer';
import { CaseContextCard } from './case-context-card';
import { CaseConversation } from './case-conversation';
import { CaseHeader } from './case-header';
import { CaseHistory } from './case-history';
import { CaseRoutingCard } from './case-routing-card';
import { CaseSlaCard } from './case-sla-card';
import { useCase } from './hooks/use-case';
import { useCaseContext } from './hooks/use-case-context';
import { ReassignCaseDialog } from './reassign-case-dialog';
import { LinkCaseToInitiative } from '../initiatives/link-case-to-initiative';

function BackLink() {
  return (
    <Link to="/inbox" className={cn('inline-flex items-center gap-1.5 rounded text-sm font-medium text-zinc-500 hover:text-zinc-900', focusRing)}>
      <ArrowLeft aria-hidden className="size-4" />
      Inbox
    </Link>
  );
}

function LoadingCase() {
  return (
    <div role="status" aria-label="Loading case" className="space-y-6">
      <Card className="space-y-3 p-5">
        <Skeleton className="h-6 w-48" />
        <Skeleton className="h-4 w-72" />
      </Card>
      <Card>
        <SkeletonRows rows={3} />
      </Card>
    </div>
  );
}

function CaseView({ c }: { c: CaseDetailDto }) {
  const departments = useDepartments();
  const context = useCaseContext(c.id);
  const [reassigning, setReassigning] = useState(false);
  return (
    <>
      <CaseHeader c={c} onReassign={() => setReassigning(true)} />
      <CaseBanners c={c} />
      {/* grid-cols-1 (minmax(0, 1fr)): long unbroken text must not widen the column past the screen. */}
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <CaseConversation c={c} />
          <CaseComposer c={c} context={context.data} />
          <CaseHistory events={c.events} />
        </div>
        <div className="min-w-0 space-y-6">
          <CaseContextCard caseId={c.id} />
          <CaseActionsPanel c={c} />
          {c.can.note && <LinkCaseToInitiative caseId={c.id} />}
          <CaseRoutingCard c={c} departments={departments.data} />
          <CaseSlaCard c={c} />
        </div>
      </div>
      {c.can.reassign && <ReassignCaseDialog c={c} departments={departments.data ?? []} open={reassigning} onOpenChange={setReassigning} />}
    </>
  );
}

function CaseContent({ caseId }: { caseId: string }) {
  const detail = useCase(caseId);
  useDocumentTitle(detail.data?.reference ?? 'Case', 'Inbox');

  if (detail.isPending) return <LoadingCase />;
  if (detail.isError) {
    if (detail.error instanceof ApiRequestError && detail.error.status === 404) {
      return (
        <Card>
          <EmptyState
            icon={SearchX}
            title="Case not found"
            action={
              <Link to="/inbox" className={buttonClasses('primary')}>
                Back to the inbox
              </Link>
            }
          >
            There is no case at this address that you can see. It may belong to a department you are not in.
          </EmptyState>
        </Card>
      );
    }
    return (
      <Alert title="Could not load this case">
        {errorMessage(detail.error)}{' '}
        <button type="button" className="font-medium underline" onClick={() => detail.refetch()}>
          Try again
        </button>
      </Alert>
    );
  }
  return <CaseView c={detail.data} />;
}

/** One case: the thread and the composer, who the customer is, what is being done, why it is here, its clock and its history. */
export function CasePage() {
  const { caseId } = useParams({ from: '/app/cases/$caseId' });
  return (
    <div className="space-y-6">
      <BackLink />
      <CaseContent key={caseId} caseId={caseId} />
    </div>
  );
}
