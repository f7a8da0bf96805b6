import { createTopicTagger, DEFAULT_TOPICS } from './topic-tagger';

describe(createTopicTagger.name, () => {
  const tagger = createTopicTagger();
  const topicsOf = (text: string) => tagger.tag(text).topics.map((match) => match.topic);

  it.each([
    ['My flight was delayed for 3 hours', ['delay']],
    ['They cancelled my flight', ['cancellation']],
    ['Lost luggage, still no suitcase', ['baggage']],
    ['On hold with customer service for an hour', ['customer_service']],
    ['I need to rebook my reservation', ['booking']],
    ['Still waiting for my refund', ['delay', 'refund']],
    ['The legroom in the middle seat is awful', ['seating']],
    ['No vegetarian meal again', ['food']],
    ['The flight attendant was so rude', ['staff_attitude']],
    ['Your app keeps crashing at checkout', ['website_app']],
    ['Fares are too expensive and the bag fee is a joke', ['price', 'baggage']],
    ['Online check-in failed at the kiosk', ['airport', 'website_app']],
    ['The wi-fi never worked', ['wifi_entertainment']],
  ])('tags "%s" with %j', (text, expected) => {
    expect(topicsOf(text).sort()).toEqual([...expected].sort());
  });

  it('tags nothing in a text about none of its topics', () => {
    expect(tagger.tag('Hello there, nice weather').topics).toEqual([]);
  });

  it('matches whole words, not parts of them', () => {
    expect(topicsOf('the baggie was fine')).toEqual([]);
    expect(topicsOf('lately things are fine')).toEqual([]);
  });

  it('matches the forms a prefix keyword allows', () => {
    for (const text of ['delay', 'delayed', 'delays']) expect(topicsOf(text)).toEqual(['delay']);
  });

  it('is not fooled by negation: "no refund" is about refunds', () => {
    expect(topicsOf('no refund yet')).toEqual(['refund']);
  });

  it('ranks topics by hits, with their matched words and share of the hits', () => {
    const result = tagger.tag('bag lost, the luggage desk was closed, and my seat was broken');
    expect(result.topics).toEqual([
      { topic: 'baggage', label: 'Baggage', matches: ['bag', 'luggage'], score: 0.667 },
      { topic: 'seating', label: 'Seating', matches: ['seat'], score: 0.333 },
    ]);
  });

  it('records its model and version', () => {
    expect(tagger.tag('delay').provenance).toEqual({ model: 'keyword-topics', version: '1' });
    expect(tagger.topics).toBe(DEFAULT_TOPICS);
  });

  it('takes custom topics, with a version of their own', () => {
    const custom = createTopicTagger({
      version: 'acme-2',
      topics: [{ id: 'parking', label: 'Parking', keywords: ['car park', 'parking*', 'valet'] }],
    });
    expect(custom.tag('The car-park was full, parking was chaos').topics).toEqual([
      { topic: 'parking', label: 'Parking', matches: ['car park', 'parking'], score: 1 },
    ]);
    expect(custom.tag('delayed').topics).toEqual([]);
    expect(custom.provenance).toEqual({ model: 'keyword-topics', version: 'acme-2' });
  });

  it('refuses custom topics without a version (stored tags could not tell the sets apart)', () => {
    expect(() => createTopicTagger({ topics: [] })).toThrow(/version/);
  });
});
