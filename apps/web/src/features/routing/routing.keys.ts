export const routingKeys = {
  all: ['routing'] as const,
  rules: () => [...routingKeys.all, 'rules'] as const,
  assignees: () => [...routingKeys.all, 'assignees'] as const,
  settings: () => [...routingKeys.all, 'settings'] as const,
};
