import { csvMapping, decodeHtmlEntities, listMappings } from './csv-mappings';

describe('csvMapping', () => {
  describe('airline-tweets', () => {
    const sut = csvMapping('airline-tweets')!;
    const tweet = {
      tweet_id: '570301031407624196',
      airline_sentiment: 'negative',
      negativereason: 'Bad Flight',
      airline: 'Virgin America',
      text: '@VirginAmerica it&#39;s really aggressive to blast &quot;entertainment&quot; &amp; more',
      tweet_created: '2/24/2015 11:15',
    };

    it('reads a tweet as an item with its id, time, airline labels and decoded text', () => {
      expect(sut.map(tweet)).toEqual({
        ok: true,
        item: {
          text: `@VirginAmerica it's really aggressive to blast "entertainment" & more`,
          receivedAt: '2015-02-24T11:15:00.000Z',
          externalMessageId: 'airline-tweets:570301031407624196',
          customer: { externalId: 'tweet-570301031407624196' },
          metadata: { airline: 'Virgin America', airline_sentiment: 'negative', negativereason: 'Bad Flight' },
        },
      });
    });

    it('leaves empty metadata cells out', () => {
      const mapped = sut.map({ ...tweet, negativereason: '' });
      expect(mapped.ok && mapped.item.metadata).toEqual({ airline: 'Virgin America', airline_sentiment: 'negative' });
    });

    it('reports a missing tweet id and an impossible date by column', () => {
      expect(sut.map({ ...tweet, tweet_id: '', tweet_created: '2/30/2015 11:15' })).toEqual({
        ok: false,
        issues: [
          { field: 'tweet_created', message: 'must be a date like 2/24/2015 11:15, got "2/30/2015 11:15"' },
          { field: 'tweet_id', message: 'is required' },
        ],
      });
    });

    it('checks the header', () => {
      expect(sut.checkHeader(['tweet_id', 'text'])).toEqual(['tweet_created', 'airline']);
      expect(sut.checkHeader(Object.keys(tweet))).toEqual([]);
    });
  });

  describe('generic', () => {
    const sut = csvMapping('generic')!;

    it('reads ISO dates without an offset as UTC and keeps other columns as metadata', () => {
      const mapped = sut.map({ id: '7', text: ' Slow ', received_at: '2026-03-01 09:30', email: 'A@Example.test', plan: 'pro' });
      expect(mapped).toEqual({
        ok: true,
        item: {
          text: 'Slow',
          receivedAt: '2026-03-01T09:30:00.000Z',
          externalMessageId: 'generic:7',
          customer: { email: 'a@example.test' },
          metadata: { plan: 'pro' },
        },
      });
    });

    it('reads offsets', () => {
      const mapped = sut.map({ text: 'x', received_at: '2026-03-01T09:30:00+0200', email: 'a@example.test' });
      expect(mapped.ok && mapped.item.receivedAt).toBe('2026-03-01T07:30:00.000Z');
    });

    it('identifies a row without an id by a hash of its cells, the same each time', () => {
      const a = sut.map({ text: 'same', email: 'a@example.test' });
      const b = sut.map({ text: 'same', email: 'a@example.test' });
      const c = sut.map({ text: 'other', email: 'a@example.test' });
      expect(a.ok && b.ok && a.item.externalMessageId === b.item.externalMessageId).toBe(true);
      expect(a.ok && c.ok && a.item.externalMessageId !== c.item.externalMessageId).toBe(true);
    });

    it('needs a scale with a score and a number for the score', () => {
      expect(sut.map({ text: 'x', email: 'a@example.test', score: '5' })).toEqual({
        ok: false,
        issues: [{ field: 'score_scale', message: 'must be nps, csat or ces when a score is given' }],
      });
      expect(sut.map({ text: 'x', email: 'a@example.test', score: 'five', score_scale: 'nps' })).toMatchObject({ ok: false, issues: [{ field: 'score' }] });
      expect(sut.map({ text: 'x', email: 'a@example.test', score: '6', score_scale: 'CSAT' })).toMatchObject({ ok: false, issues: [{ field: 'score' }] });
    });

    it('names every identity column when a row has none', () => {
      expect(sut.map({ text: 'x' })).toEqual({
        ok: false,
        issues: [{ field: 'email / phone / customer_id', message: 'needs a value in at least one of email, phone, customer_id' }],
      });
    });
  });

  it('is null for an unknown name, and every built-in mapping is listed', () => {
    expect(csvMapping('nope')).toBeNull();
    expect(listMappings().map((m) => m.name)).toEqual(['airline-tweets', 'generic']);
  });
});

describe(decodeHtmlEntities.name, () => {
  it('decodes named and numeric entities and leaves unknown ones alone', () => {
    expect(decodeHtmlEntities('a &amp; b &lt;3 &#128512; &#x41; &bogus; &#0;')).toBe('a & b <3 😀 A &bogus; &#0;');
  });
});
