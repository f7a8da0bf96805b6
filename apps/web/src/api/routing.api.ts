import type {
  RoutingAssignee,
  RoutingRuleDto,
  RoutingRuleInput,
  RoutingRuleTestResult,
  RoutingSettingsDto,
  SaveRoutingRuleRequest,
  UpdateRoutingSettingsRequest,
} from '@fullcircle/shared';
import { request } from './http';

const BASE = '/api/routing/rules';

export function listRoutingRules(): Promise<RoutingRuleDto[]> {
  return request<RoutingRuleDto[]>(BASE);
}

export function createRoutingRule(body: SaveRoutingRuleRequest): Promise<RoutingRuleDto> {
  return request<RoutingRuleDto>(BASE, { method: 'POST', body });
}

export function updateRoutingRule(id: string, body: SaveRoutingRuleRequest): Promise<RoutingRuleDto> {
  return request<RoutingRuleDto>(`${BASE}/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function deleteRoutingRule(id: string): Promise<void> {
  return request<void>(`${BASE}/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function reorderRoutingRules(ids: string[]): Promise<RoutingRuleDto[]> {
  return request<RoutingRuleDto[]>(`${BASE}/reorder`, { method: 'POST', body: { ids } });
}

export function testRoutingRule(rule: RoutingRuleInput): Promise<RoutingRuleTestResult> {
  return request<RoutingRuleTestResult>(`${BASE}/test`, { method: 'POST', body: { rule } });
}

export function listRoutingAssignees(): Promise<RoutingAssignee[]> {
  return request<RoutingAssignee[]>(`${BASE}/assignees`);
}

export function getRoutingSettings(): Promise<RoutingSettingsDto> {
  return request<RoutingSettingsDto>('/api/routing/settings');
}

export function updateRoutingSettings(body: UpdateRoutingSettingsRequest): Promise<RoutingSettingsDto> {
  return request<RoutingSettingsDto>('/api/routing/settings', { method: 'PUT', body });
}
