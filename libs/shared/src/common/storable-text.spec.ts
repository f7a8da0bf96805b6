import { submitFeedbackRequestSchema } from '../intake/intake.schemas';
import { storableText } from './storable-text';

describe('storableText', () => {
  it('accepts any text without the NUL character, unicode included', () => {
    expect(storableText().parse('Ça va 😀 \u0001')).toBe('Ça va 😀 \u0001');
  });

  it('refuses the NUL character, which PostgreSQL cannot store', () => {
    expect(storableText().safeParse('a\u0000b').success).toBe(false);
  });
});

describe('submitFeedbackRequestSchema', () => {
  const valid = { text: 'Late again', customer: { email: 'a@b.test' } };

  it.each([
    [{ ...valid, text: 'nul \u0000 here' }, 'text'],
    [{ ...valid, customer: { email: 'a@b.test', name: 'A\u0000' } }, 'customer.name'],
    [{ ...valid, metadata: { flight: 'UA\u00001' } }, 'metadata.flight'],
    [{ ...valid, metadata: { 'key\u0000': 1 } }, 'metadata.key\u0000'],
  ])('names the field holding a NUL character', (input, field) => {
    const result = submitFeedbackRequestSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(field);
  });
});
