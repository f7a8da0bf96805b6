import type {
  CreateDepartmentRequest,
  Department,
  InviteUserRequest,
  InviteUserResponse,
  ListUsersQuery,
  UpdateDepartmentRequest,
  UpdateUserRequest,
  User,
} from '@fullcircle/shared';
import { request } from './http';

export function listDepartments(): Promise<Department[]> {
  return request<Department[]>('/api/org/departments');
}

export function createDepartment(body: CreateDepartmentRequest): Promise<Department> {
  return request<Department>('/api/org/departments', { method: 'POST', body });
}

export function updateDepartment(id: string, body: UpdateDepartmentRequest): Promise<Department> {
  return request<Department>(`/api/org/departments/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function listUsers(query: ListUsersQuery = {}): Promise<User[]> {
  return request<User[]>('/api/org/users', { query: { ...query } });
}

export function inviteUser(body: InviteUserRequest): Promise<InviteUserResponse> {
  return request<InviteUserResponse>('/api/org/users', { method: 'POST', body });
}

export function updateUser(id: string, body: UpdateUserRequest): Promise<User> {
  return request<User>(`/api/org/users/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function deactivateUser(id: string): Promise<User> {
  return request<User>(`/api/org/users/${encodeURIComponent(id)}/deactivate`, { method: 'POST' });
}

export function reactivateUser(id: string): Promise<User> {
  return request<User>(`/api/org/users/${encodeURIComponent(id)}/reactivate`, { method: 'POST' });
}
