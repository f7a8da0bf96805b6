export const slaKeys = {
  all: ['sla'] as const,
  policies: () => ['sla', 'policies'] as const,
  hours: (departmentId: string) => ['sla', 'hours', departmentId] as const,
};
