export const webhookSourceKeys = {
  all: ['intake', 'webhook-sources'] as const,
  list: () => [...webhookSourceKeys.all, 'list'] as const,
};
