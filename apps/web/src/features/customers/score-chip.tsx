import { SCORE_SCALES, type Score, type ScoreScale } from '@fullcircle/shared';
import { Badge, type BadgeTone } from '../../components/badge';

export type ScoreBand = 'positive' | 'neutral' | 'negative';

/**
 * NPS: promoters 9–10, passives 7–8, detractors 0–6. CSAT (1–5): 4–5 satisfied, 3 neutral, 1–2 not.
 * CES (1–7, "the company made it easy", higher is easier): 5–7 easy, 4 neutral, 1–3 hard.
 */
const BANDS: Record<ScoreScale, { positiveFrom: number; neutralFrom: number; names: Record<ScoreBand, string> }> = {
  nps: { positiveFrom: 9, neutralFrom: 7, names: { positive: 'Promoter', neutral: 'Passive', negative: 'Detractor' } },
  csat: { positiveFrom: 4, neutralFrom: 3, names: { positive: 'Satisfied', neutral: 'Neutral', negative: 'Dissatisfied' } },
  ces: { positiveFrom: 5, neutralFrom: 4, names: { positive: 'Easy', neutral: 'Neutral', negative: 'Hard' } },
};

const TONES: Record<ScoreBand, BadgeTone> = { positive: 'success', neutral: 'warning', negative: 'danger' };

export function scoreBand(score: Score): { band: ScoreBand; name: string } {
  const { positiveFrom, neutralFrom, names } = BANDS[score.scale];
  const band: ScoreBand = score.value >= positiveFrom ? 'positive' : score.value >= neutralFrom ? 'neutral' : 'negative';
  return { band, name: names[band] };
}

/** "NPS 9", coloured by band; the band's name is in the title so colour is not the only cue. */
export function ScoreChip({ score }: { score: Score }) {
  const { band, name } = scoreBand(score);
  const label = `${score.scale.toUpperCase()} ${score.value}`;
  return (
    <Badge tone={TONES[band]} title={`${name}: ${label} on a ${SCORE_SCALES[score.scale].min}–${SCORE_SCALES[score.scale].max} scale`}>
      {label}
    </Badge>
  );
}
