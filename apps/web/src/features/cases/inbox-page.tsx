import { Inbox } from 'lucide-react';
import { errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { Skeleton } from '../../components/skeleton';
import { useCurrentUser } from '../auth/hooks/use-session';
import { useDepartments } from '../org/hooks/use-departments';

/** "A, B and C" */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function InboxPage() {
  useDocumentTitle('Inbox');
  const user = useCurrentUser();
  const departments = useDepartments();
  const mine = (departments.data ?? []).filter((d) => user.departmentIds.includes(d.id));
  const names = mine.map((d) => d.name);

  return (
    <div className="space-y-6">
      <PageHeader
        title="Inbox"
        description={
          departments.isPending ? (
            <Skeleton className="mt-1 h-4 w-64" />
          ) : names.length > 0 ? (
            <span className="flex flex-wrap items-center gap-1.5">
              Work routed to
              {names.map((n) => (
                <Badge key={n} tone="accent">{n}</Badge>
              ))}
            </span>
          ) : (
            'Cases routed to your departments.'
          )
        }
      />
      {departments.isError && <Alert title="Could not load your departments">{errorMessage(departments.error)}</Alert>}
      <Card>
        {departments.isPending ? (
          <div role="status" aria-label="Loading inbox" className="space-y-3 p-5">
            <Skeleton className="h-4 w-1/3" />
            <Skeleton className="h-4 w-1/2" />
          </div>
        ) : names.length > 0 ? (
          <EmptyState icon={Inbox} title="No cases yet">
            No cases yet — feedback routed to {joinNames(names)} will appear here.
          </EmptyState>
        ) : (
          <EmptyState icon={Inbox} title="No cases yet">
            You are not in any department yet, so nothing is routed to you. Ask an administrator to add you to a department.
          </EmptyState>
        )}
      </Card>
    </div>
  );
}
