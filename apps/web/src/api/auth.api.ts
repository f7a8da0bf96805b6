import type {
  AcceptInvitationRequest,
  ChangePasswordRequest,
  LoginRequest,
  SessionUser,
} from '@fullcircle/shared';
import { ApiRequestError, request } from './http';

export function login(body: LoginRequest): Promise<SessionUser> {
  return request<SessionUser>('/api/auth/login', { method: 'POST', body });
}

export function logout(): Promise<void> {
  return request<void>('/api/auth/logout', { method: 'POST' });
}

/** The signed-in user, or null when there is no valid session (401). */
export async function getMe(): Promise<SessionUser | null> {
  try {
    return await request<SessionUser>('/api/auth/me');
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}

export function changePassword(body: ChangePasswordRequest): Promise<void> {
  return request<void>('/api/auth/password', { method: 'POST', body });
}

export function acceptInvitation(body: AcceptInvitationRequest): Promise<SessionUser> {
  return request<SessionUser>('/api/auth/invitations/accept', { method: 'POST', body });
}
