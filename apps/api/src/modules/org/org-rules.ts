import type { Role } from '@fullcircle/shared';

/** Lower-case words joined by dashes, as createDepartmentRequestSchema requires of slugs. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug || 'department';
}

export interface MembershipRow {
  userId: string;
  departmentId: string;
  isOwner: boolean;
}

/** An owner leads every department they belong to; everyone else is a plain member. */
export function membershipRows(userId: string, role: Role, departmentIds: readonly string[]): MembershipRow[] {
  return [...new Set(departmentIds)].map((departmentId) => ({ userId, departmentId, isOwner: role === 'owner' }));
}

/** True when taking `userId` out of the active admins would leave the organisation without one. */
export function isLastActiveAdmin(activeAdminIds: readonly string[], userId: string): boolean {
  return activeAdminIds.length === 1 && activeAdminIds[0] === userId;
}

export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

export function invitationUrl(base: string, token: string): string {
  return `${base.replace(/\/+$/, '')}/accept-invitation?token=${encodeURIComponent(token)}`;
}
