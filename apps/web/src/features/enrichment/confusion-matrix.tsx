import { cn } from '../../components/cn';

/**
 * The held-out confusion matrix as a heat map: rows are the true labels, columns the predicted ones;
 * each cell is shaded by its share of its row, the diagonal (right answers) in green, the rest in red.
 */
export function ConfusionMatrix({ labels, matrix, caption }: { labels: string[]; matrix: number[][]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="border-separate border-spacing-1 text-xs">
        <caption className="mb-1 text-left text-xs text-zinc-500">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="px-2 py-1 text-left font-medium text-zinc-500">
              Actual ↓ / Predicted →
            </th>
            {labels.map((label) => (
              <th key={label} scope="col" className="max-w-28 truncate px-2 py-1 text-center font-medium text-zinc-600" title={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.map((row, actual) => {
            const total = row.reduce((sum, value) => sum + value, 0);
            return (
              <tr key={labels[actual]}>
                <th scope="row" className="max-w-36 truncate px-2 py-1 text-left font-medium text-zinc-600" title={labels[actual]}>
                  {labels[actual]}
                </th>
                {row.map((count, predicted) => {
                  const share = total ? count / total : 0;
                  const right = actual === predicted;
                  return (
                    <td
                      key={labels[predicted]}
                      title={`${labels[actual]} predicted as ${labels[predicted]}: ${count}`}
                      className={cn('h-9 min-w-12 rounded text-center tabular-nums', share > 0.5 ? 'text-white' : 'text-zinc-800')}
                      style={{
                        backgroundColor: count === 0 ? 'rgb(244 244 245)' : right ? `rgba(5, 150, 105, ${0.15 + share * 0.85})` : `rgba(220, 38, 38, ${0.15 + share * 0.85})`,
                      }}
                    >
                      {count}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
