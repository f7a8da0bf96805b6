import type { ChangePasswordRequest } from '@fullcircle/shared';
import { useMutation } from '@tanstack/react-query';
import { changePassword } from '../../../api/auth.api';

export function useChangePassword() {
  return useMutation({ mutationFn: (body: ChangePasswordRequest) => changePassword(body) });
}
