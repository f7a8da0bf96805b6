import { replyFromMailboxRequestSchema, type MailboxMessageDto } from '@fullcircle/shared';
import { Send } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { ApiRequestError, errorMessage } from '../../../api/http';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { SkeletonRows } from '../../../components/skeleton';
import { TextareaField } from '../../../components/textarea-field';
import { useToast } from '../../../components/toast';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { useMailboxMessage, useReplyFromMailbox } from '../hooks/use-mailbox';

const SHOWN_HEADERS = ['Message-ID', 'In-Reply-To', 'Reply-To'] as const;

/** Headers arrive as the sender wrote them; match their names without caring about case. */
function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? headers[key] : undefined;
}

function ReplyAsCustomer({ message }: { message: MailboxMessageDto }) {
  const reply = useReplyFromMailbox(message.id);
  const toast = useToast();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = replyFromMailboxRequestSchema.safeParse({ text });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'write something');
    setError(null);
    reply.mutate(parsed.data, {
      onSuccess: () => {
        setText('');
        toast({ title: 'Reply sent as the customer', description: 'It threads onto the case in a moment.', tone: 'success' });
      },
      onError: (err) => setError(err instanceof ApiRequestError ? (err.issues.find((i) => i.field === 'text')?.message ?? err.message) : errorMessage(err)),
    });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-3 border-t border-zinc-100 px-5 py-4" aria-label="Reply as the customer">
      <h3 className="text-sm font-semibold text-zinc-900">Reply as the customer</h3>
      <p className="text-xs text-zinc-500">
        Sends a real email from {message.to} to the product’s inbound SMTP channel, threaded to this message, so you can try the whole loop without a
        mail client.
      </p>
      <TextareaField label="Customer’s answer" rows={4} value={text} error={error ?? undefined} onChange={(e) => setText(e.target.value)} />
      <div className="flex justify-end">
        <Button type="submit" loading={reply.isPending}>
          <Send aria-hidden className="size-4" />
          Send as the customer
        </Button>
      </div>
    </form>
  );
}

export function MailboxMessageView({ id, fallback }: { id: string; fallback?: MailboxMessageDto }) {
  const user = useCurrentUser();
  const loaded = useMailboxMessage(id);
  const message = loaded.data ?? fallback;

  if (!message) {
    return <Card>{loaded.isError ? <Alert className="m-4">{errorMessage(loaded.error)}</Alert> : <SkeletonRows rows={3} label="Loading message" />}</Card>;
  }
  const headers = SHOWN_HEADERS.map((name) => [name, header(message.headers, name)] as const).filter(([, v]) => v);

  return (
    <Card aria-label="Message" role="region">
      <div className="space-y-3 border-b border-zinc-100 px-5 py-4">
        <div className="flex items-start justify-between gap-3">
          <h2 className="text-base font-semibold text-zinc-900">{message.subject ?? '(no subject)'}</h2>
          <Badge>{message.channel === 'sms' ? 'SMS' : 'Email'}</Badge>
        </div>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-xs">
          <dt className="text-zinc-500">From</dt>
          <dd className="truncate text-zinc-800">{message.from}</dd>
          <dt className="text-zinc-500">To</dt>
          <dd className="truncate text-zinc-800">{message.to}</dd>
          <dt className="text-zinc-500">Date</dt>
          <dd className="text-zinc-800">{new Date(message.receivedAt).toLocaleString()}</dd>
          {headers.map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="text-zinc-500">{name}</dt>
              <dd className="font-mono break-all text-zinc-800">{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <pre className="overflow-x-auto px-5 py-4 font-sans text-sm whitespace-pre-wrap text-zinc-800">{message.text}</pre>
      {user.role === 'admin' && message.channel === 'email' && <ReplyAsCustomer message={message} />}
    </Card>
  );
}
