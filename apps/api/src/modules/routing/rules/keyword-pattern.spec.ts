import fc from 'fast-check';
import { compileKeywordPattern } from './keyword-pattern';

describe(compileKeywordPattern.name, () => {
  it.each([
    ['refund', 'I want a REFUND now', true],
    ['refund', 'refunds please', false],
    ['refund*', 'refunds please', true],
    ['refund*', 'prerefund', false],
    ['lost * bag', 'they lost my bag at JFK', true],
    ['lost * bag', 'lost bag', false],
    ['lost bag', 'lost\n  bag', true],
    ['wi-fi', 'the wi-fi was down', true],
    ['c++', 'I code in c++ daily', true],
    ['(x)', 'a (x) b', true],
    ['crème', 'la CRÈME brûlée', true],
  ])('%s on %j → %s', (pattern, text, expected) => {
    expect(compileKeywordPattern(pattern).test(text)).toBe(expected);
  });

  it('property: any text without * matches itself as a whole word and never throws', () => {
    const words = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0 && !s.includes('*'));
    fc.assert(
      fc.property(words, (word) => {
        const literal = word.trim().split(/\s+/).join(' ');
        expect(compileKeywordPattern(word).test(`start ${literal} end`)).toBe(true);
      }),
    );
  });

  it('property: a letter-only word does not match inside a longer word', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,12}$/), (word) => {
        expect(compileKeywordPattern(word).test(`x${word}x`)).toBe(false);
      }),
    );
  });

  it('stays linear on adversarial input (many wildcards against a long non-matching text)', () => {
    const compiled = compileKeywordPattern('a* a* a* a* a* a* a* a* b');
    // Bounded wildcards and literal separators: this returns promptly; a catastrophic pattern would not finish.
    expect(compiled.test(`${'a '.repeat(5_000)}c`)).toBe(false);
  });
});
