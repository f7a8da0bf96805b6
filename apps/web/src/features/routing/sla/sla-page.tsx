import { CASE_PRIORITIES, type CasePriority, type SlaPlan, type SlaPolicy } from '@fullcircle/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Pencil, Plus, Star, Timer } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../../api/http';
import { listSlaPolicies, previewSlaPolicy, updateSlaPolicy } from '../../../api/sla.api';
import { useDocumentTitle } from '../../../app/use-document-title';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { Card, CardHeader } from '../../../components/card';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { SelectField } from '../../../components/select-field';
import { SkeletonRows } from '../../../components/skeleton';
import { useToast } from '../../../components/toast';
import { useDepartments } from '../../org/hooks/use-departments';
import { BusinessHoursCard } from './business-hours-card';
import { PRIORITY_LABELS, PRIORITY_ORDER, formatInZone, formatMinutes } from './sla-format';
import { SlaPolicyDialog } from './sla-policy-dialog';
import { slaKeys } from './sla.keys';

export function SlaPage() {
  useDocumentTitle('SLA policies', 'Settings');
  const policies = useQuery({ queryKey: slaKeys.policies(), queryFn: listSlaPolicies });
  const departments = useDepartments();
  const [target, setTarget] = useState<SlaPolicy | 'new' | null>(null);

  const newButton = (
    <Button onClick={() => setTarget('new')}>
      <Plus aria-hidden className="size-4" />
      New policy
    </Button>
  );

  return (
    <div className="space-y-6">
      <PageHeader eyebrow="Settings" title="SLA policies" description="First-response and resolution targets per priority, counted in each department's business hours." actions={newButton} />
      <Card>
        {policies.isPending ? (
          <SkeletonRows rows={3} label="Loading SLA policies" />
        ) : policies.isError ? (
          <div className="p-5">
            <Alert title="Could not load SLA policies">{errorMessage(policies.error)}</Alert>
          </div>
        ) : policies.data.length === 0 ? (
          <EmptyState icon={Timer} title="No SLA policies yet">
            Create a policy to set response and resolution targets.
          </EmptyState>
        ) : (
          <PoliciesTable policies={policies.data} onEdit={setTarget} />
        )}
      </Card>
      {policies.data && policies.data.length > 0 && departments.data && departments.data.length > 0 && (
        <PreviewCard policies={policies.data} departments={departments.data} />
      )}
      {departments.data && departments.data.length > 0 && <BusinessHoursCard departments={[...departments.data].sort((a, b) => a.name.localeCompare(b.name))} />}
      <SlaPolicyDialog target={target} onClose={() => setTarget(null)} />
    </div>
  );
}

function PoliciesTable({ policies, onEdit }: { policies: SlaPolicy[]; onEdit: (p: SlaPolicy) => void }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const makeDefault = useMutation({
    mutationFn: (p: SlaPolicy) => updateSlaPolicy(p.id, { isDefault: true }),
    onSuccess: (p) => {
      void queryClient.invalidateQueries({ queryKey: slaKeys.policies() });
      toast({ title: 'Default policy changed', description: p.name });
    },
    onError: (error) => toast({ title: 'Could not change the default', description: errorMessage(error), tone: 'error' }),
  });

  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">SLA policies: first response / resolution per priority</caption>
        <thead>
          <tr className="border-b border-zinc-100 text-left text-xs text-zinc-500">
            <th scope="col" className="px-5 py-2.5 font-medium">Policy</th>
            {PRIORITY_ORDER.map((p) => (
              <th key={p} scope="col" className="px-3 py-2.5 font-medium whitespace-nowrap">
                {PRIORITY_LABELS[p]}
              </th>
            ))}
            <th scope="col" className="px-3 py-2.5 font-medium">Warn at</th>
            <th scope="col" className="px-5 py-2.5">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {policies.map((policy) => (
            <tr key={policy.id}>
              <th scope="row" className="px-5 py-3 text-left align-top font-normal">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-zinc-900">{policy.name}</span>
                  {policy.isDefault && <Badge tone="accent">Default</Badge>}
                  {!policy.active && <Badge>Inactive</Badge>}
                </div>
                {policy.description && <p className="mt-0.5 text-xs text-zinc-500">{policy.description}</p>}
              </th>
              {PRIORITY_ORDER.map((p) => (
                <td key={p} className="px-3 py-3 align-top whitespace-nowrap text-zinc-700 tabular-nums">
                  {formatMinutes(policy.targets[p].firstResponseMinutes)} / {formatMinutes(policy.targets[p].resolutionMinutes)}
                </td>
              ))}
              <td className="px-3 py-3 align-top text-zinc-700 tabular-nums">{Math.round(policy.warnAtFraction * 100)}%</td>
              <td className="px-5 py-3 text-right align-top">
                <div className="flex justify-end gap-2">
                  {!policy.isDefault && (
                    <Button variant="ghost" size="sm" onClick={() => makeDefault.mutate(policy)} aria-label={`Make ${policy.name} the default`}>
                      <Star aria-hidden className="size-3.5" />
                      Make default
                    </Button>
                  )}
                  <Button variant="secondary" size="sm" onClick={() => onEdit(policy)} aria-label={`Edit ${policy.name}`}>
                    <Pencil aria-hidden className="size-3.5" />
                    Edit
                  </Button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="border-t border-zinc-100 px-5 py-2.5 text-xs text-zinc-500">Each cell: first response / resolution, in business time.</p>
    </div>
  );
}

function PreviewCard({ policies, departments }: { policies: SlaPolicy[]; departments: { id: string; name: string }[] }) {
  const [policyId, setPolicyId] = useState(policies.find((p) => p.isDefault)?.id ?? policies[0].id);
  const [departmentId, setDepartmentId] = useState(departments[0].id);
  const [priority, setPriority] = useState<CasePriority>('high');
  const preview = useMutation({ mutationFn: () => previewSlaPolicy(policyId, { departmentId, priority }) });
  const plan: SlaPlan | undefined = preview.data;
  const department = departments.find((d) => d.id === plan?.departmentId);

  return (
    <Card>
      <CardHeader title="Preview" description="What a policy means for a department: due times for a case opened now." />
      <form
        className="grid gap-4 p-5 sm:grid-cols-[1fr_1fr_10rem_auto] sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          preview.mutate();
        }}
      >
        <SelectField label="Policy" value={policyId} onChange={(e) => setPolicyId(e.target.value)} options={policies.map((p) => ({ value: p.id, label: p.name }))} />
        <SelectField label="Preview department" value={departmentId} onChange={(e) => setDepartmentId(e.target.value)} options={departments.map((d) => ({ value: d.id, label: d.name }))} />
        <SelectField label="Priority" value={priority} onChange={(e) => setPriority(e.target.value as CasePriority)} options={[...CASE_PRIORITIES].reverse().map((p) => ({ value: p, label: PRIORITY_LABELS[p] }))} />
        <Button type="submit" variant="secondary" loading={preview.isPending}>
          Show due times
        </Button>
      </form>
      {preview.isError && (
        <div className="px-5 pb-5">
          <Alert>{errorMessage(preview.error)}</Alert>
        </div>
      )}
      {plan && (
        <div className="border-t border-zinc-100 px-5 py-4" aria-live="polite">
          <p className="text-sm text-zinc-700">
            {plan.priority === 'urgent' ? 'An' : 'A'} {PRIORITY_LABELS[plan.priority].toLowerCase()} case opened now in <strong className="font-medium text-zinc-900">{department?.name}</strong> ({plan.timeZone}):
          </p>
          <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-2" aria-label="Due times">
            <div className="rounded-md bg-zinc-50 p-3 ring-1 ring-zinc-200">
              <dt className="text-xs text-zinc-500">First response due</dt>
              <dd className="mt-0.5 font-medium text-zinc-900">{formatInZone(plan.firstResponseDueAt, plan.timeZone)}</dd>
              <dd className="text-xs text-zinc-500">Warning {formatInZone(plan.firstResponseWarnAt, plan.timeZone)}</dd>
            </div>
            <div className="rounded-md bg-zinc-50 p-3 ring-1 ring-zinc-200">
              <dt className="text-xs text-zinc-500">Resolution due</dt>
              <dd className="mt-0.5 font-medium text-zinc-900">{formatInZone(plan.resolutionDueAt, plan.timeZone)}</dd>
              <dd className="text-xs text-zinc-500">Warning {formatInZone(plan.resolutionWarnAt, plan.timeZone)}</dd>
            </div>
          </dl>
        </div>
      )}
    </Card>
  );
}
