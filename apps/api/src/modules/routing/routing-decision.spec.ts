import { DEFAULT_ROUTING_SETTINGS } from '@fullcircle/shared';
import fc from 'fast-check';
import { decideRoute, type DecideRouteInput } from './routing-decision';
import type { RoutingRule } from './rules/rule-engine';

const BAGGAGE = '00000000-0000-4000-8000-00000000000b';
const CARE = '00000000-0000-4000-8000-00000000000c';
const GONE = '00000000-0000-4000-8000-0000000000ff';
const names = new Map([[BAGGAGE, 'Baggage'], [CARE, 'Customer Care']]);
const item: DecideRouteInput['item'] = {
  channel: 'email', text: 'I lost my bag at JFK', subject: null, language: 'en', sentiment: 'negative', urgency: 'high',
  score: null, topics: ['baggage'], journeyStage: null, customerSegment: null, customerVip: false,
};
const rule = (overrides: Partial<RoutingRule>): RoutingRule => ({
  id: 'r1', name: 'Lost bags', enabled: true, match: 'all', position: 0,
  conditions: [{ field: 'keywords', match: 'any', values: ['lost * bag'] }], actions: { departmentId: BAGGAGE }, ...overrides,
});
const SETTINGS = { ...DEFAULT_ROUTING_SETTINGS, autoRouteThreshold: 0.8 };
const input = (overrides: Partial<DecideRouteInput>): DecideRouteInput => ({ rules: [], item, guess: null, settings: SETTINGS, departmentNames: names, ...overrides });

describe(decideRoute.name, () => {
  it('sends baggage complaints to Baggage when a rule says so, whatever the model thinks', () => {
    const route = decideRoute(input({ rules: [rule({})], guess: { model: 'department@v1', departmentId: CARE, confidence: 0.99 } }));
    expect(route).toMatchObject({ departmentId: BAGGAGE, priority: 'high', decision: { by: 'rule', rule: { id: 'r1', name: 'Lost bags' }, model: null } });
    expect(route.decision.explanation).toBe('Rule “Lost bags” matched (keywords any of lost * bag) and sends it to Baggage.');
  });

  it('lets the model route when no rule matches and it is at least as confident as the threshold', () => {
    const route = decideRoute(input({ guess: { model: 'department@v3', departmentId: CARE, confidence: 0.8 } }));
    expect(route).toMatchObject({ departmentId: CARE, decision: { by: 'model', model: { confidence: 0.8, threshold: 0.8, departmentId: CARE } } });
    expect(route.assignment).toEqual({ strategy: 'round_robin' });
  });

  it('sends an item to triage when the model is below the threshold, naming its best guess', () => {
    const route = decideRoute(input({ guess: { model: 'department@v3', departmentId: CARE, confidence: 0.61 } }));
    expect(route).toMatchObject({ departmentId: null, decision: { by: 'triage' } });
    expect(route.decision.explanation).toContain('best guess, Customer Care, is only 61% sure (threshold 80%)');
  });

  it('sends an item to triage when there is no model and no rule', () => {
    expect(decideRoute(input({})).decision).toMatchObject({ by: 'triage', model: null, explanation: expect.stringContaining('no trained department model') });
  });

  it('keeps a rule’s priority and tags when the rule names no department, and asks the model for one', () => {
    const tagging = rule({ actions: { priority: 'urgent', tags: ['vip'] } });
    const route = decideRoute(input({ rules: [tagging], guess: { model: 'm', departmentId: BAGGAGE, confidence: 0.95 } }));
    expect(route).toMatchObject({ departmentId: BAGGAGE, priority: 'urgent', tags: ['vip'], decision: { by: 'model', rule: { id: 'r1' } } });
  });

  it('ignores a department that no longer exists, from a rule or from the model', () => {
    const route = decideRoute(input({ rules: [rule({ actions: { departmentId: GONE } })], guess: { model: 'm', departmentId: GONE, confidence: 0.99 } }));
    expect(route.departmentId).toBeNull();
    expect(route.decision.by).toBe('triage');
  });

  it('never routes by model below the threshold nor to triage at or above it (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.5, max: 0.99, noNaN: true }), (confidence, threshold) => {
        const route = decideRoute(input({ guess: { model: 'm', departmentId: CARE, confidence }, settings: { ...DEFAULT_ROUTING_SETTINGS, autoRouteThreshold: threshold } }));
        return confidence >= threshold ? route.departmentId === CARE && route.decision.by === 'model' : route.departmentId === null && route.decision.by === 'triage';
      }),
    );
  });

  it('derives priority from urgency when no rule sets it', () => {
    expect(decideRoute(input({ item: { ...item, urgency: 'critical' } })).priority).toBe('urgent');
    expect(decideRoute(input({ item: { ...item, urgency: null } })).priority).toBe('normal');
  });
});
