import { BadRequestException } from '@nestjs/common';
import type { Score } from '@fullcircle/shared';
import { feedbackRow, scoreColumns } from './feedback-row';

const fieldOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    if (error instanceof BadRequestException) return (error.getResponse() as { issues: { field: string }[] }).issues[0].field;
    throw error;
  }
  return undefined;
};

describe('feedback rows', () => {
  describe(scoreColumns.name, () => {
    it.each([
      ['nps', 0],
      ['nps', 10],
      ['csat', 1],
      ['csat', 5],
      ['ces', 1],
      ['ces', 7],
    ] as const)('keeps %s %i, on the edge of its range', (scale, value) => {
      expect(scoreColumns({ scale, value })).toEqual({ scoreScale: scale, scoreValue: value });
    });

    it.each([
      ['nps', -1],
      ['nps', 11],
      ['csat', 0],
      ['csat', 6],
      ['ces', 0],
      ['ces', 8],
      ['nps', 7.5],
    ] as const)('refuses %s %d with a 400 naming score.value', (scale, value) => {
      expect(fieldOf(() => scoreColumns({ scale, value }))).toBe('score.value');
    });

    it('refuses an unknown scale naming score.scale', () => {
      expect(fieldOf(() => scoreColumns({ scale: 'stars', value: 3 } as unknown as Score))).toBe('score.scale');
    });

    it('stores no score as two nulls', () => {
      expect(scoreColumns(undefined)).toEqual({ scoreScale: null, scoreValue: null });
    });
  });

  describe(feedbackRow.name, () => {
    const now = new Date('2026-11-20T10:00:00.000Z');
    const context = { channel: 'api' as const, source: 'api-key:test' };

    it('keeps the text exactly as given and marks a declared language', () => {
      const text = '<b>Bag lost</b> & "nobody" answered\n  ';
      const row = feedbackRow({ text, language: 'en', customer: { email: 'a@b.test' } }, context, { customerId: 'c1', conversationId: 'v1' }, now);
      expect(row).toMatchObject({ text, language: 'en', languageSource: 'declared', receivedAt: now, metadata: {}, attachments: [] });
    });

    it('leaves the language to enrichment when none is declared, and uses the channel time when given', () => {
      const row = feedbackRow({ text: 'hi', receivedAt: '2026-11-19T08:30:00+01:00', customer: { email: 'a@b.test' } }, context, { customerId: 'c1', conversationId: 'v1' }, now);
      expect(row).toMatchObject({ language: null, languageSource: null, receivedAt: new Date('2026-11-19T07:30:00.000Z') });
    });
  });
});
