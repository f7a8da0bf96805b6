export const enrichmentKeys = {
  all: ['enrichment'] as const,
  models: () => [...enrichmentKeys.all, 'models'] as const,
};
