import type { ImportJob } from '@fullcircle/shared';
import { formatBytes, formatDuration, percentDone, statusTone } from './import-progress';

const job = (over: Partial<ImportJob>): ImportJob => ({
  id: '00000000-0000-4000-8000-000000000001',
  fileName: 'f.csv',
  mapping: 'generic',
  origin: 'upload',
  status: 'running',
  sizeBytes: 10,
  totalRows: 200,
  processedRows: 50,
  acceptedRows: 50,
  duplicateRows: 0,
  failedRows: 0,
  createdBy: null,
  createdAt: '2026-03-01T09:00:00Z',
  startedAt: '2026-03-01T09:00:00Z',
  finishedAt: null,
  error: null,
  ...over,
});

describe('import progress', () => {
  it('rounds the percentage down, so 100% means every row is done', () => {
    expect(percentDone(job({}))).toBe(25);
    expect(percentDone(job({ processedRows: 199 }))).toBe(99);
    expect(percentDone(job({ processedRows: 200 }))).toBe(100);
    expect(percentDone(job({ totalRows: 0, processedRows: 0 }))).toBe(0);
  });

  it('tells a finished job with failed rows apart from a clean one', () => {
    expect(statusTone(job({ status: 'completed' }))).toBe('success');
    expect(statusTone(job({ status: 'completed', failedRows: 2 }))).toBe('warning');
    expect(statusTone(job({ status: 'failed' }))).toBe('danger');
    expect(statusTone(job({ status: 'queued' }))).toBe('accent');
  });

  it('formats sizes and durations', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2_000_000)).toBe('1.9 MB');
    expect(formatDuration(job({}))).toBeNull();
    expect(formatDuration(job({ finishedAt: '2026-03-01T09:00:42Z' }))).toBe('42 s');
    expect(formatDuration(job({ finishedAt: '2026-03-01T09:12:05Z' }))).toBe('12 min 5 s');
  });
});
