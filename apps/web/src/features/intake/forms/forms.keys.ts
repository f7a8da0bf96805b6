export const formsKeys = {
  all: ['intake', 'forms'] as const,
  list: () => [...formsKeys.all, 'list'] as const,
  public: (slug: string) => [...formsKeys.all, 'public', slug] as const,
};
