import {
  ASSIGNMENT_STRATEGIES,
  CASE_PRIORITIES,
  type Department,
  type RoutingAssignee,
  type RoutingRuleDto,
  type RoutingRuleInput,
  type RuleActions,
  type RuleCondition,
  type RuleConditionField,
} from '@fullcircle/shared';
import { FlaskConical } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { ApiRequestError, errorMessage } from '../../api/http';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog, DialogFooter } from '../../components/dialog';
import { Select, SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useToast } from '../../components/toast';
import { useCurrentUser } from '../auth/hooks/use-session';
import { ChipsInput } from './chips-input';
import { ConditionEditor, emptyCondition, FIELD_LABELS } from './condition-editor';
import { ruleInputOf, useSaveRoutingRule, useTestRoutingRule } from './hooks/use-routing-rules';

interface RuleEditorDialogProps {
  /** 'new' to create, a rule to edit, null when closed. */
  target: RoutingRuleDto | 'new' | null;
  onClose: () => void;
  departments: Department[];
  assignees: RoutingAssignee[];
}

export function RuleEditorDialog({ target, onClose, departments, assignees }: RuleEditorDialogProps) {
  const editing = target !== null && target !== 'new' ? target : undefined;
  return (
    <Dialog
      open={target !== null}
      onOpenChange={(open) => !open && onClose()}
      title={editing ? 'Edit routing rule' : 'New routing rule'}
      description="Conditions on the enriched feedback, and what to do when they hold."
    >
      {target !== null && <RuleForm key={editing?.id ?? 'new'} rule={editing} departments={departments} assignees={assignees} onDone={onClose} />}
    </Dialog>
  );
}

const STRATEGY_LABELS: Record<(typeof ASSIGNMENT_STRATEGIES)[number], string> = {
  round_robin: 'Round robin in the department',
  least_open: 'Whoever has the fewest open cases',
  person: 'A named person',
  none: 'Leave unassigned',
};
const ADDABLE: RuleConditionField[] = ['channel', 'sentiment', 'urgency', 'score', 'topics', 'keywords', 'language', 'journeyStage', 'segment', 'vip'];
const ORG_WIDE = '';

function RuleForm({ rule, departments, assignees, onDone }: { rule?: RoutingRuleDto; departments: Department[]; assignees: RoutingAssignee[]; onDone: () => void }) {
  const user = useCurrentUser();
  const isAdmin = user.role === 'admin';
  const ownDepartments = isAdmin ? departments : departments.filter((d) => user.departmentIds.includes(d.id));
  const initial: RoutingRuleInput = rule ? ruleInputOf(rule) : { name: '', enabled: true, match: 'all', conditions: [], actions: {} };
  const [draft, setDraft] = useState<RoutingRuleInput>(initial);
  const [scope, setScope] = useState<string>(rule ? (rule.departmentId ?? ORG_WIDE) : isAdmin ? ORG_WIDE : (ownDepartments[0]?.id ?? ''));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSaveRoutingRule();
  const test = useTestRoutingRule();
  const toast = useToast();

  const setActions = (actions: RuleActions) => setDraft((d) => ({ ...d, actions }));
  const setCondition = (i: number, c: RuleCondition) => setDraft((d) => ({ ...d, conditions: d.conditions.map((x, j) => (j === i ? c : x)) }));
  const removeCondition = (i: number) => setDraft((d) => ({ ...d, conditions: d.conditions.filter((_, j) => j !== i) }));
  const errorFor = (prefix: string) => Object.entries(errors).find(([field]) => field === prefix || field.startsWith(`${prefix}.`))?.[1];

  const showErrors = (err: unknown) => {
    if (err instanceof ApiRequestError && err.issues.length > 0) {
      setErrors(Object.fromEntries(err.issues.map((i) => [i.field, i.message])));
      setFormError(err.status === 400 ? 'Check the highlighted fields.' : err.message);
    } else {
      setErrors({});
      setFormError(errorMessage(err));
    }
  };

  const actions = draft.actions;
  const members = assignees.filter((a) => !actions.departmentId || a.departmentIds.includes(actions.departmentId));
  const strategy = actions.assignment?.strategy ?? '';

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setFormError(null);
    save.mutate(
      { id: rule?.id, body: { rule: draft, departmentId: scope === ORG_WIDE ? null : scope } },
      {
        onSuccess: () => {
          toast({ title: rule ? 'Rule saved' : 'Rule created', tone: 'success' });
          onDone();
        },
        onError: showErrors,
      },
    );
  };

  const runTest = () => {
    setErrors({});
    setFormError(null);
    test.mutate(draft, { onError: showErrors });
  };

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <TextField label="Name" value={draft.name} error={errors['rule.name']} onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))} placeholder="e.g. Lost bags to Baggage" />

      <fieldset className="space-y-2">
        <legend className="mb-1.5 text-sm font-medium text-zinc-900">Conditions</legend>
        <div className="flex items-center gap-2 text-sm text-zinc-600">
          When
          <Select
            aria-label="Match"
            className="h-8 w-auto py-0"
            value={draft.match}
            options={[
              { value: 'all', label: 'all' },
              { value: 'any', label: 'any' },
            ]}
            onChange={(e) => setDraft((d) => ({ ...d, match: e.target.value as 'all' | 'any' }))}
          />
          of these hold
        </div>
        {draft.conditions.length === 0 ? (
          <p className="text-sm text-zinc-500">No conditions: the rule matches every item.</p>
        ) : (
          <ul className="space-y-2">
            {draft.conditions.map((c, i) => (
              <ConditionEditor key={i} condition={c} onChange={(next) => setCondition(i, next)} onRemove={() => removeCondition(i)} error={errorFor(`rule.conditions.${i}`)} />
            ))}
          </ul>
        )}
        <Select
          aria-label="Add condition"
          value=""
          options={[{ value: '', label: '+ Add condition…' }, ...ADDABLE.map((f) => ({ value: f, label: FIELD_LABELS[f] }))]}
          onChange={(e) => {
            const field = e.target.value as RuleConditionField;
            if (field) setDraft((d) => ({ ...d, conditions: [...d.conditions, emptyCondition(field)] }));
          }}
        />
        {errors['rule.conditions'] && <p className="text-xs text-red-600">{errors['rule.conditions']}</p>}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="mb-1.5 text-sm font-medium text-zinc-900">Then</legend>
        <SelectField
          label="Route to department"
          value={actions.departmentId ?? ''}
          error={errorFor('rule.actions.departmentId')}
          options={[{ value: '', label: 'Keep the department' }, ...ownDepartments.map((d) => ({ value: d.id, label: d.name }))]}
          onChange={(e) => {
            const departmentId = e.target.value || undefined;
            const keepPerson = actions.assignment?.userId && departmentId && assignees.find((a) => a.id === actions.assignment?.userId)?.departmentIds.includes(departmentId);
            setActions({ ...actions, departmentId, assignment: actions.assignment?.strategy === 'person' && !keepPerson ? undefined : actions.assignment });
          }}
        />
        <SelectField
          label="Assign"
          value={strategy}
          error={errorFor('rule.actions.assignment')}
          options={[{ value: '', label: 'Do not change assignment' }, ...ASSIGNMENT_STRATEGIES.map((s) => ({ value: s, label: STRATEGY_LABELS[s] }))]}
          onChange={(e) => {
            const s = e.target.value as (typeof ASSIGNMENT_STRATEGIES)[number] | '';
            setActions({ ...actions, assignment: s === '' ? undefined : s === 'person' ? { strategy: s, userId: members[0]?.id } : { strategy: s } });
          }}
        />
        {strategy === 'person' && (
          <SelectField
            label="Person"
            value={actions.assignment?.userId ?? ''}
            hint={actions.departmentId ? 'Members of the chosen department.' : 'Choose a department to narrow this list.'}
            options={members.map((m) => ({ value: m.id, label: m.name }))}
            onChange={(e) => setActions({ ...actions, assignment: { strategy: 'person', userId: e.target.value } })}
          />
        )}
        <SelectField
          label="Priority"
          value={actions.priority ?? ''}
          options={[{ value: '', label: 'Do not change priority' }, ...CASE_PRIORITIES.map((p) => ({ value: p, label: p }))]}
          onChange={(e) => setActions({ ...actions, priority: (e.target.value || undefined) as RuleActions['priority'] })}
        />
        <div className="space-y-1.5">
          <span className="text-sm font-medium text-zinc-900">Tags</span>
          <ChipsInput label="Tags" values={actions.tags ?? []} onChange={(tags) => setActions({ ...actions, tags: tags.length ? tags : undefined })} />
        </div>
        {errors['rule.actions'] && <p className="text-xs text-red-600">{errors['rule.actions']}</p>}
      </fieldset>

      <SelectField
        label="Who may edit this rule"
        value={scope}
        error={errors.departmentId}
        options={[...(isAdmin ? [{ value: ORG_WIDE, label: 'Admins only (organisation-wide)' }] : []), ...ownDepartments.map((d) => ({ value: d.id, label: `Owners of ${d.name}` }))]}
        onChange={(e) => setScope(e.target.value)}
      />

      <label className="flex items-center gap-2 text-sm text-zinc-700">
        <input type="checkbox" className="size-4 accent-indigo-600" checked={draft.enabled} onChange={(e) => setDraft((d) => ({ ...d, enabled: e.target.checked }))} />
        Enabled
      </label>

      <section aria-label="Test result" className="rounded-lg border border-dashed border-zinc-300 p-3">
        <div className="flex items-center justify-between gap-3">
          <p className="text-sm text-zinc-600">
            {test.data ? (
              <>
                <strong className="text-zinc-900">Matches {test.data.matched.toLocaleString()}</strong> of {test.data.examined.toLocaleString()} items from the last{' '}
                {test.data.windowDays} days{test.data.capped ? ' (only the newest were checked)' : ''}.
              </>
            ) : (
              'See how many recent items this rule would catch before saving it.'
            )}
          </p>
          <Button variant="secondary" size="sm" loading={test.isPending} onClick={runTest}>
            <FlaskConical aria-hidden className="size-3.5" />
            Test this rule
          </Button>
        </div>
        {test.data && test.data.examples.length > 0 && (
          <ul className="mt-3 space-y-1.5" aria-label="Example matches">
            {test.data.examples.map((x) => (
              <li key={x.id} className="text-xs text-zinc-600">
                <span className="mr-1.5 rounded bg-zinc-100 px-1.5 py-0.5 font-medium text-zinc-700">{x.channel.replace('_', ' ')}</span>
                <span className="mr-1.5 text-zinc-400">{new Date(x.receivedAt).toLocaleDateString()}</span>
                {x.excerpt}
              </li>
            ))}
          </ul>
        )}
      </section>

      {formError && <Alert title="Could not save the rule">{formError}</Alert>}

      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={save.isPending}>
          {rule ? 'Save rule' : 'Create rule'}
        </Button>
      </DialogFooter>
    </form>
  );
}
