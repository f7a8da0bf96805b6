import type { ThresholdCurvePoint } from '@fullcircle/shared';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const pct = (v: number) => `${Math.round(v * 100)}%`;

/**
 * The active department model on its held-out slice: as the threshold rises it routes fewer items
 * by itself (coverage) and is right more often (precision). The dashed line is the chosen threshold.
 */
export function ThresholdCurveChart({ curve, threshold, summary }: { curve: ThresholdCurvePoint[]; threshold: number; summary: string }) {
  const data = [...curve].sort((a, b) => a.threshold - b.threshold);
  const min = Math.min(0.5, data[0]?.threshold ?? 0.5);
  const max = Math.max(0.99, data.at(-1)?.threshold ?? 0.99);
  return (
    <figure aria-label={`Precision and share routed automatically by threshold. ${summary}`} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 16, right: 16, bottom: 4, left: -8 }}>
          <CartesianGrid stroke="#e4e4e7" vertical={false} />
          <XAxis
            dataKey="threshold"
            type="number"
            domain={[min, max]}
            tickCount={6}
            tickFormatter={(v: number) => v.toFixed(2)}
            tickLine={false}
            axisLine={false}
            tick={{ fontSize: 12, fill: '#71717a' }}
          />
          <YAxis domain={[0, 1]} tickFormatter={pct} tickLine={false} axisLine={false} tick={{ fontSize: 12, fill: '#71717a' }} />
          <Tooltip
            contentStyle={{ borderRadius: 8, border: '1px solid #e4e4e7', fontSize: 12 }}
            labelFormatter={(v) => `Threshold ${Number(v).toFixed(2)}`}
            formatter={(value) => pct(Number(value))}
          />
          <Legend iconType="plainline" wrapperStyle={{ fontSize: 12 }} />
          <ReferenceLine x={threshold} stroke="#4f46e5" strokeDasharray="4 3" label={{ value: threshold.toFixed(2), position: 'top', fill: '#4f46e5', fontSize: 12 }} />
          <Line type="monotone" dataKey="precision" name="Right (precision)" stroke="#10b981" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="coverage" name="Routed automatically" stroke="#6366f1" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
