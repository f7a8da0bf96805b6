import { createHash } from 'node:crypto';

// Far deeper than any request schema goes; bounds the recursion so junk cannot exhaust the stack.
const MAX_DEPTH = 64;

export class BodyTooDeepError extends Error {
  constructor() {
    super(`the body is nested more than ${MAX_DEPTH} levels deep`);
  }
}

/** JSON with object keys sorted at every level, so `{a,b}` and `{b,a}` read the same. */
export function canonicalJson(value: unknown, depth = 0): string {
  if (depth > MAX_DEPTH) throw new BodyTooDeepError();
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item, depth + 1)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v, depth + 1)}`).join(',')}}`;
}

/** SHA-256 (hex) of method, request target and canonical body: what an Idempotency-Key is bound to. */
export function requestHash(method: string, target: string, body: unknown): string {
  const canonicalBody = body === undefined ? '' : canonicalJson(body);
  return createHash('sha256').update(`${method.toUpperCase()} ${target}\n${canonicalBody}`, 'utf8').digest('hex');
}
