import type {
  AcceptedFeedback,
  AddPortalIdentityRequest,
  ConsentPurpose,
  PortalIdentityCodeSent,
  PortalMe,
  PortalSignInAccepted,
  PortalSignInRequest,
  PortalVerifyRequest,
  UpdatePortalProfileRequest,
} from '@fullcircle/shared';
import { request } from './http';

/** Customer portal: sign-in (no password) and the customer's own data, on the fc_customer cookie. */
export function requestPortalSignIn(body: PortalSignInRequest): Promise<PortalSignInAccepted> {
  return request<PortalSignInAccepted>('/api/portal/sign-in', { method: 'POST', body });
}

export function verifyPortalSignIn(body: PortalVerifyRequest): Promise<void> {
  return request<void>('/api/portal/verify', { method: 'POST', body });
}

export function signOutOfPortal(): Promise<void> {
  return request<void>('/api/portal/sign-out', { method: 'POST' });
}

export function getPortalMe(): Promise<PortalMe> {
  return request<PortalMe>('/api/portal/me');
}

export function updatePortalMe(body: UpdatePortalProfileRequest): Promise<PortalMe> {
  return request<PortalMe>('/api/portal/me', { method: 'PATCH', body });
}

export function addPortalIdentity(body: AddPortalIdentityRequest): Promise<PortalIdentityCodeSent> {
  return request<PortalIdentityCodeSent>('/api/portal/identities', { method: 'POST', body });
}

export function verifyPortalIdentity(code: string): Promise<void> {
  return request<void>('/api/portal/identities/verify', { method: 'POST', body: { code } });
}

export function setPortalConsent(purpose: ConsentPurpose, granted: boolean): Promise<void> {
  return request<void>(`/api/portal/consents/${encodeURIComponent(purpose)}`, { method: 'PUT', body: { granted } });
}

export function commentOnPortalCase(caseId: string, text: string): Promise<AcceptedFeedback> {
  return request<AcceptedFeedback>(`/api/portal/cases/${encodeURIComponent(caseId)}/comments`, { method: 'POST', body: { text } });
}
