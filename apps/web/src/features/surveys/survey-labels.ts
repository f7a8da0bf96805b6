import { SURVEY_SCALE_TEXT, type ScoreScale, type SurveyStats } from '@fullcircle/shared';

export const SCALE_OPTIONS: { value: ScoreScale; label: string }[] = [
  { value: 'nps', label: 'NPS: likely to recommend, 0–10' },
  { value: 'csat', label: 'CSAT: satisfaction, 1–5' },
  { value: 'ces', label: 'CES: effort, 1–7' },
];

export function scaleName(scale: ScoreScale): string {
  return SURVEY_SCALE_TEXT[scale].name;
}

/** "3 of 12 answered (25 %)". */
export function responseRate(stats: SurveyStats): string {
  if (stats.invited === 0) return 'No links yet';
  return `${stats.answered} of ${stats.invited} answered (${Math.round((stats.answered / stats.invited) * 100)} %)`;
}

/** The headline number: NPS as a signed integer, otherwise the mean score. */
export function headline(scale: ScoreScale, stats: SurveyStats): { label: string; value: string } {
  if (scale === 'nps') return { label: 'NPS', value: stats.nps === null ? '–' : stats.nps > 0 ? `+${stats.nps}` : String(stats.nps) };
  return { label: `Average ${scaleName(scale)}`, value: stats.average === null ? '–' : stats.average.toFixed(1) };
}

/** A link from the API is a path unless PUBLIC_URL is set: show people the full address. */
export function absoluteLink(url: string): string {
  return new URL(url, window.location.origin).href;
}
