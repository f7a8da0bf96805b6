import type { BusinessHours, CreateSlaPolicyRequest, DepartmentBusinessHours, SlaPlan, SlaPolicy, SlaPreviewRequest, UpdateSlaPolicyRequest } from '@fullcircle/shared';
import { request } from './http';

export function listSlaPolicies(): Promise<SlaPolicy[]> {
  return request<SlaPolicy[]>('/api/routing/sla-policies');
}

export function createSlaPolicy(body: CreateSlaPolicyRequest): Promise<SlaPolicy> {
  return request<SlaPolicy>('/api/routing/sla-policies', { method: 'POST', body });
}

export function updateSlaPolicy(id: string, body: UpdateSlaPolicyRequest): Promise<SlaPolicy> {
  return request<SlaPolicy>(`/api/routing/sla-policies/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function previewSlaPolicy(id: string, body: SlaPreviewRequest): Promise<SlaPlan> {
  return request<SlaPlan>(`/api/routing/sla-policies/${encodeURIComponent(id)}/preview`, { method: 'POST', body });
}

export function getBusinessHours(departmentId: string): Promise<DepartmentBusinessHours> {
  return request<DepartmentBusinessHours>(`/api/routing/departments/${encodeURIComponent(departmentId)}/business-hours`);
}

export function setBusinessHours(departmentId: string, body: BusinessHours): Promise<DepartmentBusinessHours> {
  return request<DepartmentBusinessHours>(`/api/routing/departments/${encodeURIComponent(departmentId)}/business-hours`, { method: 'PUT', body });
}
