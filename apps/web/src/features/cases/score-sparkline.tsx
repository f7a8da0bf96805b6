import { SCORE_SCALES, type CaseContextDto } from '@fullcircle/shared';
import { Line, LineChart, YAxis } from 'recharts';
import { ScoreChip } from '../customers/score-chip';

type Scores = CaseContextDto['scores'];

/** Scores on different scales share one line: each as a share of its scale (NPS 9 and CSAT 5 both sit high). */
const share = (s: Scores[number]) => (s.value - SCORE_SCALES[s.scale].min) / (SCORE_SCALES[s.scale].max - SCORE_SCALES[s.scale].min);

/** The customer's scores over time as a small line, with the latest score beside it. */
export function ScoreSparkline({ scores }: { scores: Scores }) {
  const latest = scores.at(-1);
  if (!latest) return <span className="text-zinc-400 italic">No scores yet</span>;
  const summary = scores.map((s) => `${s.scale.toUpperCase()} ${s.value}`).join(', ');
  return (
    <span className="flex items-center gap-2">
      {scores.length > 1 && (
        <figure aria-label={`Scores, oldest first: ${summary}`} className="shrink-0">
          <LineChart width={96} height={28} data={scores.map((s) => ({ at: s.at, share: share(s) }))} margin={{ top: 4, right: 2, bottom: 4, left: 2 }}>
            <YAxis hide domain={[0, 1]} />
            <Line type="monotone" dataKey="share" stroke="#6366f1" strokeWidth={1.75} dot={false} isAnimationActive={false} />
          </LineChart>
        </figure>
      )}
      <ScoreChip score={{ scale: latest.scale, value: latest.value }} />
    </span>
  );
}
