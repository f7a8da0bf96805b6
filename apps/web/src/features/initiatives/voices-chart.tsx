import type { CountDto } from '@fullcircle/shared';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** One breakdown of the linked voices as bars, with the numbers in a list for screen readers. */
export function VoicesChart({ title, data, label }: { title: string; data: CountDto[]; label: (key: string) => string }) {
  const rows = data.map((d) => ({ name: label(d.key), count: d.count }));
  return (
    <figure aria-label={`Voices by ${title.toLowerCase()}`} className="min-w-0">
      <figcaption className="mb-2 text-xs font-medium text-zinc-500">By {title.toLowerCase()}</figcaption>
      {rows.length === 0 ? (
        <p className="py-8 text-center text-sm text-zinc-400">No voices yet</p>
      ) : (
        <div className="h-40 w-full" aria-hidden>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} margin={{ top: 4, right: 4, bottom: 0, left: -24 }}>
              <CartesianGrid vertical={false} stroke="#e4e4e7" />
              <XAxis dataKey="name" tickLine={false} axisLine={false} tick={{ fontSize: 11, fill: '#71717a' }} interval={0} />
              <YAxis allowDecimals={false} tickLine={false} axisLine={false} tick={{ fontSize: 11, fill: '#71717a' }} />
              <Tooltip cursor={{ fill: '#f4f4f5' }} contentStyle={{ borderRadius: 8, border: '1px solid #e4e4e7', fontSize: 12 }} />
              <Bar dataKey="count" name="Voices" fill="#4f46e5" radius={[4, 4, 0, 0]} maxBarSize={40} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <ul className="sr-only">
        {rows.map((r) => (
          <li key={r.name}>
            {r.name}: {r.count}
          </li>
        ))}
      </ul>
    </figure>
  );
}
