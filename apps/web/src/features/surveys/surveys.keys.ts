export const surveysKeys = {
  all: ['surveys'] as const,
  list: () => [...surveysKeys.all, 'list'] as const,
  response: (token: string) => [...surveysKeys.all, 'response', token] as const,
};
