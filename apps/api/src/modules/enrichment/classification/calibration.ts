/**
 * Temperature scaling (Guo et al., "On Calibration of Modern Neural Networks", 2017): a model's
 * log-scores are divided by one number T before the softmax. T > 1 softens overconfident
 * probabilities (T < 1 would sharpen underconfident ones, which this code does not do, see
 * MIN_TEMPERATURE); the predicted label never changes, only how sure the model says it is. T is
 * chosen to minimise the log-loss on examples the model was not trained on, so that among
 * predictions made with confidence about 0.8, about 8 in 10 are right.
 */

/**
 * T is kept within these bounds. It only ever softens: a held-out slice the model gets all right
 * (few or easy examples) would otherwise sharpen it until it is sure of texts unlike any it has
 * seen, such as one with no known word, whose scores are its label biases. Logistic regression
 * trained with little regularisation is overconfident if anything (the airline models fit 1.04 to
 * 1.15), naive Bayes far more (2 to 4.5 there).
 */
export const MIN_TEMPERATURE = 1;
export const MAX_TEMPERATURE = 20;

/** Mean negative log-likelihood of the true labels under softmax(scores / temperature). */
export function logLoss(scores: ArrayLike<number>[], labels: number[], temperature: number): number {
  if (scores.length !== labels.length) throw new Error('scores and labels differ in length');
  if (scores.length === 0) return 0;
  const inverse = 1 / temperature;
  let total = 0;
  scores.forEach((row, index) => {
    let max = -Infinity;
    for (let label = 0; label < row.length; label++) max = Math.max(max, row[label] * inverse);
    let sum = 0;
    for (let label = 0; label < row.length; label++) sum += Math.exp(row[label] * inverse - max);
    total += Math.log(sum) + max - row[labels[index]] * inverse;
  });
  return total / scores.length;
}

/**
 * The temperature that minimises the log-loss of held-out `scores` (raw log-scores, one row per
 * example) against their true `labels` (indices into a row), within [MIN_TEMPERATURE,
 * MAX_TEMPERATURE]. The log-loss is convex in 1/T, so a golden-section search on 1/T finds the
 * optimum; deterministic. With no examples, 1.
 */
export function fitTemperature(scores: ArrayLike<number>[], labels: number[]): number {
  if (scores.length !== labels.length) throw new Error('scores and labels differ in length');
  if (scores.length === 0) return 1;
  const loss = (inverse: number) => logLoss(scores, labels, 1 / inverse);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let low = 1 / MAX_TEMPERATURE;
  let high = 1 / MIN_TEMPERATURE;
  let left = high - ratio * (high - low);
  let right = low + ratio * (high - low);
  let leftLoss = loss(left);
  let rightLoss = loss(right);
  while (high - low > 1e-4) {
    if (leftLoss <= rightLoss) {
      high = right;
      right = left;
      rightLoss = leftLoss;
      left = high - ratio * (high - low);
      leftLoss = loss(left);
    } else {
      low = left;
      left = right;
      leftLoss = rightLoss;
      right = low + ratio * (high - low);
      rightLoss = loss(right);
    }
  }
  return 1 / ((low + high) / 2);
}
