/** Probabilities from log-scores, computed stably (the largest score is subtracted first). */
export function softmax(scores: ArrayLike<number>): number[] {
  let max = -Infinity;
  for (let index = 0; index < scores.length; index++) max = Math.max(max, scores[index]);
  const exps = Array.from(scores, (score) => Math.exp(score - max));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}
