import { Building2 } from 'lucide-react';
import { errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { Card, CardHeader } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { Skeleton, SkeletonRows } from '../../components/skeleton';
import { useDepartments } from '../org/hooks/use-departments';
import { DepartmentMembersChart } from './department-members-chart';

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Card className="p-5">
      <p className="text-sm text-zinc-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold tracking-tight text-zinc-900">{value}</p>
    </Card>
  );
}

export function DashboardPage() {
  useDocumentTitle('Dashboard');
  const departments = useDepartments();
  const list = [...(departments.data ?? [])].sort((a, b) => b.memberCount - a.memberCount || a.name.localeCompare(b.name));
  const staffed = list.reduce((sum, d) => sum + d.memberCount, 0);

  return (
    <div className="space-y-6">
      <PageHeader title="Dashboard" description="Your organisation at a glance." />
      <Alert tone="info" title="Customer KPIs arrive when feedback flows">
        NPS, CSAT, response times and loop closure by department will appear here once feedback is coming in. Until then, this page
        shows only what is real: how your organisation is set up.
      </Alert>
      {departments.isPending ? (
        <Card>
          <div className="grid gap-4 p-5 sm:grid-cols-2">
            <Skeleton className="h-16" />
            <Skeleton className="h-16" />
          </div>
          <SkeletonRows rows={3} label="Loading departments" />
        </Card>
      ) : departments.isError ? (
        <Alert title="Could not load departments">{errorMessage(departments.error)}</Alert>
      ) : list.length === 0 ? (
        <Card>
          <EmptyState icon={Building2} title="No departments yet">
            An administrator sets up departments under Settings. They will show up here.
          </EmptyState>
        </Card>
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <Stat label="Departments" value={list.length} />
            <Stat label="Department memberships" value={staffed} />
          </div>
          <div className="grid gap-6 lg:grid-cols-5">
            <Card className="lg:col-span-3">
              <CardHeader title="Members per department" description="People assigned to each department." />
              <div className="p-5">
                <DepartmentMembersChart departments={list} />
              </div>
            </Card>
            <Card className="lg:col-span-2">
              <CardHeader title="Departments" />
              <ul className="divide-y divide-zinc-100">
                {list.map((d) => (
                  <li key={d.id} className="flex items-center justify-between gap-4 px-5 py-3 text-sm">
                    <span className="min-w-0">
                      <span className="block truncate font-medium text-zinc-900">{d.name}</span>
                      {d.description && <span className="block truncate text-xs text-zinc-500">{d.description}</span>}
                    </span>
                    <span className="shrink-0 text-zinc-600">
                      {d.memberCount} {d.memberCount === 1 ? 'member' : 'members'}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          </div>
        </>
      )}
    </div>
  );
}
