import { SetMetadata, applyDecorators } from '@nestjs/common';
import type { Role } from '@fullcircle/shared';

export const PERMISSION_KEY = 'fullcircle:permission';

export type Permission = { kind: 'public'; reason: string } | { kind: 'roles'; roles: readonly Role[] };

/**
 * Who may call an endpoint. Every route must carry exactly one of these on the method or its
 * controller; the session guard denies any route that declares nothing.
 *   @Allow('admin')                  only admins
 *   @Allow('owner', 'member')        department staff
 *   @Allow(...ALL_STAFF)             any signed-in staff member
 */
export const Allow = (...roles: Role[]) =>
  applyDecorators(SetMetadata(PERMISSION_KEY, { kind: 'roles', roles } satisfies Permission));

/** No sign-in needed; the reason is for reviewers (and the route audit test). */
export const Public = (reason: string) =>
  applyDecorators(SetMetadata(PERMISSION_KEY, { kind: 'public', reason } satisfies Permission));

export const ALL_STAFF: Role[] = ['admin', 'executive', 'owner', 'member'];
