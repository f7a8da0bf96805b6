import type { RoutingRuleDto } from '@fullcircle/shared';
import { ArrowDown, ArrowUp, Pencil, Plus, Trash2, Workflow } from 'lucide-react';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { SkeletonRows } from '../../components/skeleton';
import { useToast } from '../../components/toast';
import { useCurrentUser } from '../auth/hooks/use-session';
import { useDepartments } from '../org/hooks/use-departments';
import {
  useDeleteRoutingRule,
  useReorderRoutingRules,
  useRoutingAssignees,
  useRoutingRules,
  useToggleRoutingRule,
} from './hooks/use-routing-rules';
import { RuleEditorDialog } from './rule-editor-dialog';
import { summarizeRule, type SummaryNames } from './rule-summary';

export function RoutingRulesPage() {
  useDocumentTitle('Routing rules', 'Routing');
  const user = useCurrentUser();
  const rules = useRoutingRules();
  const departments = useDepartments();
  const assignees = useRoutingAssignees();
  const reorder = useReorderRoutingRules();
  const toggle = useToggleRoutingRule();
  const remove = useDeleteRoutingRule();
  const toast = useToast();
  const [editing, setEditing] = useState<RoutingRuleDto | 'new' | null>(null);
  const [deleting, setDeleting] = useState<RoutingRuleDto | null>(null);

  const names: SummaryNames = useMemo(() => {
    const dept = new Map((departments.data ?? []).map((d) => [d.id, d.name]));
    const people = new Map((assignees.data ?? []).map((p) => [p.id, p.name]));
    return { department: (id) => dept.get(id), person: (id) => people.get(id) };
  }, [departments.data, assignees.data]);

  const list = rules.data ?? [];
  const move = (index: number, by: -1 | 1) => {
    const ids = list.map((r) => r.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved);
    reorder.mutate(ids, { onError: (err) => toast({ title: 'Could not reorder', description: errorMessage(err), tone: 'error' }) });
  };

  const description =
    user.role === 'admin'
      ? 'Rules run top to bottom on every new item; the first enabled rule that matches decides where it goes.'
      : 'Rules run top to bottom on every new item; you can change the rules of your own departments.';

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="Routing"
        title="Routing rules"
        description={description}
        actions={
          <Button onClick={() => setEditing('new')}>
            <Plus aria-hidden className="size-4" />
            New rule
          </Button>
        }
      />
      <Card>
        {rules.isPending ? (
          <SkeletonRows rows={4} label="Loading routing rules" />
        ) : rules.isError ? (
          <div className="p-5">
            <Alert title="Could not load routing rules">{errorMessage(rules.error)}</Alert>
          </div>
        ) : list.length === 0 ? (
          <EmptyState icon={Workflow} title="No routing rules yet">
            Send feedback to the right team automatically, for example negative feedback about lost bags to Baggage.
          </EmptyState>
        ) : (
          <ol aria-label="Routing rules" className="divide-y divide-zinc-100">
            {list.map((rule, index) => (
              <li key={rule.id} aria-label={rule.name} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center">
                <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-xs font-semibold text-zinc-600">
                  {index + 1}
                </span>
                <div className="min-w-0 flex-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <h3 className="font-medium text-zinc-900">{rule.name}</h3>
                    {!rule.enabled && <Badge>Off</Badge>}
                    <Badge tone={rule.departmentId ? 'accent' : 'neutral'}>
                      {rule.departmentId ? (names.department(rule.departmentId) ?? 'Department') : 'Organisation-wide'}
                    </Badge>
                  </div>
                  <p className="mt-0.5 text-sm text-zinc-600">{summarizeRule(rule, names)}</p>
                </div>
                <div className="flex shrink-0 items-center gap-1.5">
                  <label className="mr-2 flex items-center gap-2 text-sm text-zinc-600">
                    <input
                      type="checkbox"
                      role="switch"
                      className="size-4 accent-indigo-600"
                      checked={rule.enabled}
                      disabled={!rule.editable || toggle.isPending}
                      aria-label={`${rule.name} enabled`}
                      onChange={() =>
                        toggle.toggle(rule).catch((err) => toast({ title: 'Could not change the rule', description: errorMessage(err), tone: 'error' }))
                      }
                    />
                    On
                  </label>
                  <Button variant="ghost" size="icon" aria-label={`Move ${rule.name} up`} disabled={!rule.editable || index === 0 || reorder.isPending} onClick={() => move(index, -1)}>
                    <ArrowUp aria-hidden className="size-4" />
                  </Button>
                  <Button
                    variant="ghost"
                    size="icon"
                    aria-label={`Move ${rule.name} down`}
                    disabled={!rule.editable || index === list.length - 1 || reorder.isPending}
                    onClick={() => move(index, 1)}
                  >
                    <ArrowDown aria-hidden className="size-4" />
                  </Button>
                  <Button variant="secondary" size="sm" aria-label={`Edit ${rule.name}`} disabled={!rule.editable} onClick={() => setEditing(rule)}>
                    <Pencil aria-hidden className="size-3.5" />
                    Edit
                  </Button>
                  <Button variant="ghost" size="icon" aria-label={`Delete ${rule.name}`} disabled={!rule.editable} onClick={() => setDeleting(rule)}>
                    <Trash2 aria-hidden className="size-4" />
                  </Button>
                </div>
              </li>
            ))}
          </ol>
        )}
      </Card>
      <RuleEditorDialog target={editing} onClose={() => setEditing(null)} departments={departments.data ?? []} assignees={assignees.data ?? []} />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title="Delete routing rule"
        description={deleting ? `“${deleting.name}” stops routing new feedback. This cannot be undone.` : ''}
        confirmLabel="Delete rule"
        pending={remove.isPending}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => setDeleting(null),
            onError: (err) => toast({ title: 'Could not delete the rule', description: errorMessage(err), tone: 'error' }),
          })
        }
      />
    </div>
  );
}
