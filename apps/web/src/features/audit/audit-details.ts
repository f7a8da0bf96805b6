import type { AuditEvent } from '@fullcircle/shared';
import { departmentNames, idList, isRole, roleName, type AuditLookup } from './audit-lookup';

export interface AuditDetail {
  label: string;
  value: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "departmentIds" → "Departments", "occurredAt" → "Occurred at". */
function humanise(key: string): string {
  const words = key
    .replace(/Ids?$/, (m) => (m === 'Ids' ? 's' : ''))
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function formatValue(key: string, value: unknown, lookup: AuditLookup): string {
  if (value === null || value === undefined || value === '') return '—';
  if (/departmentIds?$/.test(key) && (Array.isArray(value) || typeof value === 'string')) {
    const ids = typeof value === 'string' ? [value] : idList(value);
    return ids.length ? departmentNames(ids, lookup).join(', ') : 'None';
  }
  if (key === 'role' && isRole(value)) return roleName(value);
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue('', v, lookup)).join(', ') : 'None';
  if (isRecord(value)) return Object.keys(value).length ? JSON.stringify(value) : '—';
  return String(value);
}

/**
 * The event's data as label/value pairs: `{ from, to }` reads as "from → to", other nested objects
 * (e.g. a department's `changes`) are flattened one level, ids are shown as names where known.
 */
export function auditDetails(event: AuditEvent, lookup: AuditLookup): AuditDetail[] {
  const details: AuditDetail[] = [];
  for (const [key, value] of Object.entries(event.data)) {
    if (isRecord(value) && 'from' in value && 'to' in value) {
      details.push({ label: humanise(key), value: `${formatValue(key, value.from, lookup)} → ${formatValue(key, value.to, lookup)}` });
    } else if (isRecord(value) && Object.keys(value).length > 0) {
      for (const [inner, innerValue] of Object.entries(value)) {
        details.push({ label: `${humanise(key)} › ${humanise(inner)}`, value: formatValue(inner, innerValue, lookup) });
      }
    } else {
      details.push({ label: humanise(key), value: formatValue(key, value, lookup) });
    }
  }
  return details;
}
