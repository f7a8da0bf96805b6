import { CHANNELS, SCORE_SCALES, SENTIMENTS, URGENCIES, type RuleCondition, type RuleConditionField, type ScoreScale } from '@fullcircle/shared';
import { X } from 'lucide-react';
import { Button } from '../../components/button';
import { Select } from '../../components/select-field';
import { Input } from '../../components/text-field';
import { ChipsInput, ToggleChips } from './chips-input';

export const FIELD_LABELS: Record<RuleConditionField, string> = {
  channel: 'Channel',
  sentiment: 'Sentiment',
  urgency: 'Urgency',
  score: 'Score',
  topics: 'Topics',
  keywords: 'Keywords',
  language: 'Language',
  segment: 'Customer segment',
  vip: 'VIP customer',
  journeyStage: 'Journey stage',
};

/** A fresh condition for a field, as the builder adds it. */
export function emptyCondition(field: RuleConditionField): RuleCondition {
  switch (field) {
    case 'score':
      return { field, scale: 'nps', min: 0, max: 6 };
    case 'topics':
    case 'keywords':
      return { field, match: 'any', values: [] };
    case 'vip':
      return { field, value: true };
    default:
      return { field, values: [] } as RuleCondition;
  }
}

const MATCH_OPTIONS = [
  { value: 'any', label: 'any of' },
  { value: 'all', label: 'all of' },
  { value: 'none', label: 'none of' },
];

const optionalInt = (raw: string): number | undefined => (raw.trim() === '' ? undefined : Math.trunc(Number(raw)));

interface ConditionEditorProps {
  condition: RuleCondition;
  onChange: (condition: RuleCondition) => void;
  onRemove: () => void;
  error?: string;
}

export function ConditionEditor({ condition, onChange, onRemove, error }: ConditionEditorProps) {
  const label = FIELD_LABELS[condition.field];
  return (
    <li aria-label={`${label} condition`} className="rounded-lg border border-zinc-200 bg-zinc-50/60 p-3">
      <div className="mb-2 flex items-center justify-between">
        <span className="text-sm font-medium text-zinc-800">{label}</span>
        <Button variant="ghost" size="icon" aria-label={`Remove ${label} condition`} onClick={onRemove}>
          <X aria-hidden className="size-4" />
        </Button>
      </div>
      <ConditionControl condition={condition} onChange={onChange} label={label} />
      {error && <p className="mt-1.5 text-xs text-red-600">{error}</p>}
    </li>
  );
}

function ConditionControl({ condition: c, onChange, label }: { condition: RuleCondition; onChange: (c: RuleCondition) => void; label: string }) {
  switch (c.field) {
    case 'channel':
      return <ToggleChips label={label} options={CHANNELS} values={c.values} onChange={(values) => onChange({ ...c, values: values as typeof c.values })} />;
    case 'sentiment':
      return <ToggleChips label={label} options={SENTIMENTS} values={c.values} onChange={(values) => onChange({ ...c, values: values as typeof c.values })} />;
    case 'urgency':
      return <ToggleChips label={label} options={URGENCIES} values={c.values} onChange={(values) => onChange({ ...c, values: values as typeof c.values })} />;
    case 'score': {
      const range = SCORE_SCALES[c.scale];
      return (
        <div className="grid grid-cols-3 gap-2">
          <Select
            aria-label="Score scale"
            value={c.scale}
            options={Object.keys(SCORE_SCALES).map((s) => ({ value: s, label: s.toUpperCase() }))}
            onChange={(e) => onChange({ ...c, scale: e.target.value as ScoreScale })}
          />
          <Input aria-label="Minimum score" type="number" min={range.min} max={range.max} placeholder={`min ${range.min}`} value={c.min ?? ''} onChange={(e) => onChange({ ...c, min: optionalInt(e.target.value) })} />
          <Input aria-label="Maximum score" type="number" min={range.min} max={range.max} placeholder={`max ${range.max}`} value={c.max ?? ''} onChange={(e) => onChange({ ...c, max: optionalInt(e.target.value) })} />
        </div>
      );
    }
    case 'topics':
    case 'keywords':
      return (
        <div className="space-y-2">
          <Select aria-label={`${label} match`} value={c.match} options={MATCH_OPTIONS} onChange={(e) => onChange({ ...c, match: e.target.value as typeof c.match })} />
          <ChipsInput
            label={label}
            values={c.values}
            onChange={(values) => onChange({ ...c, values })}
            placeholder={c.field === 'keywords' ? 'e.g. lost * bag, then Enter' : 'e.g. baggage, then Enter'}
          />
        </div>
      );
    case 'vip':
      return (
        <Select
          aria-label={label}
          value={c.value ? 'yes' : 'no'}
          options={[
            { value: 'yes', label: 'is a VIP' },
            { value: 'no', label: 'is not a VIP' },
          ]}
          onChange={(e) => onChange({ ...c, value: e.target.value === 'yes' })}
        />
      );
    default:
      return (
        <ChipsInput
          label={label}
          values={c.values}
          onChange={(values) => onChange({ ...c, values })}
          placeholder={c.field === 'language' ? 'e.g. en, then Enter' : undefined}
        />
      );
  }
}
