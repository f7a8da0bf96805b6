import { Link, Outlet } from '@tanstack/react-router';
import { cn, focusRing } from '../../components/cn';
import { useCurrentUser } from '../auth/hooks/use-session';

const tab = cn('rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap text-zinc-600 hover:text-zinc-900', focusRing);
const active = { className: 'bg-white text-zinc-900 shadow-sm' };

/** Communications settings: templates (admins and owners) and the contact rules (admins edit, owners and executives read). */
export function CommunicationsLayout() {
  const user = useCurrentUser();
  const templates = user.role === 'admin' || user.role === 'owner';
  return (
    <>
      <nav aria-label="Communications" className="mb-6 inline-flex gap-1 rounded-lg bg-zinc-100 p-1">
        {templates && (
          <Link to="/communications/templates" className={tab} activeProps={active}>
            Templates
          </Link>
        )}
        <Link to="/communications/settings" className={tab} activeProps={active}>
          Settings
        </Link>
      </nav>
      <Outlet />
    </>
  );
}
