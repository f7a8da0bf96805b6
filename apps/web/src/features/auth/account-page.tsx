import { useDocumentTitle } from '../../app/use-document-title';
import { ROLE_LABELS } from '../../app/role-home';
import { Avatar } from '../../components/avatar';
import { Badge } from '../../components/badge';
import { Card, CardHeader } from '../../components/card';
import { PageHeader } from '../../components/page-header';
import { ChangePasswordForm } from './change-password-form';
import { useCurrentUser } from './hooks/use-session';

export function AccountPage() {
  useDocumentTitle('Account');
  const user = useCurrentUser();

  return (
    <div className="space-y-6">
      <PageHeader title="Account" description="Your profile and sign-in details." />
      <Card className="flex items-center gap-4 p-5">
        <Avatar name={user.name} className="size-12 text-sm" />
        <div className="min-w-0">
          <p className="truncate font-medium text-zinc-900">{user.name}</p>
          <p className="truncate text-sm text-zinc-500">{user.email}</p>
        </div>
        <Badge tone="accent" className="ml-auto">{ROLE_LABELS[user.role]}</Badge>
      </Card>
      <Card>
        <CardHeader title="Change password" description="Pick a password of at least 10 characters that you do not use elsewhere." />
        <div className="p-5">
          <ChangePasswordForm />
        </div>
      </Card>
    </div>
  );
}
