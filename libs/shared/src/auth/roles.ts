import { z } from 'zod';

/**
 * Staff roles. admin manages the organisation; executive reads cross-department KPIs;
 * owner leads one or more departments; member works in one or more departments.
 */
export const ROLES = ['admin', 'executive', 'owner', 'member'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles whose work is scoped to the departments they belong to. */
export const DEPARTMENT_SCOPED_ROLES: readonly Role[] = ['owner', 'member'];
