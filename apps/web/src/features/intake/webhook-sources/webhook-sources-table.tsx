import type { WebhookSource } from '@fullcircle/shared';
import { Check, Copy, KeyRound, MoreHorizontal, Pencil, Power, PowerOff } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '../../../components/badge';
import { Button, buttonClasses } from '../../../components/button';
import { cn } from '../../../components/cn';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '../../../components/dropdown-menu';
// The same relative wording as the other settings tables ("3 hours ago", "Never").
import { formatLastLogin as formatRelative } from '../../org/users/format-last-login';
import { KIND_LABELS } from './webhook-source-labels';

function Time({ iso, never = 'Never' }: { iso: string | null; never?: string }) {
  if (!iso) return <span className="text-zinc-400">{never}</span>;
  return (
    <time dateTime={iso} title={new Date(iso).toLocaleString()}>
      {formatRelative(iso)}
    </time>
  );
}

function CopyUrl({ source }: { source: WebhookSource }) {
  const url = `${window.location.origin}${source.path}`;
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      window.prompt('Webhook URL', url);
    }
  };
  return (
    <span className="flex items-center gap-1">
      <code className="max-w-[10rem] truncate rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-700" title={url}>
        {source.path}
      </code>
      <Button variant="ghost" size="icon" onClick={copy} aria-label={copied ? 'Copied' : `Copy the webhook URL of ${source.name}`}>
        {copied ? <Check aria-hidden className="size-4 text-emerald-600" /> : <Copy aria-hidden className="size-4" />}
      </Button>
    </span>
  );
}

/** Active sources first, newest first within each group. */
function ordered(sources: readonly WebhookSource[]): WebhookSource[] {
  return [...sources].sort((a, b) => Number(b.active) - Number(a.active) || b.createdAt.localeCompare(a.createdAt));
}

const th = 'px-4 py-2.5 text-left text-xs font-medium whitespace-nowrap text-zinc-500';

export function WebhookSourcesTable({
  sources,
  onEdit,
  onRotate,
  onDeactivate,
  onActivate,
}: {
  sources: readonly WebhookSource[];
  onEdit: (source: WebhookSource) => void;
  onRotate: (source: WebhookSource) => void;
  onDeactivate: (source: WebhookSource) => void;
  onActivate: (source: WebhookSource) => void;
}) {
  return (
    <div className="relative overflow-x-auto">
      <table className="min-w-full text-sm" aria-label="Social and review sources">
        <thead>
          <tr className="border-b border-zinc-100">
            <th scope="col" className={th}>Source</th>
            <th scope="col" className={th}>Kind</th>
            <th scope="col" className={th}>Webhook URL</th>
            <th scope="col" className={th}>Secret</th>
            <th scope="col" className={th}>Last delivery</th>
            <th scope="col" className={th}>Status</th>
            <th scope="col" className={th}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {ordered(sources).map((source) => (
            <tr key={source.id} className={cn('hover:bg-zinc-50/70', !source.active && 'text-zinc-500')}>
              <td className="px-4 py-3">
                <span className="block font-medium whitespace-nowrap text-zinc-900">{source.name}</span>
                <span className="text-xs text-zinc-500">{source.network}</span>
              </td>
              <td className="px-4 py-3">
                <Badge tone={source.kind === 'review' ? 'accent' : 'neutral'}>{KIND_LABELS[source.kind]}</Badge>
              </td>
              <td className="px-4 py-3">
                <CopyUrl source={source} />
              </td>
              <td className="px-4 py-3 whitespace-nowrap">
                <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-700" title="The start of the secret; the rest is never shown again">
                  {source.secretPrefix}…
                </code>
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-zinc-600">
                <Time iso={source.lastDeliveryAt} />
              </td>
              <td className="px-4 py-3 whitespace-nowrap">{source.active ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>}</td>
              <td className="w-12 px-4 py-3 text-right">
                <DropdownMenu>
                  <DropdownMenuTrigger aria-label={`Actions for ${source.name}`} className={buttonClasses('ghost', 'icon')}>
                    <MoreHorizontal aria-hidden className="size-4" />
                  </DropdownMenuTrigger>
                  <DropdownMenuContent>
                    <DropdownMenuItem onSelect={() => onEdit(source)}>
                      <Pencil aria-hidden className="size-4 text-zinc-500" />
                      Edit mapping
                    </DropdownMenuItem>
                    {source.active ? (
                      <>
                        <DropdownMenuItem onSelect={() => onRotate(source)}>
                          <KeyRound aria-hidden className="size-4 text-zinc-500" />
                          Rotate secret
                        </DropdownMenuItem>
                        <DropdownMenuSeparator />
                        <DropdownMenuItem tone="danger" onSelect={() => onDeactivate(source)}>
                          <PowerOff aria-hidden className="size-4" />
                          Deactivate
                        </DropdownMenuItem>
                      </>
                    ) : (
                      <DropdownMenuItem onSelect={() => onActivate(source)}>
                        <Power aria-hidden className="size-4 text-zinc-500" />
                        Activate
                      </DropdownMenuItem>
                    )}
                  </DropdownMenuContent>
                </DropdownMenu>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
