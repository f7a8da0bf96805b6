/**
 * Which model produced a score. Issue 4: "every score stores the model and version that produced it",
 * so every scorer in this folder returns one of these next to its result.
 */
export interface ModelProvenance {
  /** A stable name such as `lexicon-sentiment` or `sentiment-logistic-regression`. */
  model: string;
  /** The version of that model (a rule set's revision, or the version a trained model was given). */
  version: string;
}
