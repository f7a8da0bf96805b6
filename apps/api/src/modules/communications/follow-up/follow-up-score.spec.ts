import { classifyFollowUpScore } from './follow-up-score';

describe(classifyFollowUpScore.name, () => {
  it('reads CSAT 1 and 2 as low, 3 as neutral, 4 and 5 as high', () => {
    expect([1, 2, 3, 4, 5].map((s) => classifyFollowUpScore('csat', s))).toEqual(['low', 'low', 'neutral', 'high', 'high']);
  });

  it('reads CES on the answer page’s direction (1 very difficult … 7 very easy): hard work is low, effortless is high', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((s) => classifyFollowUpScore('ces', s))).toEqual(['low', 'low', 'low', 'neutral', 'neutral', 'high', 'high']);
  });

  it('reads NPS detractors as low and promoters as high', () => {
    expect([0, 6, 7, 8, 9, 10].map((s) => classifyFollowUpScore('nps', s))).toEqual(['low', 'low', 'neutral', 'neutral', 'high', 'high']);
  });
});
