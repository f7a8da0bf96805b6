import { train } from './classification/text-classifier';
import { createTopicTagger } from './classification/topic-tagger';
import { analyseFeedback } from './feedback-analysis';

const topics = createTopicTagger();

describe(analyseFeedback.name, () => {
  it('uses the lexicon until a trained model exists, and says so', () => {
    const result = analyseFeedback({ text: 'They lost my bag and the staff were rude. Terrible!', subject: null }, { sentimentModel: null, topics });
    expect(result).toMatchObject({ sentiment: 'negative', sentimentModel: 'lexicon-sentiment@1', topicsModel: 'keyword-topics@1', urgencyModel: 'rule-urgency@1' });
    expect(result.sentimentScore).toBeLessThan(0);
    expect(result.topics).toContain('baggage');
  });

  it('uses the trained sentiment model when there is one, with P(positive) − P(negative) as the score', () => {
    const examples = [
      ...['great flight', 'lovely crew', 'great service thanks', 'lovely seats'].map((text) => ({ text, label: 'positive' })),
      ...['awful delay', 'terrible food', 'awful service', 'terrible seats'].map((text) => ({ text, label: 'negative' })),
      ...['flight at noon', 'seat 12c', 'gate b4', 'noon flight'].map((text) => ({ text, label: 'neutral' })),
    ];
    const model = train(examples, { name: 'sentiment', version: '3', minDocumentFrequency: 1, trainedAt: '2026-11-25T00:00:00.000Z' });
    const result = analyseFeedback({ text: 'great crew', subject: null }, { sentimentModel: model, topics });
    expect(result.sentiment).toBe('positive');
    expect(result.sentimentModel).toBe(`${model.provenance.model}@3`);
    expect(result.sentimentScore).toBeGreaterThan(0);
  });

  it('finds personal data in subject and text by position, never keeping the value', () => {
    const result = analyseFeedback(
      { subject: 'Refund to jane@example.com', text: 'Card 4111 1111 1111 1111, call +49 151 12345678' },
      { sentimentModel: null, topics, defaultCountry: 'GB' },
    );
    expect(result.personalData).toEqual([
      { kind: 'email', field: 'subject', start: 10, end: 26 },
      { kind: 'card', field: 'text', start: 5, end: 24 },
      { kind: 'phone', field: 'text', start: 31, end: 47 },
    ]);
    expect(JSON.stringify(result.personalData)).not.toContain('jane');
  });
});
