const DEMO_PASSWORD = 'fullcircle-demo';
const DEMO_ACCOUNTS = [
  { role: 'Admin', email: 'admin@demo.fullcircle.test' },
  { role: 'Executive', email: 'exec@demo.fullcircle.test' },
  { role: 'Owner', email: 'owner@demo.fullcircle.test' },
  { role: 'Member', email: 'member@demo.fullcircle.test' },
];

export function isLocalhost(hostname = window.location.hostname): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** Seeded demo accounts, offered only when the app is served on this machine. */
export function DemoLoginsHint({ onPick }: { onPick: (email: string, password: string) => void }) {
  if (!isLocalhost()) return null;
  return (
    <div className="mt-6 rounded-lg border border-dashed border-zinc-300 p-3">
      <p className="text-xs font-medium text-zinc-600">
        Demo logins <span className="font-normal text-zinc-400">· password {DEMO_PASSWORD}</span>
      </p>
      <div className="mt-2 grid grid-cols-2 gap-1.5">
        {DEMO_ACCOUNTS.map((account) => (
          <button
            key={account.email}
            type="button"
            onClick={() => onPick(account.email, DEMO_PASSWORD)}
            className="rounded-md px-2 py-1 text-left text-xs text-zinc-600 ring-1 ring-zinc-200 hover:bg-zinc-50 hover:text-zinc-900 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none"
            title={account.email}
          >
            Use {account.role.toLowerCase()}
          </button>
        ))}
      </div>
    </div>
  );
}
