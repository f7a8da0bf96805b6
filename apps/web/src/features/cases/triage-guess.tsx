import type { CaseSummaryDto, Department } from '@fullcircle/shared';
import { percent } from './case-labels';
import { ConfidenceMeter } from './confidence-meter';

/** The department model's best guess for a case in triage, as routing recorded it. */
export function TriageGuess({ guess, departments }: { guess: CaseSummaryDto['guess']; departments: Department[] }) {
  if (!guess || !guess.departmentId) return <span className="text-zinc-400">No guess</span>;
  const name = departments.find((d) => d.id === guess.departmentId)?.name ?? 'Unknown department';
  return (
    <span className="flex items-center gap-2" title={`The model is ${percent(guess.confidence)} sure; it routes by itself from ${percent(guess.threshold)}`}>
      <span className="font-medium text-zinc-900">{name}</span>
      <ConfidenceMeter confidence={guess.confidence} threshold={guess.threshold} compact />
    </span>
  );
}
