import { surgeTitle, surgeUpdateRequestSchema } from './surges.schemas';

describe(surgeTitle.name, () => {
  it('names the topic, and where or for what when the surge is narrower', () => {
    expect(surgeTitle({ topic: 'customer_service', dimension: 'topic', dimensionValue: '' })).toBe('Customer service');
    expect(surgeTitle({ topic: 'cancellation', dimension: 'location', dimensionValue: 'JFK' })).toBe('Cancellation at JFK');
    expect(surgeTitle({ topic: 'food', dimension: 'product', dimensionValue: 'FC 100' })).toBe('Food for FC 100');
  });
});

describe('surgeUpdateRequestSchema', () => {
  it('takes a message of a few words and nothing else', () => {
    expect(surgeUpdateRequestSchema.parse({ message: '  Bags are on their way.  ' })).toEqual({ message: 'Bags are on their way.' });
    expect(surgeUpdateRequestSchema.safeParse({ message: 'ok' }).success).toBe(false);
    expect(surgeUpdateRequestSchema.safeParse({ message: 'Bags are on their way.', to: 'everyone' }).success).toBe(false);
  });
});
