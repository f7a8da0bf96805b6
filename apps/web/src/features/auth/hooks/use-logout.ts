import { useMutation } from '@tanstack/react-query';
import { logout } from '../../../api/auth.api';

/**
 * Signs out, then loads /login afresh: a full page load drops every cached query of the old
 * session at once, and no signed-in page re-renders (and redirects) on the way out.
 */
export function useLogout() {
  return useMutation({
    mutationFn: () => logout(),
    onSettled: () => window.location.assign('/login'),
  });
}
