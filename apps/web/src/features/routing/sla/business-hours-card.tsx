import type { BusinessHours, Department } from '@fullcircle/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useMemo, useState } from 'react';
import { ApiRequestError, errorMessage } from '../../../api/http';
import { getBusinessHours, setBusinessHours } from '../../../api/sla.api';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { Card, CardHeader } from '../../../components/card';
import { cn, focusRing } from '../../../components/cn';
import { SelectField } from '../../../components/select-field';
import { SkeletonRows } from '../../../components/skeleton';
import { TextField } from '../../../components/text-field';
import { useToast } from '../../../components/toast';
import { WEEKDAYS } from './sla-format';
import { slaKeys } from './sla.keys';

function timeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** One department's working hours: zone, days, start/end and holidays. */
export function BusinessHoursCard({ departments }: { departments: Department[] }) {
  const [departmentId, setDepartmentId] = useState(departments[0]?.id ?? '');
  const hours = useQuery({ queryKey: slaKeys.hours(departmentId), queryFn: () => getBusinessHours(departmentId), enabled: !!departmentId });
  const current = departments.find((d) => d.id === departmentId);

  return (
    <Card>
      <CardHeader
        title="Business hours"
        description="SLA clocks only run while a department is working. Departments without hours are always open."
        actions={hours.data && <Badge tone={hours.data.configured ? 'success' : 'neutral'}>{hours.data.configured ? 'Custom hours' : 'Always open'}</Badge>}
      />
      <div className="space-y-5 p-5">
        <div className="sm:max-w-md">
          <SelectField
            label="Department"
          value={departmentId}
          onChange={(e) => setDepartmentId(e.target.value)}
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
          />
        </div>
        {hours.isPending ? (
          <SkeletonRows rows={3} label="Loading business hours" />
        ) : hours.isError ? (
          <Alert title="Could not load business hours">{errorMessage(hours.error)}</Alert>
        ) : (
          <HoursForm key={`${departmentId}-${hours.dataUpdatedAt}`} departmentId={departmentId} departmentName={current?.name ?? ''} initial={hours.data.hours} />
        )}
      </div>
    </Card>
  );
}

function HoursForm({ departmentId, departmentName, initial }: { departmentId: string; departmentName: string; initial: BusinessHours }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const zones = useMemo(timeZones, []);
  const [value, setValue] = useState<BusinessHours>(initial);
  const [holiday, setHoliday] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: () => setBusinessHours(departmentId, value),
    onSuccess: (saved) => {
      queryClient.setQueryData(slaKeys.hours(departmentId), saved);
      toast({ title: 'Business hours saved', description: departmentName });
    },
    onError: (error) => {
      if (error instanceof ApiRequestError && error.issues.length > 0) setErrors(Object.fromEntries(error.issues.map((i) => [i.field.split('.')[0], i.message])));
      else setFormError(errorMessage(error));
    },
  });

  const toggleDay = (day: number) =>
    setValue((v) => ({ ...v, workingDays: v.workingDays.includes(day) ? v.workingDays.filter((d) => d !== day) : [...v.workingDays, day].sort((a, b) => a - b) }));
  const addHoliday = () => {
    if (!holiday || value.holidays.includes(holiday)) return;
    setValue((v) => ({ ...v, holidays: [...v.holidays, holiday].sort() }));
    setHoliday('');
  };

  return (
    <form
      noValidate
      className="space-y-5"
      aria-label={`Business hours of ${departmentName}`}
      onSubmit={(e) => {
        e.preventDefault();
        setErrors({});
        setFormError(null);
        save.mutate();
      }}
    >
      {formError && <Alert>{formError}</Alert>}
      <div className="sm:max-w-md">
        <SelectField label="Time zone" value={value.timeZone} error={errors.timeZone} onChange={(e) => setValue({ ...value, timeZone: e.target.value })} options={zones.map((z) => ({ value: z, label: z }))} />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-zinc-800">Working days</legend>
        <div className="mt-2 flex flex-wrap gap-1.5">
          {WEEKDAYS.map((d) => {
            const on = value.workingDays.includes(d.value);
            return (
              <button
                key={d.value}
                type="button"
                aria-pressed={on}
                onClick={() => toggleDay(d.value)}
                className={cn('w-12 rounded-md px-2 py-1.5 text-sm font-medium ring-1 ring-inset', on ? 'bg-indigo-600 text-white ring-indigo-600' : 'bg-white text-zinc-600 ring-zinc-300 hover:bg-zinc-50', focusRing)}
              >
                {d.label}
              </button>
            );
          })}
        </div>
        {errors.workingDays && <p className="mt-1.5 text-sm text-red-600">{errors.workingDays}</p>}
      </fieldset>
      <div className="grid grid-cols-2 gap-4 sm:max-w-sm">
        <TextField label="Opens" type="time" value={value.start} error={errors.start} onChange={(e) => setValue({ ...value, start: e.target.value })} />
        <TextField label="Closes" type="time" value={value.end === '24:00' ? '23:59' : value.end} error={errors.end} hint={value.end === '24:00' ? 'Midnight' : undefined} onChange={(e) => setValue({ ...value, end: e.target.value })} />
      </div>
      <div className="space-y-2">
        <div className="flex items-end gap-2 sm:max-w-sm">
          <div className="flex-1">
            <TextField label="Holiday" type="date" value={holiday} error={errors.holidays} onChange={(e) => setHoliday(e.target.value)} />
          </div>
          <Button variant="secondary" onClick={addHoliday} disabled={!holiday}>
            Add holiday
          </Button>
        </div>
        {value.holidays.length === 0 ? (
          <p className="text-sm text-zinc-500">No holidays.</p>
        ) : (
          <ul className="flex flex-wrap gap-1.5" aria-label="Holidays">
            {value.holidays.map((h) => (
              <li key={h} className="flex items-center gap-1 rounded-full bg-zinc-100 py-0.5 pr-1 pl-2.5 text-sm text-zinc-700">
                {h}
                <button type="button" aria-label={`Remove ${h}`} onClick={() => setValue({ ...value, holidays: value.holidays.filter((x) => x !== h) })} className={cn('rounded-full p-0.5 text-zinc-500 hover:bg-zinc-200', focusRing)}>
                  <X aria-hidden className="size-3.5" />
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="flex justify-end">
        <Button type="submit" loading={save.isPending}>
          Save hours
        </Button>
      </div>
    </form>
  );
}
