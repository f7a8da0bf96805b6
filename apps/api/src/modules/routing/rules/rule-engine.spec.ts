import { CHANNELS, type RuleCondition } from '@fullcircle/shared';
import fc from 'fast-check';
import type { RoutableItem } from './routable-item';
import { conditionHolds, decide, ruleMatches, type RoutingRule } from './rule-engine';

const item = (overrides: Partial<RoutableItem> = {}): RoutableItem => ({
  channel: 'email',
  text: 'They lost my bag at JFK and nobody calls back.',
  subject: null,
  language: 'en',
  sentiment: 'negative',
  urgency: 'high',
  score: { scale: 'nps', value: 2 },
  topics: ['Baggage', 'customer service'],
  journeyStage: 'arrival',
  customerSegment: 'Gold',
  customerVip: true,
  ...overrides,
});

let seq = 0;
const rule = (conditions: RuleCondition[], overrides: Partial<RoutingRule> = {}): RoutingRule => ({
  id: `r${++seq}`,
  name: `rule ${seq}`,
  position: seq,
  enabled: true,
  match: 'all',
  conditions,
  actions: { priority: 'high' },
  ...overrides,
});

describe('routing rule conditions', () => {
  it.each<[string, RuleCondition, Partial<RoutableItem>, boolean]>([
    ['channel in', { field: 'channel', values: ['email', 'sms'] }, {}, true],
    ['channel not in', { field: 'channel', values: ['sms'] }, {}, false],
    ['language', { field: 'language', values: ['de'] }, {}, false],
    ['language missing', { field: 'language', values: ['en'] }, { language: null }, false],
    ['sentiment', { field: 'sentiment', values: ['negative'] }, {}, true],
    ['sentiment not yet known', { field: 'sentiment', values: ['negative'] }, { sentiment: null }, false],
    ['urgency', { field: 'urgency', values: ['critical'] }, {}, false],
    ['detractor', { field: 'score', scale: 'nps', max: 6 }, {}, true],
    ['promoter', { field: 'score', scale: 'nps', min: 9 }, {}, false],
    ['other scale', { field: 'score', scale: 'csat', max: 2 }, {}, false],
    ['no score', { field: 'score', scale: 'nps', max: 6 }, { score: null }, false],
    ['range edges', { field: 'score', scale: 'nps', min: 2, max: 2 }, {}, true],
    ['topics any, case-insensitive', { field: 'topics', match: 'any', values: ['baggage', 'refund'] }, {}, true],
    ['topics all', { field: 'topics', match: 'all', values: ['baggage', 'refund'] }, {}, false],
    ['topics none', { field: 'topics', match: 'none', values: ['refund'] }, {}, true],
    ['keywords any', { field: 'keywords', match: 'any', values: ['lost * bag'] }, {}, true],
    ['keywords in the subject', { field: 'keywords', match: 'any', values: ['urgent'] }, { subject: 'URGENT' }, true],
    ['keywords none', { field: 'keywords', match: 'none', values: ['lost * bag'] }, {}, false],
    ['segment', { field: 'segment', values: ['gold'] }, {}, true],
    ['vip', { field: 'vip', value: true }, {}, true],
    ['not vip', { field: 'vip', value: false }, {}, false],
    ['journey stage', { field: 'journeyStage', values: ['booking'] }, {}, false],
  ])('%s', (_name, condition, overrides, expected) => {
    expect(conditionHolds(condition, item(overrides))).toBe(expected);
  });
});

describe('routing rule order and combination', () => {
  const negative: RuleCondition = { field: 'sentiment', values: ['negative'] };
  const sms: RuleCondition = { field: 'channel', values: ['sms'] };

  it('needs all conditions with match all, one with match any, and says which held', () => {
    expect(ruleMatches(rule([negative, sms]), item())).toBeNull();
    expect(ruleMatches(rule([negative, sms], { match: 'any' }), item())).toEqual(['sentiment is negative']);
  });

  it('lets the first enabled rule in position order decide, whatever order they are stored in', () => {
    const first = rule([negative], { position: 1, name: 'complaints' });
    const later = rule([], { position: 5, name: 'catch-all' });
    const disabled = rule([], { position: 0, enabled: false });
    expect(decide([later, disabled, first], item())).toMatchObject({ ruleName: 'complaints', matched: ['sentiment is negative'] });
    expect(decide([later, disabled, first], item({ sentiment: 'positive' }))).toMatchObject({ ruleName: 'catch-all', matched: [] });
  });

  it('decides nothing when no rule matches', () => {
    expect(decide([rule([sms])], item())).toBeNull();
    expect(decide([], item())).toBeNull();
  });

  const arbitraryItem = fc.record({
    channel: fc.constantFrom(...CHANNELS),
    sentiment: fc.constantFrom('negative', 'neutral', 'positive', null),
    language: fc.constantFrom('en', 'de', null),
  });
  const arbitraryCondition: fc.Arbitrary<RuleCondition> = fc.oneof(
    fc.subarray([...CHANNELS], { minLength: 1 }).map((values) => ({ field: 'channel' as const, values })),
    fc.subarray(['negative', 'neutral', 'positive'] as const, { minLength: 1 }).map((values) => ({ field: 'sentiment' as const, values: [...values] })),
    fc.subarray(['en', 'de', 'fr'], { minLength: 1 }).map((values) => ({ field: 'language' as const, values })),
  );
  const arbitraryRules = fc.array(
    fc.record({ conditions: fc.array(arbitraryCondition, { maxLength: 3 }), match: fc.constantFrom('all', 'any'), enabled: fc.boolean(), position: fc.integer({ min: 0, max: 20 }) }),
    { maxLength: 8 },
  );

  it('property: the decision is the lowest-positioned enabled matching rule, and no earlier enabled rule matches', () => {
    fc.assert(
      fc.property(arbitraryRules, arbitraryItem, (specs, fields) => {
        const rules = specs.map((s, i) => rule(s.conditions, { ...s, id: `p${String(i).padStart(2, '0')}` }));
        const subject = item(fields as Partial<RoutableItem>);
        const decision = decide(rules, subject);
        const ordered = [...rules].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
        const expected = ordered.find((r) => r.enabled && ruleMatches(r, subject) !== null);
        expect(decision?.ruleId ?? null).toBe(expected?.id ?? null);
        // all-conditions semantics: a decided "all" rule has every condition true
        if (decision) {
          const decided = rules.find((r) => r.id === decision.ruleId)!;
          const holds = decided.conditions.map((c) => conditionHolds(c, subject));
          expect(decided.match === 'all' ? holds.every(Boolean) : decided.conditions.length === 0 || holds.some(Boolean)).toBe(true);
        }
      }),
    );
  });

  it('property: disabling every rule, or shuffling their storage order, never changes the answer wrongly', () => {
    fc.assert(
      fc.property(arbitraryRules, arbitraryItem, fc.integer(), (specs, fields, seed) => {
        const rules = specs.map((s, i) => rule(s.conditions, { ...s, id: `q${String(i).padStart(2, '0')}` }));
        const subject = item(fields as Partial<RoutableItem>);
        expect(decide(rules.map((r) => ({ ...r, enabled: false })), subject)).toBeNull();
        const shuffled = [...rules].sort((a, b) => ((a.id.charCodeAt(1) * seed) % 7) - ((b.id.charCodeAt(1) * seed) % 7));
        expect(decide(shuffled, subject)?.ruleId).toBe(decide(rules, subject)?.ruleId);
      }),
    );
  });
});
