import { parseTopics } from './correct-labels-button';

describe('parseTopics', () => {
  it('splits on commas, trims, lower-cases, joins words with underscores and drops duplicates and blanks', () => {
    expect(parseTopics(' Staff attitude, seating,, SEATING , ')).toEqual(['staff_attitude', 'seating']);
  });

  it('gives no topics for an empty field', () => {
    expect(parseTopics('')).toEqual([]);
  });
});
