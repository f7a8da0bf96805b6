import type { Role } from '@fullcircle/shared';
import { ACCOUNT_NAV, navigationFor } from './navigation';
import { homePathFor } from './role-home';

/**
 * Where to go after sign-in: back to the page that asked for it when that is an in-app page
 * this role may open (not whatever a previous user was looking at), else the role's home.
 */
export function afterSignInPath(role: Role, redirect?: string): string {
  if (redirect) {
    let path: string;
    try {
      const url = new URL(redirect, 'http://app.invalid');
      if (url.origin !== 'http://app.invalid' || redirect.startsWith('//')) return homePathFor(role);
      path = url.pathname;
    } catch {
      return homePathFor(role);
    }
    const prefixes = [...navigationFor(role), ACCOUNT_NAV].map((item) => item.activePrefix);
    if (prefixes.some((p) => path === p || path.startsWith(`${p}/`))) return redirect;
  }
  return homePathFor(role);
}
