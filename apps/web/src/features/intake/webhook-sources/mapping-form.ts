import {
  WEBHOOK_MAPPING_PRESETS,
  type CreateWebhookSourceRequest,
  type ScoreScale,
  type WebhookFieldMapping,
  type WebhookMappingPreset,
  type WebhookSourceKind,
  createWebhookSourceRequestSchema,
} from '@fullcircle/shared';

/** The create form's values: every mapping path as a plain string, empty when not mapped. */
export interface SourceFormValues {
  name: string;
  kind: WebhookSourceKind;
  network: string;
  preset: WebhookMappingPreset['id'];
  text: string;
  externalMessageId: string;
  subject: string;
  receivedAt: string;
  authorHandle: string;
  authorName: string;
  authorEmail: string;
  language: string;
  url: string;
  scorePath: string;
  scoreScale: ScoreScale;
  scoreFromMin: string;
  scoreFromMax: string;
  /** One `key = path` per line. */
  metadata: string;
  /** A payload to test the mapping against (JSON text). */
  sample: string;
}

export const PATH_FIELDS = [
  { name: 'text', label: 'Text', required: true },
  { name: 'externalMessageId', label: 'Message id', required: true },
  { name: 'subject', label: 'Subject or title' },
  { name: 'receivedAt', label: 'Posted at' },
  { name: 'authorHandle', label: 'Author handle' },
  { name: 'authorName', label: 'Author name' },
  { name: 'authorEmail', label: 'Author email' },
  { name: 'language', label: 'Language' },
  { name: 'url', label: 'Link to the post' },
] as const satisfies readonly { name: keyof SourceFormValues & keyof WebhookFieldMapping; label: string; required?: boolean }[];

export function presetById(id: string): WebhookMappingPreset {
  return WEBHOOK_MAPPING_PRESETS.find((p) => p.id === id) ?? WEBHOOK_MAPPING_PRESETS[0];
}

/** The form's mapping fields filled from a preset (or a saved mapping), with its sample payload. */
export function mappingValues(mapping: WebhookFieldMapping, sample?: unknown): Omit<SourceFormValues, 'name' | 'kind' | 'network' | 'preset'> {
  return {
    text: mapping.text,
    externalMessageId: mapping.externalMessageId,
    subject: mapping.subject ?? '',
    receivedAt: mapping.receivedAt ?? '',
    authorHandle: mapping.authorHandle ?? '',
    authorName: mapping.authorName ?? '',
    authorEmail: mapping.authorEmail ?? '',
    language: mapping.language ?? '',
    url: mapping.url ?? '',
    scorePath: mapping.score?.path ?? '',
    scoreScale: mapping.score?.scale ?? 'csat',
    scoreFromMin: mapping.score?.from ? String(mapping.score.from.min) : '',
    scoreFromMax: mapping.score?.from ? String(mapping.score.from.max) : '',
    metadata: Object.entries(mapping.metadata ?? {})
      .map(([key, path]) => `${key} = ${path}`)
      .join('\n'),
    sample: sample === undefined ? '' : JSON.stringify(sample, null, 2),
  };
}

export function defaultSourceValues(presetId: WebhookMappingPreset['id'] = 'review'): SourceFormValues {
  const preset = presetById(presetId);
  return { name: '', kind: preset.kind, network: '', preset: preset.id, ...mappingValues(preset.mapping, preset.sample) };
}

/** The mapping as the API takes it: empty paths left out (the API validates the rest). */
export function toMapping(values: SourceFormValues): WebhookFieldMapping {
  const mapping: Record<string, unknown> = {};
  for (const { name } of PATH_FIELDS) {
    const path = values[name].trim();
    if (path) mapping[name] = path;
  }
  if (values.scorePath.trim()) {
    const from =
      values.scoreFromMin.trim() || values.scoreFromMax.trim()
        ? { min: Number(values.scoreFromMin), max: Number(values.scoreFromMax) }
        : undefined;
    mapping.score = { path: values.scorePath.trim(), scale: values.scoreScale, ...(from && { from }) };
  }
  const metadata: Record<string, string> = {};
  for (const line of values.metadata.split('\n')) {
    if (!line.trim()) continue;
    const eq = line.indexOf('=');
    metadata[(eq < 0 ? line : line.slice(0, eq)).trim()] = eq < 0 ? '' : line.slice(eq + 1).trim();
  }
  if (Object.keys(metadata).length) mapping.metadata = metadata;
  return mapping as unknown as WebhookFieldMapping;
}

export function toCreateRequest(values: SourceFormValues): CreateWebhookSourceRequest {
  return { name: values.name, kind: values.kind, network: values.network, mapping: toMapping(values) };
}

/** Which form field an API or schema issue path belongs to. */
export function formFieldOf(path: string): keyof SourceFormValues | null {
  const steps = path.split('.');
  if (steps[0] === 'name' || steps[0] === 'network' || steps[0] === 'kind') return steps[0];
  if (steps[0] !== 'mapping') return null;
  if (steps[1] === 'score') return steps[2] === 'from' ? (steps[3] === 'min' ? 'scoreFromMin' : 'scoreFromMax') : steps[2] === 'scale' ? 'scoreScale' : 'scorePath';
  if (steps[1] === 'metadata') return 'metadata';
  return PATH_FIELDS.some((f) => f.name === steps[1]) ? (steps[1] as keyof SourceFormValues) : null;
}

/** The shared schema's verdict on the form, by form field (empty when it may be sent). */
export function validateSourceForm(values: SourceFormValues): Partial<Record<keyof SourceFormValues, string>> {
  const parsed = createWebhookSourceRequestSchema.safeParse(toCreateRequest(values));
  const errors: Partial<Record<keyof SourceFormValues, string>> = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const field = formFieldOf(issue.path.map(String).join('.'));
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}
