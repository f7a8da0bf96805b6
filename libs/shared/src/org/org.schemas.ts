import { z } from 'zod';
import { roleSchema } from '../auth/roles';

const name = z.string().trim().min(1, 'is required').max(120);

export const departmentSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  description: z.string().nullable(),
  ownerIds: z.array(z.uuid()),
  memberCount: z.number().int(),
  createdAt: z.string(),
});
export type Department = z.infer<typeof departmentSchema>;

export const createDepartmentRequestSchema = z.strictObject({
  name,
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by dashes')
    .max(60)
    .optional(),
  description: z.string().max(1000).nullable().optional(),
});
export type CreateDepartmentRequest = z.infer<typeof createDepartmentRequestSchema>;

export const updateDepartmentRequestSchema = createDepartmentRequestSchema.partial();
export type UpdateDepartmentRequest = z.infer<typeof updateDepartmentRequestSchema>;

export const USER_STATUSES = ['invited', 'active', 'deactivated'] as const;
export const userStatusSchema = z.enum(USER_STATUSES);
export type UserStatus = z.infer<typeof userStatusSchema>;

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  status: userStatusSchema,
  departmentIds: z.array(z.uuid()),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const inviteUserRequestSchema = z.strictObject({
  email: z.email().max(254),
  name,
  role: roleSchema,
  departmentIds: z.array(z.uuid()).max(50).default([]),
});
export type InviteUserRequest = z.input<typeof inviteUserRequestSchema>;

/** The invitation link is shown once to the admin who invited (and later mailed through the outbox). */
export const inviteUserResponseSchema = z.object({
  user: userSchema,
  invitationUrl: z.string(),
});
export type InviteUserResponse = z.infer<typeof inviteUserResponseSchema>;

export const updateUserRequestSchema = z.strictObject({
  name: name.optional(),
  role: roleSchema.optional(),
  departmentIds: z.array(z.uuid()).max(50).optional(),
});
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const listUsersQuerySchema = z.strictObject({
  status: userStatusSchema.optional(),
  role: roleSchema.optional(),
  departmentId: z.uuid().optional(),
  search: z.string().max(100).optional(),
});
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;
