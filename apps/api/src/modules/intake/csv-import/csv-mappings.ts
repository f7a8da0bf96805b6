import { createHash } from 'node:crypto';
import { type CsvMapping, type ScoreScale, scoreScaleSchema, submitFeedbackRequestSchema } from '@fullcircle/shared';
import type { IntakeItem } from '../feedback-row';

/** One parsed CSV record: header → cell. */
export type CsvRecord = Record<string, string | undefined>;

export interface RowIssue {
  /** The CSV column at fault, or null for the row as a whole. */
  field: string | null;
  message: string;
}

export type MappedRow = { ok: true; item: IntakeItem & { externalMessageId: string } } | { ok: false; issues: RowIssue[] };

type DateFormat = 'iso' | 'us-datetime';

/** How a mapping reads a row; built-in presets below, each a plain description of its columns. */
interface MappingSpec {
  name: string;
  label: string;
  description: string;
  text: string;
  subject?: string;
  score?: { column: string; scale: ScoreScale } | { column: string; scaleColumn: string };
  receivedAt?: { column: string; format: DateFormat };
  /** The row's own id; without one (or when empty) a hash of the row stands in, so a re-import still matches. */
  externalMessageId?: { column: string; required: boolean };
  customer: {
    email?: string;
    phone?: string;
    externalId?: { column: string; prefix?: string };
    handle?: { column: string; network: string };
    name?: string;
  };
  journeyStage?: string;
  language?: string;
  /** Columns copied into metadata; 'rest' copies every column no field reads. */
  metadata: string[] | 'rest';
  requiredColumns: string[];
  /** Twitter's API delivered tweet text HTML-escaped (`&amp;`): decode it back to what was written. */
  decodeHtmlEntities?: boolean;
}

const AIRLINE_TWEETS: MappingSpec = {
  name: 'airline-tweets',
  label: 'Airline tweets (Twitter US Airline Sentiment)',
  description:
    'Tweets to six US airlines, February 2015. The data set names no author, so each tweet becomes its own customer, identified by the tweet id.',
  text: 'text',
  receivedAt: { column: 'tweet_created', format: 'us-datetime' },
  externalMessageId: { column: 'tweet_id', required: true },
  customer: { externalId: { column: 'tweet_id', prefix: 'tweet-' } },
  metadata: ['airline', 'airline_sentiment', 'negativereason'],
  requiredColumns: ['tweet_id', 'text', 'tweet_created', 'airline'],
  decodeHtmlEntities: true,
};

/** Documented in README ("CSV import"): a header any spreadsheet can produce. */
const GENERIC: MappingSpec = {
  name: 'generic',
  label: 'Generic feedback file',
  description:
    'One row per feedback item: text plus at least one of email, phone or customer_id. Columns not listed here are kept as metadata. Without an id column a hash of the row identifies it, so importing the same file again adds nothing.',
  text: 'text',
  subject: 'subject',
  score: { column: 'score', scaleColumn: 'score_scale' },
  receivedAt: { column: 'received_at', format: 'iso' },
  externalMessageId: { column: 'id', required: false },
  customer: { email: 'email', phone: 'phone', externalId: { column: 'customer_id' }, name: 'name' },
  journeyStage: 'journey_stage',
  language: 'language',
  metadata: 'rest',
  requiredColumns: ['text'],
};

const SPECS = [AIRLINE_TWEETS, GENERIC];

export function mappingNames(): string[] {
  return SPECS.map((s) => s.name);
}

function findSpec(name: string): MappingSpec | undefined {
  return SPECS.find((s) => s.name === name);
}

/** Every column a spec reads by name (not metadata). */
function readColumns(spec: MappingSpec): string[] {
  const columns = [
    spec.text,
    spec.subject,
    spec.score?.column,
    spec.score && 'scaleColumn' in spec.score ? spec.score.scaleColumn : undefined,
    spec.receivedAt?.column,
    spec.externalMessageId?.column,
    spec.customer.email,
    spec.customer.phone,
    spec.customer.externalId?.column,
    spec.customer.handle?.column,
    spec.customer.name,
    spec.journeyStage,
    spec.language,
  ];
  return [...new Set(columns.filter((c): c is string => !!c))];
}

export function describeMapping(spec: MappingSpec): CsvMapping {
  const fields: CsvMapping['fields'] = [{ field: 'text', source: spec.text }];
  if (spec.subject) fields.push({ field: 'subject', source: spec.subject });
  if (spec.score) {
    fields.push({
      field: 'score',
      source: 'scale' in spec.score ? `${spec.score.column} (${spec.score.scale})` : `${spec.score.column} (scale from ${spec.score.scaleColumn}: nps, csat or ces)`,
    });
  }
  if (spec.receivedAt) fields.push({ field: 'received at', source: `${spec.receivedAt.column} (${spec.receivedAt.format === 'iso' ? 'ISO 8601; UTC when no offset' : 'M/D/YYYY H:mm, UTC'})` });
  fields.push({ field: 'message id', source: spec.externalMessageId ? `${spec.externalMessageId.column}${spec.externalMessageId.required ? '' : ' (else a hash of the row)'}` : 'a hash of the row' });
  const c = spec.customer;
  if (c.email) fields.push({ field: 'customer email', source: c.email });
  if (c.phone) fields.push({ field: 'customer phone', source: c.phone });
  if (c.externalId) fields.push({ field: 'customer external id', source: `${c.externalId.prefix ?? ''}${c.externalId.prefix ? '<' : ''}${c.externalId.column}${c.externalId.prefix ? '>' : ''}` });
  if (c.handle) fields.push({ field: `customer ${c.handle.network} handle`, source: c.handle.column });
  if (c.name) fields.push({ field: 'customer name', source: c.name });
  if (spec.journeyStage) fields.push({ field: 'journey stage', source: spec.journeyStage });
  if (spec.language) fields.push({ field: 'language', source: spec.language });
  fields.push({ field: 'metadata', source: spec.metadata === 'rest' ? 'every other column' : spec.metadata.join(', ') });
  const optional = [...readColumns(spec), ...(spec.metadata === 'rest' ? [] : spec.metadata)].filter((col) => !spec.requiredColumns.includes(col));
  return {
    name: spec.name,
    label: spec.label,
    description: spec.description,
    requiredColumns: spec.requiredColumns,
    optionalColumns: [...new Set(optional)],
    fields,
  };
}

export function listMappings(): CsvMapping[] {
  return SPECS.map(describeMapping);
}

/** A mapping that can read rows, or null when no mapping has this name. */
export function csvMapping(name: string): CsvRowMapper | null {
  const spec = findSpec(name);
  return spec ? new CsvRowMapper(spec) : null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** "2/24/2015 11:15" (the airline data set's tweet_created) read as UTC. */
function parseUsDateTime(value: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const [, month, day, year, hour = '0', minute = '0', second = '0'] = m;
  const date = new Date(Date.UTC(+year, +month - 1, +day, +hour, +minute, +second));
  if (date.getUTCMonth() !== +month - 1 || date.getUTCDate() !== +day || +hour > 23 || +minute > 59 || +second > 59) return null;
  return date.toISOString();
}

/** ISO 8601; a date or date-time without an offset is read as UTC. */
function parseIsoDateTime(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(value);
  if (!m) return null;
  const [, year, month, day, time, zone] = m;
  // Date rolls 2026-02-30 over to March: refuse days a calendar does not have
  const calendar = new Date(Date.UTC(+year, +month - 1, +day));
  if (calendar.getUTCMonth() !== +month - 1 || calendar.getUTCDate() !== +day) return null;
  const offset = !zone || /^z$/i.test(zone) ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const parsed = new Date(`${year}-${month}-${day}T${time ?? '00:00:00'}${offset}`);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
}

/** Turns CSV records into intake items for one mapping, or says which columns are wrong. */
export class CsvRowMapper {
  readonly name: string;
  readonly source: string;

  constructor(private readonly spec: MappingSpec) {
    this.name = spec.name;
    this.source = `csv:${spec.name}`;
  }

  /** The header's problems (missing required columns), empty when the file can be read. */
  checkHeader(header: string[]): string[] {
    const present = new Set(header);
    return this.spec.requiredColumns.filter((col) => !present.has(col));
  }

  map(record: CsvRecord): MappedRow {
    const spec = this.spec;
    const issues: RowIssue[] = [];
    const cell = (column: string | undefined): string | undefined => {
      if (!column) return undefined;
      const value = record[column]?.trim();
      return value ? value : undefined;
    };

    const rawText = record[spec.text] ?? '';
    const text = spec.decodeHtmlEntities ? decodeHtmlEntities(rawText) : rawText;

    let score: IntakeItem['score'];
    if (spec.score && cell(spec.score.column) !== undefined) {
      const raw = cell(spec.score.column)!;
      const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
      const scaleRaw = 'scale' in spec.score ? spec.score.scale : cell(spec.score.scaleColumn)?.toLowerCase();
      const scale = scoreScaleSchema.safeParse(scaleRaw);
      if (Number.isNaN(value)) issues.push({ field: spec.score.column, message: `must be a whole number, got "${raw.slice(0, 40)}"` });
      else if (!scale.success) {
        issues.push({ field: 'scaleColumn' in spec.score ? spec.score.scaleColumn : spec.score.column, message: 'must be nps, csat or ces when a score is given' });
      } else score = { scale: scale.data, value };
    }

    let receivedAt: string | undefined;
    const when = cell(spec.receivedAt?.column);
    if (spec.receivedAt && when) {
      const parsed = spec.receivedAt.format === 'iso' ? parseIsoDateTime(when) : parseUsDateTime(when);
      if (parsed) receivedAt = parsed;
      else {
        const example = spec.receivedAt.format === 'iso' ? '2026-03-01T09:30:00Z' : '2/24/2015 11:15';
        issues.push({ field: spec.receivedAt.column, message: `must be a date like ${example}, got "${when.slice(0, 40)}"` });
      }
    }

    const ownId = cell(spec.externalMessageId?.column);
    if (spec.externalMessageId?.required && !ownId) issues.push({ field: spec.externalMessageId.column, message: 'is required' });
    const externalMessageId = `${spec.name}:${ownId ?? `sha256-${rowHash(record)}`}`;

    const c = spec.customer;
    const externalIdValue = cell(c.externalId?.column);
    const handleValue = cell(c.handle?.column);
    const customer = dropUndefined({
      email: cell(c.email)?.toLowerCase(),
      phone: cell(c.phone),
      externalId: externalIdValue ? `${c.externalId?.prefix ?? ''}${externalIdValue}` : undefined,
      handle: handleValue && c.handle ? { network: c.handle.network, handle: handleValue } : undefined,
      name: cell(c.name),
    });

    const metadata: Record<string, string> = {};
    const metadataColumns = spec.metadata === 'rest' ? Object.keys(record).filter((k) => !readColumns(spec).includes(k)) : spec.metadata;
    for (const column of metadataColumns) {
      const value = cell(column);
      if (value !== undefined && column.trim()) metadata[column.trim().slice(0, 60)] = value;
    }

    const candidate = dropUndefined({
      text,
      subject: cell(spec.subject),
      score,
      language: cell(spec.language)?.toLowerCase(),
      journeyStage: cell(spec.journeyStage),
      receivedAt,
      externalMessageId,
      customer,
      metadata: Object.keys(metadata).length ? metadata : undefined,
    });
    const parsed = submitFeedbackRequestSchema.safeParse(candidate);
    if (!parsed.success) {
      // A column this mapping already faulted (an empty required id) is not reported twice.
      const faulted = new Set(issues.map((i) => i.field));
      for (const issue of parsed.error.issues) {
        const field = this.columnOf(issue.path.map(String));
        // The sender refinement names API fields (externalId, handle): say it in this file's columns.
        const message = issue.path.length === 1 && issue.path[0] === 'customer' && field ? `needs a value in at least one of ${field.split(' / ').join(', ')}` : issue.message;
        if (!faulted.has(field)) issues.push({ field, message });
      }
    }
    if (issues.length || !parsed.success) return { ok: false, issues: dedupeIssues(issues) };
    return { ok: true, item: { ...parsed.data, externalMessageId: parsed.data.externalMessageId! } };
  }

  /** The CSV column behind a schema path, so the error report names what the user can fix. */
  private columnOf(path: string[]): string | null {
    const spec = this.spec;
    const [head, sub] = path;
    switch (head) {
      case 'text':
        return spec.text;
      case 'subject':
        return spec.subject ?? null;
      case 'score':
        return spec.score?.column ?? null;
      case 'language':
        return spec.language ?? null;
      case 'journeyStage':
        return spec.journeyStage ?? null;
      case 'receivedAt':
        return spec.receivedAt?.column ?? null;
      case 'externalMessageId':
        return spec.externalMessageId?.column ?? null;
      case 'metadata':
        return sub ?? null;
      case 'customer': {
        const c = spec.customer;
        const byField: Record<string, string | undefined> = {
          email: c.email,
          phone: c.phone,
          externalId: c.externalId?.column,
          handle: c.handle?.column,
        };
        if (sub === 'name') return c.name ?? null;
        if (sub && byField[sub]) return byField[sub]!;
        // "needs at least one of …": name every identity column the mapping reads
        return Object.values(byField).filter(Boolean).join(' / ') || null;
      }
      default:
        return null;
    }
  }
}

function rowHash(record: CsvRecord): string {
  const canonical = JSON.stringify(Object.keys(record).sort().map((k) => [k, record[k] ?? '']));
  return createHash('sha256').update(canonical).digest('hex').slice(0, 40);
}

function dropUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function dedupeIssues(issues: RowIssue[]): RowIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.field}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
