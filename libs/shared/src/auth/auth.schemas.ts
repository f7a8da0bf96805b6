import { z } from 'zod';
import { roleSchema } from './roles';

export const loginRequestSchema = z.strictObject({
  email: z.email().max(254),
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  departmentIds: z.array(z.uuid()),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** Sent when a signed-in staff member changes their own password. */
export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(10, 'must be at least 10 characters').max(256),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

/** Sent by an invited user to set their password from the invitation link. */
export const acceptInvitationRequestSchema = z.strictObject({
  token: z.string().min(20).max(200),
  password: z.string().min(10, 'must be at least 10 characters').max(256),
});
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequestSchema>;

export const SESSION_COOKIE = 'fc_session';
