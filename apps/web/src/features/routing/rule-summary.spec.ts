import { summarizeRule } from './rule-summary';

const names = {
  department: (id: string) => ({ d1: 'Baggage' })[id],
  person: (id: string) => ({ u1: 'Milo Member' })[id],
};

describe('summarizeRule', () => {
  it('joins "all" conditions with "and" and names the department and priority', () => {
    expect(
      summarizeRule(
        {
          match: 'all',
          conditions: [
            { field: 'sentiment', values: ['negative'] },
            { field: 'keywords', match: 'any', values: ['lost * bag'] },
          ],
          actions: { departmentId: 'd1', priority: 'high' },
        },
        names,
      ),
    ).toBe('When sentiment is negative and keywords any of lost * bag → Baggage, priority high');
  });

  it('joins "any" conditions with "or" and words every kind of condition and action', () => {
    expect(
      summarizeRule(
        {
          match: 'any',
          conditions: [
            { field: 'channel', values: ['email', 'sms'] },
            { field: 'score', scale: 'nps', min: 0, max: 6 },
            { field: 'score', scale: 'csat', max: 2 },
            { field: 'topics', match: 'none', values: ['refund'] },
            { field: 'vip', value: true },
            { field: 'journeyStage', values: ['check-in'] },
          ],
          actions: { departmentId: 'd1', assignment: { strategy: 'person', userId: 'u1' }, tags: ['bags', 'urgent'] },
        },
        names,
      ),
    ).toBe(
      'When channel is email or sms or NPS score 0–6 or CSAT score at most 2 or topics none of refund or customer is VIP or journey stage is check-in → Baggage, assign to Milo Member, tag bags, urgent',
    );
  });

  it('says "Always" for a rule without conditions, and copes with deleted departments and people', () => {
    expect(
      summarizeRule({ match: 'all', conditions: [], actions: { departmentId: 'gone', assignment: { strategy: 'person', userId: 'gone' } } }, names),
    ).toBe('Always → an unknown department, assign to a removed person');
    expect(summarizeRule({ match: 'all', conditions: [{ field: 'score', scale: 'ces', min: 5 }], actions: { assignment: { strategy: 'round_robin' } } }, names)).toBe(
      'When CES score at least 5 → assign round robin',
    );
  });
});
