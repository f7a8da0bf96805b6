import { useId } from 'react';
import { cn } from '../../components/cn';

interface ScoreScalePickerProps {
  question: string;
  min: number;
  max: number;
  lowLabel: string;
  highLabel: string;
  value: number | null;
  onChange: (score: number) => void;
  invalid?: boolean;
}

/**
 * The scale as one radio group of large tap targets: native radios, so arrow keys move between
 * scores and screen readers announce "3 of 11". NPS's eleven scores wrap to two rows on a phone.
 */
export function ScoreScalePicker({ question, min, max, lowLabel, highLabel, value, onChange, invalid }: ScoreScalePickerProps) {
  const name = useId();
  const hintId = useId();
  const scores = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const wide = scores.length > 7;

  return (
    <fieldset aria-describedby={hintId} aria-invalid={invalid || undefined}>
      <legend className="text-lg leading-snug font-semibold text-balance text-zinc-900 sm:text-xl">{question}</legend>
      <div
        role="radiogroup"
        aria-label={question}
        className={cn('mt-5 grid gap-2', wide ? 'grid-cols-6 sm:grid-cols-11' : scores.length === 7 ? 'grid-cols-7' : 'grid-cols-5')}
      >
        {scores.map((score) => {
          const checked = value === score;
          const label = score === min ? `${score} – ${lowLabel}` : score === max ? `${score} – ${highLabel}` : String(score);
          return (
            <label
              key={score}
              className={cn(
                'relative flex h-12 min-w-11 cursor-pointer items-center justify-center rounded-lg text-base font-semibold tabular-nums ring-1 transition-colors select-none sm:h-14',
                'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-indigo-600',
                checked ? 'bg-indigo-600 text-white ring-indigo-600' : 'bg-white text-zinc-800 ring-zinc-300 hover:bg-indigo-50 hover:ring-indigo-300',
              )}
            >
              <input type="radio" name={name} value={score} checked={checked} onChange={() => onChange(score)} aria-label={label} className="absolute inset-0 size-full cursor-pointer appearance-none opacity-0" />
              <span aria-hidden>{score}</span>
            </label>
          );
        })}
      </div>
      <div id={hintId} className="mt-2 flex justify-between gap-4 text-xs text-zinc-500 sm:text-sm">
        <span>
          {min} = {lowLabel}
        </span>
        <span className="text-right">
          {max} = {highLabel}
        </span>
      </div>
    </fieldset>
  );
}
