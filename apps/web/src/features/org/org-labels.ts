import { ROLES, USER_STATUSES, type Role, type UserStatus } from '@fullcircle/shared';
import { ROLE_LABELS } from '../../app/role-home';
import type { BadgeTone } from '../../components/badge';
import type { SelectOption } from '../../components/select-field';

export const ROLE_OPTIONS: SelectOption[] = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: 'Manages users, departments and settings.',
  executive: 'Sees the organisation-wide overview.',
  owner: 'Leads departments and works their inbox.',
  member: 'Works the inbox of their departments.',
};

export const STATUS_LABELS: Record<UserStatus, string> = {
  invited: 'Invited',
  active: 'Active',
  deactivated: 'Deactivated',
};

export const STATUS_TONES: Record<UserStatus, BadgeTone> = {
  invited: 'warning',
  active: 'success',
  deactivated: 'neutral',
};

export const STATUS_OPTIONS: SelectOption[] = USER_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));
