import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { ApiRequestError, errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { buttonClasses } from '../../components/button';
import { Spinner } from '../../components/spinner';
import { useVerifyPortalSignIn } from './hooks/use-portal';
import { PortalLayout, PortalPanel } from './portal-layout';
import { portalRedirectPath, portalSignInPath } from './portal-redirect';

const route = getRouteApi('/portal/verify');

/** `/portal/verify?token=…`: the magic link lands here, signs in once and moves on. */
export function PortalVerifyPage() {
  useDocumentTitle('Signing in', 'Your portal');
  const { token, redirect } = route.useSearch();
  const verify = useVerifyPortalSignIn();
  const navigate = useNavigate();
  const started = useRef(false);

  useEffect(() => {
    // once: a link works a single time, so a re-render must not spend it again
    if (started.current || !token) return;
    started.current = true;
    verify.mutate({ token }, { onSuccess: () => void navigate({ href: portalRedirectPath(redirect), replace: true }) });
  }, [token, redirect, verify, navigate]);

  const failed = !token || verify.isError;
  return (
    <PortalLayout width="narrow">
      <PortalPanel className="text-center">
        {failed ? (
          <>
            <h1 className="text-lg font-semibold text-zinc-900">This sign-in link does not work</h1>
            <p className="mt-2 text-sm text-zinc-500">
              {token ? linkProblem(verify.error) : 'The link is incomplete.'} Links work once, for 15 minutes.
            </p>
            <a href={portalSignInPath(redirect)} className={buttonClasses('primary', 'md', 'mt-5')}>
              Get a new link
            </a>
          </>
        ) : (
          <div className="flex flex-col items-center gap-3 py-6" role="status">
            <Spinner />
            <p className="text-sm text-zinc-600">Signing you in…</p>
          </div>
        )}
      </PortalPanel>
    </PortalLayout>
  );
}

function linkProblem(error: unknown): string {
  const issue = error instanceof ApiRequestError ? error.issues.find((i) => i.field === 'token') : undefined;
  return issue ? `${issue.message.charAt(0).toUpperCase()}${issue.message.slice(1)}.` : errorMessage(error);
}
