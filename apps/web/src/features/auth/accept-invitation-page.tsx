import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { homePathFor } from '../../app/role-home';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { AcceptInvitationForm } from './accept-invitation-form';
import { AuthLayout } from './auth-layout';

const route = getRouteApi('/accept-invitation');

export function AcceptInvitationPage() {
  useDocumentTitle('Accept invitation');
  const { token } = route.useSearch();
  const navigate = useNavigate();

  return (
    <AuthLayout
      title="Join your team on Fullcircle"
      subtitle="Choose a password to finish setting up your account."
      footer={
        <p className="text-center text-sm text-zinc-500">
          Already have an account?{' '}
          <Link to="/login" search={{}} className="font-medium text-indigo-600 hover:text-indigo-500">
            Sign in
          </Link>
        </p>
      }
    >
      {token ? (
        <AcceptInvitationForm token={token} onAccepted={(user) => void navigate({ to: homePathFor(user.role), replace: true })} />
      ) : (
        <Alert title="This invitation link is incomplete">
          Open the full link from your invitation, or ask your administrator for a new one.
        </Alert>
      )}
    </AuthLayout>
  );
}
