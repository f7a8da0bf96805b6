import { findConversationReference, newConversationReference } from './conversation-reference';

describe('conversation references', () => {
  it('are found again in the text that quotes them, whatever the case', () => {
    const reference = newConversationReference();
    expect(reference).toMatch(/^FC-[0-9A-Z]{8}$/);
    expect(findConversationReference(`Re: your feedback [${reference.toLowerCase()}]`)).toBe(reference);
    expect(findConversationReference(`feedback+${reference}@example.com`)).toBe(reference);
  });

  it('ignores look-alikes', () => {
    expect(findConversationReference('FC-1234567')).toBeNull(); // too short
    expect(findConversationReference('FC-ILOU1234')).toBeNull(); // letters the alphabet leaves out
    expect(findConversationReference(null)).toBeNull();
  });

  it('are random', () => {
    const seen = new Set(Array.from({ length: 1000 }, newConversationReference));
    expect(seen.size).toBe(1000);
  });
});
