import type { ApiKey } from '@fullcircle/shared';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { cn } from '../../components/cn';
// The same relative wording as the users table ("3 hours ago", "Never").
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';
import { SCOPE_LABELS } from './api-key-labels';

function Time({ iso }: { iso: string | null }) {
  if (!iso) return <span className="text-zinc-400">Never</span>;
  return (
    <time dateTime={iso} title={new Date(iso).toLocaleString()}>
      {formatRelative(iso)}
    </time>
  );
}

/** Active keys first, newest first within each group. */
function ordered(keys: readonly ApiKey[]): ApiKey[] {
  return [...keys].sort((a, b) => Number(Boolean(a.revokedAt)) - Number(Boolean(b.revokedAt)) || b.createdAt.localeCompare(a.createdAt));
}

const th = 'px-4 py-2.5 text-left text-xs font-medium whitespace-nowrap text-zinc-500';

export function ApiKeysTable({ keys, onRevoke }: { keys: readonly ApiKey[]; onRevoke: (key: ApiKey) => void }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="min-w-full text-sm" aria-label="API keys">
        <thead>
          <tr className="border-b border-zinc-100">
            <th scope="col" className={th}>Name</th>
            <th scope="col" className={th}>Key</th>
            <th scope="col" className={th}>Scopes</th>
            <th scope="col" className={th}>Created</th>
            <th scope="col" className={th}>Last used</th>
            <th scope="col" className={th}>Status</th>
            <th scope="col" className={th}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {ordered(keys).map((key) => (
            <tr key={key.id} className={cn('hover:bg-zinc-50/70', key.revokedAt && 'text-zinc-500')}>
              <td className="px-4 py-3 font-medium text-zinc-900">{key.name}</td>
              <td className="px-4 py-3 whitespace-nowrap">
                <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-700" title="The start of the key; the rest is never shown again">
                  {key.prefix}…
                </code>
              </td>
              <td className="px-4 py-3">
                <span className="flex flex-wrap gap-1">
                  {key.scopes.map((scope) => (
                    <Badge key={scope} title={SCOPE_LABELS[scope]}>
                      <code className="font-mono">{scope}</code>
                    </Badge>
                  ))}
                </span>
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-zinc-600">
                <Time iso={key.createdAt} />
                {key.createdByName && <span className="block text-xs text-zinc-500">by {key.createdByName}</span>}
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-zinc-600">
                <Time iso={key.lastUsedAt} />
              </td>
              <td className="px-4 py-3 whitespace-nowrap">
                {key.revokedAt ? (
                  <Badge title={`Revoked ${new Date(key.revokedAt).toLocaleString()}`}>Revoked</Badge>
                ) : (
                  <Badge tone="success">Active</Badge>
                )}
              </td>
              <td className="w-12 px-4 py-3 text-right">
                {!key.revokedAt && (
                  <Button variant="secondary" size="sm" onClick={() => onRevoke(key)} aria-label={`Revoke ${key.name}`}>
                    Revoke
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
