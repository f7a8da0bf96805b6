import { hashString, seededRandom, shuffleInPlace } from './seeded-random';

describe('seeded randomness', () => {
  it('hashes strings to stable unsigned 32-bit numbers', () => {
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(hashString('abc')).not.toBe(hashString('abd'));
    expect(Number.isInteger(hashString('x')) && hashString('x') >= 0 && hashString('x') < 2 ** 32).toBe(true);
  });

  it('spreads similar keys evenly (about a fifth of item-0…item-999 below a fifth of the range)', () => {
    const below = Array.from({ length: 1000 }, (_, index) => hashString(`item-${index}`)).filter((hash) => hash < 0.2 * 2 ** 32);
    expect(below.length).toBeGreaterThan(160);
    expect(below.length).toBeLessThan(240);
  });

  it('repeats the same sequence for the same seed, in [0, 1)', () => {
    const first = seededRandom('seed');
    const second = seededRandom('seed');
    const values = Array.from({ length: 100 }, () => first());
    expect(Array.from({ length: 100 }, () => second())).toEqual(values);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(seededRandom('other')()).not.toBe(values[0]);
  });

  it('shuffles into a permutation, the same one for the same seed', () => {
    const items = Array.from({ length: 20 }, (_, index) => index);
    const shuffled = shuffleInPlace([...items], seededRandom(7));
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);
    expect(shuffleInPlace([...items], seededRandom(7))).toEqual(shuffled);
  });
});
