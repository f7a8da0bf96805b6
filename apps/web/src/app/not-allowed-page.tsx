import type { Role } from '@fullcircle/shared';
import { Link } from '@tanstack/react-router';
import { ShieldAlert } from 'lucide-react';
import { buttonClasses } from '../components/button';
import { Card } from '../components/card';
import { EmptyState } from '../components/empty-state';
import { homePathFor, ROLE_LABELS } from './role-home';
import { useDocumentTitle } from './use-document-title';

export function NotAllowedPage({ role }: { role: Role }) {
  useDocumentTitle('Not allowed');
  return (
    <Card>
      <EmptyState
        icon={ShieldAlert}
        title="You are not allowed to see this page"
        action={
          <Link to={homePathFor(role)} className={buttonClasses('primary')}>
            Go to your home page
          </Link>
        }
      >
        This page is not available to your role ({ROLE_LABELS[role].toLowerCase()}). Ask an administrator if you need access.
      </EmptyState>
    </Card>
  );
}
