export const csvImportKeys = {
  all: ['intake', 'csv-imports'] as const,
  list: () => [...csvImportKeys.all, 'list'] as const,
  mappings: () => [...csvImportKeys.all, 'mappings'] as const,
  errors: (id: string) => [...csvImportKeys.all, 'errors', id] as const,
};
