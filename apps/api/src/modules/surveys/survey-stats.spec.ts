import { surveyStats } from './survey-stats';

describe(surveyStats.name, () => {
  it('computes NPS as % promoters minus % detractors, passives counting only in the total', () => {
    // 3 promoters, 2 passives, 5 detractors → 30 % − 50 % = −20
    const stats = surveyStats('nps', 12, new Map([[10, 2], [9, 1], [8, 1], [7, 1], [6, 2], [0, 3]]));
    expect(stats.nps).toBe(-20);
    expect(stats.answered).toBe(10);
    expect(stats.invited).toBe(12);
    // (2×10 + 9 + 8 + 7 + 2×6 + 3×0) / 10
    expect(stats.average).toBe(5.6);
  });

  it('lists every score of the scale, zeros included', () => {
    const stats = surveyStats('csat', 1, new Map([[4, 1]]));
    expect(stats.distribution).toEqual([
      { score: 1, count: 0 },
      { score: 2, count: 0 },
      { score: 3, count: 0 },
      { score: 4, count: 1 },
      { score: 5, count: 0 },
    ]);
    expect(stats.nps).toBeNull();
  });

  it('has no average or NPS without answers', () => {
    expect(surveyStats('nps', 3, new Map())).toMatchObject({ answered: 0, average: null, nps: null });
  });
});
