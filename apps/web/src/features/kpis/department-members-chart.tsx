import type { Department } from '@fullcircle/shared';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** Members per department, the one honest number we have before feedback flows. */
export function DepartmentMembersChart({ departments }: { departments: Department[] }) {
  const data = departments.map((d) => ({ name: d.name, members: d.memberCount }));
  return (
    <figure aria-label="Members per department" className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid vertical={false} stroke="#e4e4e7" />
          <XAxis dataKey="name" tickLine={false} axisLine={false} tick={{ fontSize: 12, fill: '#71717a' }} interval={0} />
          <YAxis allowDecimals={false} tickLine={false} axisLine={false} tick={{ fontSize: 12, fill: '#71717a' }} />
          <Tooltip cursor={{ fill: '#f4f4f5' }} contentStyle={{ borderRadius: 8, border: '1px solid #e4e4e7', fontSize: 12 }} />
          <Bar dataKey="members" name="Members" fill="#4f46e5" radius={[4, 4, 0, 0]} maxBarSize={48} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
