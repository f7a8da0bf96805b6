import { SCORE_SCALES, type ScoreScale, type SurveyStats } from '@fullcircle/shared';

/** Answers per score, as counted by the database. */
export type ScoreCounts = Map<number, number>;

/**
 * The survey's summary: the mean, the distribution over the whole scale (zeros included, so the
 * chart keeps its shape), and for NPS the net score: % promoters (9–10) minus % detractors (0–6).
 */
export function surveyStats(scale: ScoreScale, invited: number, counts: ScoreCounts): SurveyStats {
  const { min, max } = SCORE_SCALES[scale];
  const distribution = [];
  let answered = 0;
  let sum = 0;
  for (let score = min; score <= max; score++) {
    const count = counts.get(score) ?? 0;
    distribution.push({ score, count });
    answered += count;
    sum += score * count;
  }
  const average = answered ? Math.round((sum / answered) * 10) / 10 : null;
  let nps: number | null = null;
  if (scale === 'nps' && answered) {
    const promoters = (counts.get(9) ?? 0) + (counts.get(10) ?? 0);
    const detractors = distribution.filter((d) => d.score <= 6).reduce((n, d) => n + d.count, 0);
    nps = Math.round(((promoters - detractors) / answered) * 100);
  }
  return { invited, answered, average, nps, distribution };
}
