import { useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { ApiRequestError, errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Spinner } from '../../components/spinner';
import { usePortalMe, usePortalSignOut } from './hooks/use-portal';
import { PortalCasesSection } from './portal-cases-section';
import { PortalConsentsSection } from './portal-consents-section';
import { PortalDataSection } from './portal-data-section';
import { PortalDetailsSection } from './portal-details-section';
import { PortalIdentitiesSection } from './portal-identities-section';
import { PortalLayout } from './portal-layout';
import { PortalMessagesSection } from './portal-messages-section';
import { portalSignInPath } from './portal-redirect';
import { PortalScoresSection } from './portal-scores-section';

/** `/portal`: everything we hold about the signed-in customer, and what they may change. */
export function PortalHomePage() {
  useDocumentTitle('Your portal');
  const me = usePortalMe();
  const signOut = usePortalSignOut();
  const navigate = useNavigate();
  const signedOut = me.error instanceof ApiRequestError && me.error.status === 401;

  useEffect(() => {
    if (signedOut) void navigate({ href: portalSignInPath('/portal'), replace: true });
  }, [signedOut, navigate]);

  const actions = me.data ? (
    <Button variant="secondary" size="sm" loading={signOut.isPending} onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate({ href: '/portal/sign-in', replace: true }) })}>
      Sign out
    </Button>
  ) : null;

  return (
    <PortalLayout actions={actions}>
      {me.isPending || signedOut ? (
        <div className="flex justify-center py-20">
          <Spinner label="Loading your portal" />
        </div>
      ) : me.isError ? (
        <Alert>{errorMessage(me.error)}</Alert>
      ) : (
        <div className="space-y-6">
          <div>
            <h1 className="text-2xl font-semibold text-zinc-900">Hello{me.data.profile.name ? `, ${me.data.profile.name}` : ''}</h1>
            <p className="mt-1 text-sm text-zinc-500">This is everything we hold about you. You can correct it, and choose what we may do with it.</p>
          </div>
          <PortalDetailsSection key={JSON.stringify(me.data.profile)} profile={me.data.profile} />
          <PortalIdentitiesSection identities={me.data.identities} />
          <PortalConsentsSection consents={me.data.consents} history={me.data.consentHistory} />
          <PortalCasesSection feedback={me.data.feedback} cases={me.data.cases} />
          <PortalMessagesSection messages={me.data.messages} />
          <PortalScoresSection scores={me.data.scores} />
          <PortalDataSection />
        </div>
      )}
    </PortalLayout>
  );
}
