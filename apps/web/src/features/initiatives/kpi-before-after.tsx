import type { InitiativeKpisDto, KpiSideDto } from '@fullcircle/shared';
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
const num = (v: number | null) => (v === null ? '—' : String(v));

function Row({ label, before, after, format }: { label: string; before: number | null; after: number | null; format: (v: number | null) => string }) {
  return (
    <tr>
      <th scope="row" className="py-1.5 pr-4 text-left font-normal text-zinc-600">
        {label}
      </th>
      <td className="py-1.5 pr-4 text-right tabular-nums">{format(before)}</td>
      <td className="py-1.5 text-right font-medium tabular-nums">{format(after)}</td>
    </tr>
  );
}

/** The linked topic's KPIs in the days before shipping against the days after. */
export function KpiBeforeAfter({ kpis }: { kpis: InitiativeKpisDto }) {
  const data = kpis.weekly.map((w) => ({ week: w.week < 0 ? `${w.week}w` : `+${w.week + 1}w`, volume: w.volume, negative: w.negativeShare === null ? null : Math.round(w.negativeShare * 100) }));
  const side = (s: KpiSideDto) => s;
  return (
    <div className="grid gap-6 p-5 lg:grid-cols-[minmax(0,18rem)_1fr]">
      <table className="w-full text-sm" aria-label={`Topic ${kpis.topic}: ${kpis.days} days before and after shipping`}>
        <thead>
          <tr className="text-xs text-zinc-500">
            <th className="pb-1 text-left font-medium">Topic “{kpis.topic}”</th>
            <th className="pb-1 pr-4 text-right font-medium">Before</th>
            <th className="pb-1 text-right font-medium">After</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          <Row label="Feedback per week" before={side(kpis.before).perWeek} after={kpis.after.perWeek} format={num} />
          <Row label="Negative share" before={kpis.before.negativeShare} after={kpis.after.negativeShare} format={pct} />
          <Row label="Average score (0–100)" before={kpis.before.averageScore} after={kpis.after.averageScore} format={num} />
          <Row label="Items" before={kpis.before.volume} after={kpis.after.volume} format={num} />
        </tbody>
      </table>
      <figure aria-label="Weekly volume and negative share around shipping" className="h-48 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 4, right: 4, bottom: 0, left: -24 }}>
            <CartesianGrid vertical={false} stroke="#e4e4e7" />
            <XAxis dataKey="week" tickLine={false} axisLine={false} tick={{ fontSize: 11, fill: '#71717a' }} />
            <YAxis yAxisId="v" allowDecimals={false} tickLine={false} axisLine={false} tick={{ fontSize: 11, fill: '#71717a' }} />
            <YAxis yAxisId="p" orientation="right" domain={[0, 100]} tickLine={false} axisLine={false} tick={{ fontSize: 11, fill: '#71717a' }} unit="%" />
            <Tooltip contentStyle={{ borderRadius: 8, border: '1px solid #e4e4e7', fontSize: 12 }} />
            <ReferenceLine yAxisId="v" x="+1w" stroke="#10b981" strokeDasharray="4 4" label={{ value: 'Shipped', fontSize: 11, fill: '#047857', position: 'insideTopLeft' }} />
            <Bar yAxisId="v" dataKey="volume" name="Items" fill="#c7d2fe" radius={[3, 3, 0, 0]} isAnimationActive={false} />
            <Line yAxisId="p" dataKey="negative" name="Negative %" stroke="#dc2626" dot={false} connectNulls isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
