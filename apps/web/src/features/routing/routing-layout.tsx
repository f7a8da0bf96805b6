import { Link, Outlet } from '@tanstack/react-router';
import { cn, focusRing } from '../../components/cn';

const tab = cn('rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap text-zinc-600 hover:text-zinc-900', focusRing);
const active = { className: 'bg-white text-zinc-900 shadow-sm' };

/** Routing's two pages: the rules, and the organisation-wide settings (model threshold, default assignment). */
export function RoutingLayout() {
  return (
    <>
      <nav aria-label="Routing" className="mb-6 inline-flex gap-1 rounded-lg bg-zinc-100 p-1">
        <Link to="/routing/rules" className={tab} activeProps={active}>
          Rules
        </Link>
        <Link to="/routing/settings" className={tab} activeProps={active}>
          Settings
        </Link>
      </nav>
      <Outlet />
    </>
  );
}
