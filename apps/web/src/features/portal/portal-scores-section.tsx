import type { PortalScore } from '@fullcircle/shared';
import { Card, CardHeader } from '../../components/card';
import { FEEDBACK_CHANNEL_LABELS, SCORE_SCALE_LABELS, formatWhen } from './portal-labels';

/** The scores you gave us. */
export function PortalScoresSection({ scores }: { scores: PortalScore[] }) {
  return (
    <Card>
      <CardHeader title="Scores" description="The ratings you gave us." />
      {scores.length === 0 ? (
        <p className="px-5 py-4 text-sm text-zinc-500">You have not given us a score.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Scores you gave</caption>
          <thead className="text-xs text-zinc-500">
            <tr>
              <th scope="col" className="px-5 py-2 font-medium">
                Question
              </th>
              <th scope="col" className="px-5 py-2 font-medium">
                Your score
              </th>
              <th scope="col" className="px-5 py-2 font-medium">
                Channel
              </th>
              <th scope="col" className="px-5 py-2 font-medium">
                When
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {scores.map((s) => (
              <tr key={s.feedbackId}>
                <td className="px-5 py-2.5 text-zinc-700">{SCORE_SCALE_LABELS[s.scale]?.label ?? s.scale}</td>
                <td className="px-5 py-2.5 font-medium text-zinc-900">
                  {s.value} / {SCORE_SCALE_LABELS[s.scale]?.max ?? '?'}
                </td>
                <td className="px-5 py-2.5 text-zinc-700">{FEEDBACK_CHANNEL_LABELS[s.channel] ?? s.channel}</td>
                <td className="px-5 py-2.5 text-zinc-500">{formatWhen(s.at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
