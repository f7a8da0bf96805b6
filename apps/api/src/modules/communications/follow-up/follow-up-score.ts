import type { ScoreScale } from '@fullcircle/shared';

export type FollowUpVerdict = 'low' | 'neutral' | 'high';

/**
 * How a follow-up answer reads: low reopens the case, high recognises the assignee. CSAT runs 1
 * (very unsatisfied) to 5. CES here runs 1 "Very difficult" to 7 "Very easy" (SURVEY_SCALE_TEXT,
 * what the answer page shows), so an effort of 5+ on the classic effort-up scale is a 3 or less
 * here, and an effortless 2 or less is a 6 or more.
 */
export function classifyFollowUpScore(scale: ScoreScale, score: number): FollowUpVerdict {
  switch (scale) {
    case 'csat':
      return score <= 2 ? 'low' : score >= 4 ? 'high' : 'neutral';
    case 'ces':
      return score <= 3 ? 'low' : score >= 6 ? 'high' : 'neutral';
    case 'nps':
      return score <= 6 ? 'low' : score >= 9 ? 'high' : 'neutral';
  }
}
