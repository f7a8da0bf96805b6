import type { Department } from '@fullcircle/shared';
import { Building2, Plus } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../../api/http';
import { useDocumentTitle } from '../../../app/use-document-title';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { SkeletonRows } from '../../../components/skeleton';
import { useDepartments } from '../hooks/use-departments';
import { useUsers } from '../hooks/use-users';
import { DepartmentDialog } from './department-dialog';
import { DepartmentsList } from './departments-list';

export function DepartmentsPage() {
  useDocumentTitle('Departments', 'Settings');
  const departments = useDepartments();
  const users = useUsers();
  const [target, setTarget] = useState<Department | 'new' | null>(null);
  const sorted = [...(departments.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  const newButton = (
    <Button onClick={() => setTarget('new')}>
      <Plus aria-hidden className="size-4" />
      New department
    </Button>
  );

  return (
    <div className="space-y-6">
      <PageHeader eyebrow="Settings" title="Departments" description="The teams that own feedback and act on it." actions={newButton} />
      <Card>
        {departments.isPending ? (
          <SkeletonRows rows={4} label="Loading departments" />
        ) : departments.isError ? (
          <div className="p-5">
            <Alert title="Could not load departments">{errorMessage(departments.error)}</Alert>
          </div>
        ) : sorted.length === 0 ? (
          <EmptyState icon={Building2} title="No departments yet">
            Create the departments that will own customer feedback, such as Support, Billing or Product.
          </EmptyState>
        ) : (
          <DepartmentsList departments={sorted} users={users.data} onEdit={setTarget} />
        )}
      </Card>
      <DepartmentDialog target={target} onClose={() => setTarget(null)} />
    </div>
  );
}
