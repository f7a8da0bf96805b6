import { cn } from '../../components/cn';

/**
 * Two bars: the usual volume per window (baseline) and the window's; the text twin is in the
 * accessible label, so screen readers get the numbers rather than the picture.
 */
export function VolumeBars({ volume, baseline, className }: { volume: number; baseline: number; className?: string }) {
  const max = Math.max(volume, baseline, 1);
  const width = (n: number) => `${Math.max(2, Math.round((n / max) * 100))}%`;
  return (
    <div role="img" aria-label={`${volume} items in the window against ${baseline.toFixed(1)} usually`} className={cn('w-40 space-y-1', className)}>
      <div className="flex items-center gap-2">
        <span className="w-12 text-[10px] text-zinc-500 uppercase">Usual</span>
        <span className="h-2 flex-1 rounded-full bg-zinc-100">
          <span className="block h-2 rounded-full bg-zinc-400" style={{ width: width(baseline) }} />
        </span>
      </div>
      <div className="flex items-center gap-2">
        <span className="w-12 text-[10px] text-zinc-500 uppercase">Now</span>
        <span className="h-2 flex-1 rounded-full bg-zinc-100">
          <span className="block h-2 rounded-full bg-red-500" style={{ width: width(volume) }} />
        </span>
      </div>
    </div>
  );
}
