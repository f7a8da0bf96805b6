import { listCustomersQuerySchema, recordConsentRequestSchema, timelineQuerySchema } from './customers.schemas';

const fields = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join('.'));

describe('customers schemas', () => {
  it('refuses text PostgreSQL cannot store, naming the field', () => {
    expect(fields(listCustomersQuerySchema.safeParse({ search: 'a\u0000b' }))).toEqual(['search']);
    expect(fields(recordConsentRequestSchema.safeParse({ purpose: 'research', granted: true, source: 'x', wording: 'y\u0000' }))).toEqual(['wording']);
  });

  it('knows only the three consent purposes', () => {
    expect(fields(recordConsentRequestSchema.safeParse({ purpose: 'newsletter', granted: true, source: 'x', wording: 'y' }))).toEqual(['purpose']);
  });

  it('pages the timeline by the id of the oldest entry shown', () => {
    expect(timelineQuerySchema.parse({})).toEqual({ limit: 25 });
    expect(fields(timelineQuerySchema.safeParse({ before: '2026-11-01' }))).toEqual(['before']);
  });
});
