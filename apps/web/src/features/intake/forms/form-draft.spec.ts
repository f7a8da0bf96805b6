import { embedSnippet, emptyDraft, inputOf, slugify, validateDraft } from './form-draft';

describe('form drafts', () => {
  it('makes a URL-safe slug from a name', () => {
    expect(slugify('Checkout NPS — Q3 (web)')).toBe('checkout-nps-q3-web');
    expect(slugify('  Été 2026!! ')).toBe('ete-2026');
  });

  it('turns the editor state into the API body: origins one per line, options split on commas', () => {
    const draft = {
      ...emptyDraft(),
      name: 'Checkout',
      slug: 'checkout',
      origins: 'https://shop.example.com\n\nhttps://m.shop.example.com ',
      extra: [{ id: 'plan', kind: 'single_choice' as const, label: 'Plan', required: true, options: 'Free, Pro ,' }],
    };
    const input = inputOf(draft);
    expect(input.allowedOrigins).toEqual(['https://shop.example.com', 'https://m.shop.example.com']);
    expect(input.questions.extra).toEqual([{ id: 'plan', kind: 'single_choice', label: 'Plan', required: true, options: ['Free', 'Pro'] }]);
    expect(validateDraft(draft)).toEqual({});
  });

  it('names the fields the shared schema refuses', () => {
    const errors = validateDraft({ ...emptyDraft(), name: '', slug: 'Bad Slug', accentColor: 'blue', origins: 'https://shop.example.com/path' });
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(['name', 'slug', 'branding.accentColor', 'allowedOrigins.0']));
  });

  it('asks free-text forms for a required comment, whatever the checkbox said', () => {
    const input = inputOf({ ...emptyDraft(), kind: 'free_text', commentRequired: false });
    expect(input.questions.comment).toMatchObject({ required: true });
  });

  it('builds the one-line embed snippet', () => {
    expect(embedSnippet('https://fc.example', 'checkout')).toBe('<script src="https://fc.example/widget.js" data-form="checkout" async></script>');
  });
});
