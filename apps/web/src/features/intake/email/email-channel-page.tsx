import { Link } from '@tanstack/react-router';
import { ArrowLeft, CircleDashed } from 'lucide-react';
import type { ReactNode } from 'react';
import { errorMessage } from '../../../api/http';
import { useDocumentTitle } from '../../../app/use-document-title';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Card, CardHeader } from '../../../components/card';
import { cn, focusRing } from '../../../components/cn';
import { CodeBlock } from '../../../components/code-block';
import { CopyField } from '../../../components/copy-field';
import { PageHeader } from '../../../components/page-header';
import { SkeletonRows } from '../../../components/skeleton';
import { useChannelStatuses } from '../hooks/use-channel-statuses';
import { EmailDeliveries } from './email-deliveries';
import { emailSetup, mxRecord, plusAddress, swaksCommand } from './email-setup';

const EXAMPLE_REFERENCE = 'FC-7K2M9QXD';

function Code({ children }: { children: ReactNode }) {
  return <code className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-xs text-zinc-800">{children}</code>;
}

/** Settings → Channels → Email: where to send mail, how replies thread, and what arrived. */
export function EmailChannelPage() {
  useDocumentTitle('Email', 'Channels', 'Settings');
  const statuses = useChannelStatuses();
  const email = statuses.data?.find((s) => s.channel === 'email');
  const setup = emailSetup(statuses.data ?? []);
  const first = setup.addresses[0] ?? 'feedback@example.com';
  const server = setup.server ?? { host: 'localhost', port: '2525' };

  return (
    <div className="space-y-6">
      <Link to="/settings/channels" className={cn('inline-flex items-center gap-1 rounded text-sm font-medium text-zinc-600 hover:text-zinc-900', focusRing)}>
        <ArrowLeft aria-hidden className="size-4" />
        Channels
      </Link>
      <PageHeader
        eyebrow="Settings · Channels"
        title="Email"
        description="Customers write to your feedback addresses. Each message becomes feedback from its sender, matched to one customer across channels, and replies join the conversation they answer."
        actions={
          statuses.data &&
          (setup.live ? (
            <Badge tone="success">Live</Badge>
          ) : (
            <Badge>
              <CircleDashed aria-hidden className="size-3" />
              Not set up
            </Badge>
          ))
        }
      />

      {statuses.isError && (
        <Alert title="Could not load the email channel">
          {errorMessage(statuses.error)}{' '}
          <button type="button" className="font-medium underline" onClick={() => statuses.refetch()}>
            Try again
          </button>
        </Alert>
      )}

      {statuses.isPending ? (
        <Card>
          <SkeletonRows rows={3} label="Loading the email channel" />
        </Card>
      ) : (
        statuses.data && (
          <>
            <Card>
              <section aria-labelledby="email-addresses">
                <div className="border-b border-zinc-100 px-5 py-4">
                  <h2 id="email-addresses" className="text-sm font-semibold text-zinc-900">
                    Feedback addresses
                  </h2>
                  <p className="mt-0.5 text-sm text-zinc-500">{setup.summary || 'Mail to these addresses becomes feedback.'}</p>
                </div>
                <div className="grid gap-4 px-5 py-4 md:grid-cols-2">
                  {setup.addresses.map((address, i) => (
                    <CopyField key={address} label={setup.addresses.length > 1 ? `Feedback address ${i + 1}` : 'Feedback address'} value={address} />
                  ))}
                  {setup.server && <CopyField label="SMTP server" value={`${setup.server.host}:${setup.server.port}`} />}
                </div>
                <p className="border-t border-zinc-100 px-5 py-3 text-xs text-zinc-500">
                  Set with <Code>INBOUND_EMAIL_ADDRESSES</Code>, <Code>SMTP_PORT</Code> and <Code>SMTP_MAX_MESSAGE_BYTES</Code>; mail for any
                  other address is refused with <Code>550</Code> before it is sent.
                </p>
              </section>
            </Card>

            <div className="grid gap-6 xl:grid-cols-2">
              <Card>
                <section aria-labelledby="email-routing">
                  <CardHeader title={<span id="email-routing">Send your mail here</span>} description="Two ways to point mail at the SMTP server." />
                  <div className="space-y-4 px-5 py-4 text-sm text-zinc-700">
                    <div>
                      <h3 className="font-medium text-zinc-900">Your own mail domain (MX record)</h3>
                      <p className="mt-1">
                        Give the domain of the addresses an MX record that names this server. Other mail servers always deliver to port{' '}
                        <Code>25</Code>: forward port 25 to <Code>{server.port}</Code> on this host (a firewall rule or your load balancer), or
                        run the server with <Code>SMTP_PORT=25</Code>.
                      </p>
                      <CodeBlock className="mt-3" label="DNS record" code={mxRecord(first, server.host)} />
                    </div>
                    <div>
                      <h3 className="font-medium text-zinc-900">Forwarding from a mailbox you already have</h3>
                      <p className="mt-1">
                        Keep <Code>support@yourcompany.com</Code> where it is and add a forwarding rule to <Code>{first}</Code> in Google
                        Workspace, Microsoft 365 or your mail server. Forwarding keeps the customer as the sender, so they are still
                        recognised.
                      </p>
                    </div>
                    <CodeBlock label="Send a test message" code={swaksCommand(first, server)} />
                  </div>
                </section>
              </Card>

              <Card>
                <section aria-labelledby="email-threading">
                  <CardHeader title={<span id="email-threading">Replies and threading</span>} description="How a message finds the conversation it continues." />
                  <ul className="list-disc space-y-2.5 py-4 pr-5 pl-10 text-sm text-zinc-700 marker:text-zinc-400">
                    <li>
                      A reply that keeps its <Code>In-Reply-To</Code> or <Code>References</Code> headers joins the conversation of the
                      message it answers.
                    </li>
                    <li>
                      Every conversation has a reference such as <Code>{EXAMPLE_REFERENCE}</Code>. Mail to the plus address{' '}
                      <Code>{plusAddress(first, EXAMPLE_REFERENCE)}</Code>, or with <Code>[{EXAMPLE_REFERENCE}]</Code> in its subject, joins
                      that conversation. Put it in the Reply-To and subject of what you send customers.
                    </li>
                    <li>A message only ever joins a conversation of the same customer; anything else starts a new one.</li>
                    <li>Quoted history and signatures are cut from replies; the item keeps the size of the full text in its details.</li>
                    <li>
                      The sender is the <Code>From</Code> address. Attachments are listed by name, type and size; their content is not kept.
                    </li>
                    <li>
                      Auto-replies and bounces (<Code>Auto-Submitted</Code>, <Code>Precedence: bulk</Code>, <Code>MAILER-DAEMON</Code>) are
                      accepted and dropped, so out-of-office answers never loop.
                    </li>
                    <li>
                      A message is acknowledged only once it is stored. If the database cannot be reached, the sending server is told to
                      try again later (<Code>451</Code>) and nothing is lost.
                    </li>
                  </ul>
                </section>
              </Card>
            </div>

            <Card>
              <section aria-labelledby="email-deliveries">
                <div className="flex flex-col gap-1 px-5 py-4 sm:flex-row sm:items-end sm:justify-between">
                  <div>
                    <h2 id="email-deliveries" className="text-sm font-semibold text-zinc-900">
                      Recent deliveries
                    </h2>
                    <p className="mt-0.5 text-sm text-zinc-500">What the SMTP server answered, newest first; refusals say why.</p>
                  </div>
                  <p className="text-xs text-zinc-600">
                    <span className="font-semibold text-zinc-900 tabular-nums">{email?.accepted24h ?? 0}</span> stored ·{' '}
                    <span className={cn('font-semibold tabular-nums', email?.rejected24h ? 'text-red-700' : 'text-zinc-900')}>{email?.rejected24h ?? 0}</span>{' '}
                    not stored in the last 24 hours
                  </p>
                </div>
                <EmailDeliveries deliveries={email?.recent ?? []} />
              </section>
            </Card>
          </>
        )
      )}
    </div>
  );
}
