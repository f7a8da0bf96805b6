import type { SlaPolicy, SlaTargets } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiRequestError, errorMessage } from '../../../api/http';
import { createSlaPolicy, updateSlaPolicy } from '../../../api/sla.api';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Dialog, DialogFooter } from '../../../components/dialog';
import { TextField } from '../../../components/text-field';
import { useToast } from '../../../components/toast';
import { PRIORITY_LABELS, PRIORITY_ORDER } from './sla-format';
import { slaKeys } from './sla.keys';

const DEFAULT_TARGETS: SlaTargets = {
  urgent: { firstResponseMinutes: 60, resolutionMinutes: 480 },
  high: { firstResponseMinutes: 240, resolutionMinutes: 1440 },
  normal: { firstResponseMinutes: 480, resolutionMinutes: 4320 },
  low: { firstResponseMinutes: 1440, resolutionMinutes: 10080 },
};

type HoursGrid = Record<keyof SlaTargets, { first: string; resolution: string }>;
const toHours = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);
const toMinutes = (hours: string) => Math.round(Number(hours) * 60);

/** `target` is 'new' to create, a policy to edit, or null when closed. Targets are typed in hours. */
export function SlaPolicyDialog({ target, onClose }: { target: SlaPolicy | 'new' | null; onClose: () => void }) {
  const editing = target !== null && target !== 'new' ? target : undefined;
  return (
    <Dialog open={target !== null} onOpenChange={(open) => !open && onClose()} title={editing ? 'Edit SLA policy' : 'New SLA policy'} description="Targets count business hours of the case's department.">
      {target !== null && <SlaPolicyForm key={editing?.id ?? 'new'} policy={editing} onDone={onClose} />}
    </Dialog>
  );
}

function SlaPolicyForm({ policy, onDone }: { policy?: SlaPolicy; onDone: () => void }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const targets = policy?.targets ?? DEFAULT_TARGETS;
  const [name, setName] = useState(policy?.name ?? '');
  const [description, setDescription] = useState(policy?.description ?? '');
  const [warnPercent, setWarnPercent] = useState(String(Math.round((policy?.warnAtFraction ?? 0.75) * 100)));
  const [grid, setGrid] = useState<HoursGrid>(
    Object.fromEntries(PRIORITY_ORDER.map((p) => [p, { first: toHours(targets[p].firstResponseMinutes), resolution: toHours(targets[p].resolutionMinutes) }])) as HoursGrid,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: () => {
      const body = {
        name,
        description: description.trim() || null,
        warnAtFraction: Number(warnPercent) / 100,
        targets: Object.fromEntries(PRIORITY_ORDER.map((p) => [p, { firstResponseMinutes: toMinutes(grid[p].first), resolutionMinutes: toMinutes(grid[p].resolution) }])) as SlaTargets,
      };
      return policy ? updateSlaPolicy(policy.id, body) : createSlaPolicy(body);
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: slaKeys.policies() });
      toast({ title: policy ? 'SLA policy saved' : 'SLA policy created', description: saved.name });
      onDone();
    },
    onError: (error) => {
      if (error instanceof ApiRequestError && error.issues.length > 0) {
        setErrors(Object.fromEntries(error.issues.map((i) => [i.field, i.message])));
        setFormError(null);
      } else setFormError(errorMessage(error));
    },
  });

  const cell = (p: keyof SlaTargets, key: 'first' | 'resolution', field: string) => (
    <TextField
      label={<span className="sr-only">{`${PRIORITY_LABELS[p]} ${key === 'first' ? 'first response' : 'resolution'} (hours)`}</span>}
      type="number"
      min="0"
      step="0.25"
      inputMode="decimal"
      value={grid[p][key]}
      error={errors[`targets.${p}.${field}`]}
      onChange={(e) => setGrid({ ...grid, [p]: { ...grid[p], [key]: e.target.value } })}
    />
  );

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        setErrors({});
        save.mutate();
      }}
    >
      {formError && <Alert>{formError}</Alert>}
      <TextField label="Name" autoFocus autoComplete="off" value={name} error={errors.name} onChange={(e) => setName(e.target.value)} />
      <TextField label="Description" autoComplete="off" value={description} error={errors.description} onChange={(e) => setDescription(e.target.value)} />
      <fieldset>
        <legend className="text-sm font-medium text-zinc-800">Targets (business hours)</legend>
        <div className="mt-2 grid grid-cols-[5rem_1fr_1fr] items-start gap-x-3 gap-y-2 text-sm">
          <span />
          <span className="text-xs text-zinc-500">First response</span>
          <span className="text-xs text-zinc-500">Resolution</span>
          {PRIORITY_ORDER.map((p) => (
            <div key={p} className="contents">
              <span className="pt-2 font-medium text-zinc-700">{PRIORITY_LABELS[p]}</span>
              {cell(p, 'first', 'firstResponseMinutes')}
              {cell(p, 'resolution', 'resolutionMinutes')}
            </div>
          ))}
        </div>
      </fieldset>
      <TextField
        label="Warn at (% of target)"
        type="number"
        min="1"
        max="99"
        value={warnPercent}
        error={errors.warnAtFraction}
        hint="The assignee is warned when this share of the target has passed."
        onChange={(e) => setWarnPercent(e.target.value)}
      />
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={save.isPending}>
          {policy ? 'Save changes' : 'Create policy'}
        </Button>
      </DialogFooter>
    </form>
  );
}
