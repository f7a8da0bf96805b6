import type { MailboxMessageDto } from '@fullcircle/shared';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Inbox, Mail, Smartphone } from 'lucide-react';
import { useMemo } from 'react';
import { errorMessage } from '../../../api/http';
import { useDocumentTitle } from '../../../app/use-document-title';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { cn, focusRing } from '../../../components/cn';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { SkeletonRows } from '../../../components/skeleton';
import { formatLastLogin as formatRelative } from '../../org/users/format-last-login';
import { useMailbox } from '../hooks/use-mailbox';
import { MailboxMessageView } from './mailbox-message-view';

export const MAILBOX_NOTE = 'Outbound email and SMS land here because no SMTP relay/SMS provider is configured.';

function MessageRow({ m, active, onOpen }: { m: MailboxMessageDto; active: boolean; onOpen: () => void }) {
  const Icon = m.channel === 'sms' ? Smartphone : Mail;
  return (
    <li>
      <button
        type="button"
        aria-current={active ? 'true' : undefined}
        onClick={onOpen}
        className={cn('block w-full px-4 py-3 text-left hover:bg-zinc-50', focusRing, active && 'bg-indigo-50/70 hover:bg-indigo-50/70')}
      >
        <span className="flex items-center gap-2 text-xs text-zinc-500">
          <Icon aria-label={m.channel === 'sms' ? 'SMS' : 'Email'} className="size-3.5 shrink-0" />
          <span className="min-w-0 flex-1 truncate">{m.to}</span>
          <time dateTime={m.receivedAt} title={new Date(m.receivedAt).toLocaleString()} className="shrink-0">
            {formatRelative(m.receivedAt)}
          </time>
        </span>
        <span className="mt-0.5 block truncate text-sm font-medium text-zinc-900">{m.subject ?? m.text.slice(0, 80)}</span>
      </button>
    </li>
  );
}

/** The development mailbox: every email and SMS the product "sent", so a new installation shows what customers would get. */
export function MailboxPage() {
  useDocumentTitle('Mailbox');
  const mailbox = useMailbox();
  const search = useSearch({ from: '/app/mailbox' });
  const navigate = useNavigate({ from: '/mailbox' });
  const messages = useMemo(() => mailbox.data?.pages.flatMap((p) => p.messages) ?? [], [mailbox.data]);
  const selectedId = search.message ?? messages[0]?.id;

  return (
    <div className="space-y-6">
      <PageHeader title="Mailbox" description="What the product sent to customers and colleagues, as they would receive it." />
      <Alert tone="info">{MAILBOX_NOTE}</Alert>
      {mailbox.isPending ? (
        <Card>
          <SkeletonRows label="Loading messages" />
        </Card>
      ) : mailbox.isError ? (
        <Alert title="Could not load the mailbox">{errorMessage(mailbox.error)}</Alert>
      ) : messages.length === 0 ? (
        <Card>
          <EmptyState icon={Inbox} title="Nothing sent yet">
            Replies to customers, follow-up surveys and notices to colleagues appear here once they are sent.
          </EmptyState>
        </Card>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)]">
          <Card className="self-start overflow-hidden">
            <ul aria-label="Messages" className="divide-y divide-zinc-100">
              {messages.map((m) => (
                <MessageRow key={m.id} m={m} active={m.id === selectedId} onOpen={() => void navigate({ search: { message: m.id }, replace: true })} />
              ))}
            </ul>
            {mailbox.hasNextPage && (
              <div className="border-t border-zinc-100 p-3 text-center">
                <Button variant="secondary" size="sm" loading={mailbox.isFetchingNextPage} onClick={() => mailbox.fetchNextPage()}>
                  Load more
                </Button>
              </div>
            )}
          </Card>
          {selectedId && <MailboxMessageView key={selectedId} id={selectedId} fallback={messages.find((m) => m.id === selectedId)} />}
        </div>
      )}
    </div>
  );
}
