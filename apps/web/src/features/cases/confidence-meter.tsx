import { cn } from '../../components/cn';
import { percent } from './case-labels';

/** Confidence as a short bar, with a tick where the auto-route threshold sits. */
export function ConfidenceMeter({ confidence, threshold, compact = false }: { confidence: number; threshold: number; compact?: boolean }) {
  const reached = confidence >= threshold;
  return (
    <span className={cn('items-center gap-1.5', compact ? 'inline-flex' : 'flex w-full')}>
      <span
        role="meter"
        aria-label="Model confidence"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(confidence * 100)}
        aria-valuetext={`${percent(confidence)}, threshold ${percent(threshold)}`}
        className={cn('relative block h-1.5 rounded-full bg-zinc-200', compact ? 'w-14' : 'w-full')}
      >
        <span className={cn('absolute inset-y-0 left-0 rounded-full', reached ? 'bg-emerald-500' : 'bg-amber-500')} style={{ width: `${Math.min(100, confidence * 100)}%` }} />
        <span aria-hidden className="absolute -top-1 -bottom-1 w-0.5 rounded bg-zinc-700" style={{ left: `calc(${threshold * 100}% - 1px)` }} />
      </span>
      {compact && <span className="text-xs text-zinc-600 tabular-nums">{percent(confidence)}</span>}
    </span>
  );
}
