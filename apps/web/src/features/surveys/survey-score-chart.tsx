import type { ScoreScale, SurveyStats } from '@fullcircle/shared';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { scoreBand } from '../customers/score-chip';

const BAND_COLOURS = { positive: '#10b981', neutral: '#f59e0b', negative: '#ef4444' } as const;

/** Answers per score, coloured by band (detractor / passive / promoter for NPS). */
export function SurveyScoreChart({ scale, stats, label }: { scale: ScoreScale; stats: SurveyStats; label: string }) {
  const data = stats.distribution.map((d) => ({ ...d, band: scoreBand({ scale, value: d.score }).band }));
  const summary = stats.distribution.map((d) => `${d.score}: ${d.count}`).join(', ');
  return (
    <figure aria-label={`${label}: answers per score. ${summary}`} className="h-32 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 16, right: 4, bottom: 0, left: 4 }}>
          <XAxis dataKey="score" tickLine={false} axisLine={false} tick={{ fontSize: 11, fill: '#71717a' }} interval={0} />
          {/* counts sit on the bars, so the axis itself stays hidden */}
          <YAxis hide allowDecimals={false} />
          <Tooltip
            cursor={{ fill: '#f4f4f5' }}
            contentStyle={{ borderRadius: 8, border: '1px solid #e4e4e7', fontSize: 12 }}
            labelFormatter={(score) => `Score ${score}`}
            formatter={(count) => [count, 'Answers']}
          />
          <Bar dataKey="count" radius={[3, 3, 0, 0]} maxBarSize={28} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.score} fill={BAND_COLOURS[d.band]} />
            ))}
            <LabelList dataKey="count" position="top" fontSize={11} fill="#52525b" formatter={(count: unknown) => (count ? String(count) : '')} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
