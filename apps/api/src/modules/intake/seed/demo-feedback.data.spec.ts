import { submitFeedbackRequestSchema } from '@fullcircle/shared';
import { demoFeedback } from './demo-feedback.data';

describe('demoFeedback', () => {
  const now = new Date('2026-11-25T12:00:00Z');

  it('is the same on every run', () => {
    expect(demoFeedback(now)).toEqual(demoFeedback(now));
  });

  it('makes items the public intake contract accepts, each with its own message id', () => {
    const items = demoFeedback(now);
    for (const item of items) expect(submitFeedbackRequestSchema.safeParse(item).success).toBe(true);
    expect(new Set(items.map((i) => i.externalMessageId)).size).toBe(items.length);
  });
});
