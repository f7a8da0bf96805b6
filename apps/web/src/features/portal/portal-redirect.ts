/**
 * Where a customer goes after signing in: back to the portal or public board page that sent them
 * (`?redirect=`), never to another site or into the staff app; else the portal's home.
 */
export function portalRedirectPath(redirect: string | undefined): string {
  if (!redirect || !redirect.startsWith('/') || redirect.startsWith('//') || redirect.includes('\\')) return '/portal';
  try {
    const url = new URL(redirect, 'http://portal.invalid');
    if (url.origin !== 'http://portal.invalid') return '/portal';
    const allowed = ['/portal', '/board'].some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`));
    return allowed && !url.pathname.startsWith('/portal/sign-in') && !url.pathname.startsWith('/portal/verify') ? redirect : '/portal';
  } catch {
    return '/portal';
  }
}

export function portalSignInPath(redirect?: string): string {
  return redirect ? `/portal/sign-in?redirect=${encodeURIComponent(redirect)}` : '/portal/sign-in';
}
