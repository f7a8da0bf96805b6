import type { ApiKeyScope } from '@fullcircle/shared';

export const SCOPE_LABELS: Record<ApiKeyScope, string> = {
  'intake:write': 'Submit feedback',
};
