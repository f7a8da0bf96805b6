import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { afterSignInPath } from '../../app/safe-redirect';
import { useDocumentTitle } from '../../app/use-document-title';
import { AuthLayout } from './auth-layout';
import { LoginForm } from './login-form';

const route = getRouteApi('/login');

export function LoginPage() {
  useDocumentTitle('Sign in');
  const { redirect } = route.useSearch();
  const navigate = useNavigate();

  return (
    <AuthLayout title="Sign in to Fullcircle" subtitle="Welcome back. Use your work email.">
      <LoginForm onSignedIn={(user) => void navigate({ href: afterSignInPath(user.role, redirect), replace: true })} />
    </AuthLayout>
  );
}
