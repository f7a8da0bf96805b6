import { scoreUrgency } from './urgency-scorer';

describe(scoreUrgency.name, () => {
  it.each([
    ['Thanks for a lovely flight', 'low'],
    ['What time does boarding start?', 'low'],
    ['The sandwich was stale', 'normal'],
    ['Please reply urgently, I have been stranded at the airport all night', 'high'],
    ['I will be talking to my lawyer about this', 'high'],
    ['URGENT!! STRANDED WITH MY KIDS, NOBODY HELPS, this is awful', 'critical'],
    ['The emergency exit was blocked, that is dangerous and terrible', 'critical'],
  ])('rates "%s" as %s', (text, level) => {
    expect(scoreUrgency(text).level).toBe(level);
  });

  it('explains its rating and records its model and version', () => {
    const result = scoreUrgency('I need a refund ASAP!!!');
    expect(result.reasons).toEqual(['urgent: "asap"', 'repeated punctuation']);
    expect(result.provenance).toEqual({ model: 'rule-urgency', version: '1' });
  });

  it('does not count negated words', () => {
    expect(scoreUrgency('This is not urgent, just curious').reasons).toEqual([]);
  });

  it('still counts phrases that start with a negator', () => {
    expect(scoreUrgency('never again').reasons).toEqual(['churn: "never again"']);
  });

  it('counts shouting but not a few acronyms', () => {
    expect(scoreUrgency('WHERE IS MY BAG').reasons).toContain('shouting');
    expect(scoreUrgency('Flying LAX to JFK with TSA precheck').reasons).not.toContain('shouting');
  });

  it('uses a sentiment score it is given instead of its own', () => {
    expect(scoreUrgency('ok', { sentimentScore: -0.9 }).reasons).toEqual(['very negative']);
    expect(scoreUrgency('terrible, awful, horrible', { sentimentScore: 0.2 }).level).toBe('low');
  });

  it('keeps the score within 0 and 1', () => {
    const result = scoreUrgency('URGENT lawyer safety stranded never again !!! ASAP TERRIBLE AWFUL HORRIBLE');
    expect(result.level).toBe('critical');
    expect(result.score).toBe(1);
    expect(scoreUrgency('hello').score).toBe(0);
  });
});
