import { Navigate, Outlet, useRouterState } from '@tanstack/react-router';
import { Logo } from '../components/logo';
import { useSession } from '../features/auth/hooks/use-session';
import { NotificationsBell } from '../features/communications/notifications/notifications-bell';
import { SidebarNav } from './sidebar-nav';
import { UserMenu } from './user-menu';

/** The signed-in frame: sidebar with role navigation and user menu, and the page. */
export function AppShell() {
  const { data: user } = useSession();
  const pathname = useRouterState({ select: (s) => s.location.pathname });

  // The session ended while the app was open (logout, expiry): back to sign-in.
  // Only the path goes into ?redirect=, so a redirect never nests inside another.
  if (!user) return <Navigate to="/login" search={{ redirect: pathname }} replace />;

  return (
    <div className="min-h-full">
      <aside className="sticky top-0 z-30 flex items-center gap-4 border-b border-zinc-200 bg-white px-4 py-2 md:fixed md:inset-y-0 md:w-60 md:flex-col md:items-stretch md:gap-6 md:border-r md:border-b-0 md:px-3 md:py-4">
        <div className="flex shrink-0 items-center justify-between gap-2 md:px-2">
          <Logo nameClassName="hidden sm:inline" />
          <NotificationsBell />
        </div>
        <SidebarNav role={user.role} />
        <div className="shrink-0 md:border-t md:border-zinc-100 md:pt-3">
          <UserMenu />
        </div>
      </aside>
      <main className="md:pl-60">
        <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:px-8">
          <Outlet />
        </div>
      </main>
    </div>
  );
}
