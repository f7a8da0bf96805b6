import { scoreSentimentByLexicon } from './lexicon-sentiment';

describe(scoreSentimentByLexicon.name, () => {
  it.each([
    ['Thanks, the crew was great!', 'positive'],
    ['Absolutely love this airline 😍', 'positive'],
    ['Worst service ever, my bag was lost', 'negative'],
    ['Flight delayed 3 hours and nobody tells us anything 😡', 'negative'],
    ['What time does the lounge open?', 'neutral'],
    ['', 'neutral'],
  ])('reads "%s" as %s', (text, label) => {
    expect(scoreSentimentByLexicon(text).label).toBe(label);
  });

  it('records its model and version with every score', () => {
    expect(scoreSentimentByLexicon('good').provenance).toEqual({ model: 'lexicon-sentiment', version: '1' });
  });

  it('keeps the score within -1 and 1 however much is piled on', () => {
    const awful = scoreSentimentByLexicon('terrible awful horrible worst disgusting pathetic useless!!!'.repeat(20));
    const great = scoreSentimentByLexicon('great amazing excellent wonderful perfect!!! '.repeat(20));
    expect(awful.score).toBeGreaterThanOrEqual(-1);
    expect(awful.score).toBeLessThan(-0.95);
    expect(great.score).toBeLessThanOrEqual(1);
    expect(great.score).toBeGreaterThan(0.95);
  });

  it('flips a negated word, more weakly than its opposite', () => {
    const good = scoreSentimentByLexicon('the food was good').score;
    const notGood = scoreSentimentByLexicon('the food was not good').score;
    const bad = scoreSentimentByLexicon('the food was bad').score;
    expect(good).toBeGreaterThan(0);
    expect(notGood).toBeLessThan(0);
    expect(notGood).toBeGreaterThan(bad);
    expect(scoreSentimentByLexicon("wasn't bad at all").label).toBe('positive');
  });

  it('strengthens a word after an intensifier and weakens it after a diminisher', () => {
    const plain = scoreSentimentByLexicon('it was good').score;
    expect(scoreSentimentByLexicon('it was very good').score).toBeGreaterThan(plain);
    expect(scoreSentimentByLexicon('it was slightly good').score).toBeLessThan(plain);
  });

  it('weighs what follows "but" more than what precedes it', () => {
    expect(scoreSentimentByLexicon('the seats were comfortable but the staff were rude').label).toBe('negative');
    expect(scoreSentimentByLexicon('the flight was delayed but the staff were wonderful').label).toBe('positive');
  });

  it('lets exclamation marks strengthen an existing sentiment but not create one', () => {
    expect(scoreSentimentByLexicon('great!!!').score).toBeGreaterThan(scoreSentimentByLexicon('great').score);
    expect(scoreSentimentByLexicon('the gate is B12!!!').score).toBe(0);
  });

  it('reads emoticons and emoji', () => {
    expect(scoreSentimentByLexicon('landed :)').label).toBe('positive');
    expect(scoreSentimentByLexicon('landed 👎').label).toBe('negative');
  });

  it('lists the words that carried the score', () => {
    expect(scoreSentimentByLexicon('not helpful, and rude').evidence).toEqual(['not_helpful', 'rude']);
  });
});
