import { decodeHtmlEntities, extractFeatures, tokenize, tokenizeDetailed } from './text-features';

describe('text features', () => {
  describe(tokenize.name, () => {
    it('lowercases and splits words, keeping apostrophes inside them', () => {
      expect(tokenize("The Crew Didn't smile")).toEqual(['the', 'crew', "didn't", 'not_smile']);
    });

    it('marks the words after a negator with not_ until punctuation ends the clause', () => {
      expect(tokenize('not good, the seat was fine')).toEqual(['not', 'not_good', 'the', 'seat', 'was', 'fine']);
      expect(tokenize('never on time again and the food')).toEqual(['never', 'not_on', 'not_time', 'not_again', 'and', 'the', 'food']);
    });

    it('also reads negations typed without apostrophes or with curly ones', () => {
      expect(tokenize('dont like it')).toEqual(['dont', 'not_like', 'not_it']);
      expect(tokenize('I can\u2019t believe')).toEqual(['i', "can't", 'not_believe']);
    });

    it('can turn negation marking off', () => {
      expect(tokenize('not good', { negationScope: 0 })).toEqual(['not', 'good']);
    });

    it('replaces URLs, e-mail addresses, mentions and numbers with placeholders', () => {
      expect(tokenize('@united see https://t.co/abc or mail a.b@example.com, flight 1234 at 10:30')).toEqual([
        '_mention_', 'see', '_url_', 'or', 'mail', '_email_', 'flight', '_num_', 'at', '_num_',
      ]);
    });

    it('keeps the word of a hashtag and shortens elongated words', () => {
      expect(tokenize('#Delayed sooooo long')).toEqual(['delayed', 'soo', 'long']);
    });

    it('keeps emoji and emoticons as tokens', () => {
      expect(tokenize('great job 😍👍 :) <3')).toEqual(['great', 'job', '😍', '👍', ':)', '<3']);
    });

    it('keeps ! and ? and marks runs of them', () => {
      expect(tokenize('why?? great!')).toEqual(['why', '??', 'great', '!']);
    });

    it('decodes HTML entities before tokenizing', () => {
      expect(decodeHtmlEntities('fish &amp; chips &lt;3 &#39;ok&#x27;')).toBe("fish & chips <3 'ok'");
      expect(tokenize('fish &amp; chips &lt;3')).toEqual(['fish', 'chips', '<3']);
    });

    it('reads letters beyond ASCII', () => {
      expect(tokenize('Très déçu, vol annulé')).toEqual(['très', 'déçu', 'vol', 'annulé']);
    });

    it('gives nothing for empty or punctuation-only text', () => {
      expect(tokenize('')).toEqual([]);
      expect(tokenize(' ... ,;')).toEqual([]);
    });
  });

  describe(tokenizeDetailed.name, () => {
    it('keeps the unmarked word as base and tells placeholders from words', () => {
      expect(tokenizeDetailed('no bags @x')).toEqual([
        { text: 'no', kind: 'word', base: 'no' },
        { text: 'not_bags', kind: 'word', base: 'bags' },
        { text: '_mention_', kind: 'placeholder', base: '_mention_' },
      ]);
    });
  });

  describe(extractFeatures.name, () => {
    it('counts unigrams and bigrams', () => {
      const features = extractFeatures('bad bad service', { charNgrams: [] });
      expect(Object.fromEntries(features)).toEqual({ bad: 2, service: 1, 'bad bad': 1, 'bad service': 1 });
    });

    it('builds bigrams over negation-marked tokens', () => {
      const features = extractFeatures('not good', { charNgrams: [] });
      expect([...features.keys()]).toEqual(['not', 'not_good', 'not not_good']);
    });

    it('adds character n-grams of words, padded at word edges and prefixed with ~', () => {
      const features = extractFeatures('late', { wordNgrams: 1, charNgrams: [4] });
      expect([...features.keys()]).toEqual(['late', '~_lat', '~late', '~ate_']);
    });

    it('takes a whole short word as its only character n-gram', () => {
      expect([...extractFeatures('ok', { wordNgrams: 1, charNgrams: [4] }).keys()]).toEqual(['ok', '~_ok_']);
    });

    it('uses unigrams, bigrams and character 4-grams by default', () => {
      const features = extractFeatures('lost bag');
      expect(features.has('lost bag')).toBe(true);
      expect(features.has('~lost')).toBe(true);
    });
  });
});
