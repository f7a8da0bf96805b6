export const intakeKeys = {
  all: ['intake'] as const,
  apiKeys: () => [...intakeKeys.all, 'api-keys'] as const,
  channels: () => [...intakeKeys.all, 'channels'] as const,
};
