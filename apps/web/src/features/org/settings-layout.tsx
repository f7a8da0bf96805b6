import { Link, Outlet } from '@tanstack/react-router';
import { cn, focusRing } from '../../components/cn';

const tab = cn('rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap text-zinc-600 hover:text-zinc-900', focusRing);

/** Settings pages. On small screens the sidebar's sub-items are hidden, so the pages get tabs. */
export function SettingsLayout() {
  return (
    <>
      <nav aria-label="Settings" className="mb-6 flex flex-wrap gap-1 rounded-lg bg-zinc-100 p-1 md:hidden">
        <Link to="/settings/users" className={tab} activeProps={{ className: 'bg-white text-zinc-900 shadow-sm' }}>
          Users
        </Link>
        <Link to="/settings/departments" className={tab} activeProps={{ className: 'bg-white text-zinc-900 shadow-sm' }}>
          Departments
        </Link>
        <Link to="/settings/channels" className={tab} activeProps={{ className: 'bg-white text-zinc-900 shadow-sm' }}>
          Channels
        </Link>
        <Link to="/settings/sla" className={tab} activeProps={{ className: 'bg-white text-zinc-900 shadow-sm' }}>
          SLA policies
        </Link>
        <Link to="/settings/models" className={tab} activeProps={{ className: 'bg-white text-zinc-900 shadow-sm' }}>
          Models
        </Link>
        <Link to="/settings/audit" className={tab} activeProps={{ className: 'bg-white text-zinc-900 shadow-sm' }}>
          Audit log
        </Link>
      </nav>
      <Outlet />
    </>
  );
}
