export const customersKeys = {
  all: ['customers'] as const,
  lists: () => [...customersKeys.all, 'list'] as const,
  list: (filters: { search?: string; limit: number }) => [...customersKeys.lists(), filters] as const,
  details: () => [...customersKeys.all, 'detail'] as const,
  detail: (id: string) => [...customersKeys.details(), id] as const,
  // Under the detail key: invalidating a customer refreshes their timeline too.
  timeline: (id: string) => [...customersKeys.detail(id), 'timeline'] as const,
};
