import { INITIATIVE_TRANSITIONS, type InitiativeStatus } from '@fullcircle/shared';
import { Link, useParams } from '@tanstack/react-router';
import { ArrowLeft, Ban, Megaphone, Pencil, Rocket, Unlink } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { Card, CardHeader } from '../../components/card';
import { cn, focusRing } from '../../components/cn';
import { PageHeader } from '../../components/page-header';
import { Select } from '../../components/select-field';
import { SkeletonRows } from '../../components/skeleton';
import { useToast } from '../../components/toast';
import { EditInitiativeDialog } from './edit-initiative-dialog';
import { IncidentUpdateDialog } from './incident-update-dialog';
import { useInitiative } from './hooks/use-initiative';
import { useUnlinkInitiative } from './hooks/use-link-initiative';
import { useUpdateInitiative } from './hooks/use-update-initiative';
import { KpiBeforeAfter } from './kpi-before-after';
import { capitalise, channelLabel, KIND_LABEL, STATUS_META } from './initiative-labels';
import { InitiativeStatusBadge } from './initiative-status-badge';
import { InitiativeUpdates } from './initiative-updates';
import { OutcomeDialog } from './outcome-dialog';
import { VoicesChart } from './voices-chart';

const PAGE = 25;

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Card className="px-4 py-3">
      <p className="text-xs text-zinc-500">{label}</p>
      <p className="text-2xl font-semibold tabular-nums text-zinc-900">{value}</p>
    </Card>
  );
}

export function InitiativePage() {
  const { initiativeId } = useParams({ strict: false }) as { initiativeId: string };
  const [offset, setOffset] = useState(0);
  const query = useInitiative(initiativeId, offset);
  const update = useUpdateInitiative(initiativeId);
  const unlink = useUnlinkInitiative(initiativeId);
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [outcome, setOutcome] = useState<'shipped' | 'declined' | null>(null);
  const [posting, setPosting] = useState(false);
  const i = query.data;
  useDocumentTitle(i ? i.title : 'Initiative');

  if (query.isPending) return <SkeletonRows label="Loading initiative" />;
  if (!i) return <Alert title="Could not load the initiative">{errorMessage(query.error)}</Alert>;

  const final = i.status === 'shipped' || i.status === 'declined';
  const moves = INITIATIVE_TRANSITIONS[i.status].filter((s) => s !== 'shipped' && s !== 'declined');
  const change = (body: Parameters<typeof update.mutate>[0], done: string) =>
    update.mutate(body, { onSuccess: () => toast({ title: done, tone: 'success' }), onError: (e) => toast({ title: 'Not saved', description: errorMessage(e), tone: 'error' }) });

  return (
    <div className="space-y-6">
      <Link to="/initiatives" className={cn('inline-flex items-center gap-1 rounded text-sm text-zinc-500 hover:text-zinc-800', focusRing)}>
        <ArrowLeft aria-hidden className="size-4" /> Initiatives
      </Link>
      <PageHeader
        eyebrow={KIND_LABEL[i.kind]}
        title={i.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <InitiativeStatusBadge status={i.status} />
            {i.isPublic && <Badge tone="accent">Public</Badge>}
            <span>Owner: {i.owner?.name ?? 'nobody yet'}</span>
            {i.targetDate && <span>· Target {i.targetDate}</span>}
            {i.topic && <span>· Topic “{i.topic}”</span>}
            {i.departments.length > 0 && <span>· {i.departments.map((d) => d.name).join(', ')}</span>}
          </span>
        }
        actions={
          i.can.edit && (
            <>
              {!final && moves.length > 0 && (
                <Select
                  aria-label="Status"
                  value={i.status}
                  disabled={update.isPending}
                  onChange={(e) => change({ status: e.target.value as InitiativeStatus }, `Status: ${STATUS_META[e.target.value as InitiativeStatus].label}`)}
                  options={[i.status, ...moves].map((s) => ({ value: s, label: STATUS_META[s].label }))}
                />
              )}
              <Button variant="secondary" onClick={() => setEditing(true)}>
                <Pencil aria-hidden className="size-4" /> Edit
              </Button>
              {i.kind === 'incident' && !final && (
                <Button variant="secondary" onClick={() => setPosting(true)}>
                  <Megaphone aria-hidden className="size-4" /> Post update
                </Button>
              )}
              {i.can.ship && (
                <>
                  <Button variant="secondary" onClick={() => setOutcome('declined')}>
                    <Ban aria-hidden className="size-4" /> Decline
                  </Button>
                  <Button onClick={() => setOutcome('shipped')}>
                    <Rocket aria-hidden className="size-4" /> Ship
                  </Button>
                </>
              )}
            </>
          )
        }
      />

      <Card className="px-5 py-4">
        <h2 className="text-sm font-semibold text-zinc-900">Problem</h2>
        <p className="mt-1 text-sm whitespace-pre-line text-zinc-700">{i.problem}</p>
        {i.outcomeNote && (
          <>
            <h2 className="mt-4 text-sm font-semibold text-zinc-900">{i.status === 'declined' ? 'Why not' : 'What changed'}</h2>
            <p className="mt-1 text-sm whitespace-pre-line text-zinc-700">{i.outcomeNote}</p>
          </>
        )}
        {i.can.edit && (
          <label className="mt-4 flex items-center gap-2 text-sm text-zinc-800">
            <input
              type="checkbox"
              className="size-4 rounded border-zinc-300 text-indigo-600"
              checked={i.isPublic}
              disabled={update.isPending}
              onChange={(e) => change({ isPublic: e.target.checked }, e.target.checked ? 'Shown on the public board' : 'Hidden from the public board')}
            />
            Show on the public board
          </label>
        )}
      </Card>

      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Voices" value={i.voices} />
        <Stat label="Customers" value={i.customers} />
        <Stat label="Votes" value={i.votes} />
        <Stat label="Followers" value={i.followers} />
      </div>

      <Card>
        <CardHeader title="Voices" description="Linked feedback by channel, customer segment and sentiment." />
        <div className="grid gap-6 p-5 md:grid-cols-3">
          <VoicesChart title="Channel" data={i.voicesBy.channel} label={channelLabel} />
          <VoicesChart title="Segment" data={i.voicesBy.segment} label={capitalise} />
          <VoicesChart title="Sentiment" data={i.voicesBy.sentiment} label={capitalise} />
        </div>
      </Card>

      <Card>
        <CardHeader title="Updates" description="What customers were told, how, and who answered." />
        <InitiativeUpdates updates={i.updates} />
      </Card>

      {i.kpis && (
        <Card>
          <CardHeader title="Before and after" description={`Feedback on “${i.kpis.topic}”, ${i.kpis.days} days either side of shipping.`} />
          <KpiBeforeAfter kpis={i.kpis} />
        </Card>
      )}

      <Card>
        <CardHeader title={`Linked feedback (${i.links.total})`} description="Link more from a case page or from an inbox search." />
        {i.links.items.length === 0 ? (
          <p className="px-5 py-6 text-sm text-zinc-500">Nothing linked yet.</p>
        ) : (
          <ul className="divide-y divide-zinc-100">
            {i.links.items.map((l) => (
              <li key={l.feedbackId} className="flex items-start gap-3 px-5 py-3 text-sm">
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap items-center gap-2 text-xs text-zinc-500">
                    <Badge>{channelLabel(l.channel)}</Badge>
                    {l.sentiment && <span>{capitalise(l.sentiment)}</span>}
                    <span>{l.customer.name ?? 'Unnamed customer'}</span>
                    {l.case && (
                      <Link to="/cases/$caseId" params={{ caseId: l.case.id }} className={cn('rounded font-mono font-medium text-indigo-700 hover:underline', focusRing)}>
                        {l.case.reference}
                      </Link>
                    )}
                  </p>
                  <p className="mt-1 line-clamp-2 text-zinc-700">
                    {l.subject && <span className="font-medium text-zinc-900">{l.subject} · </span>}
                    {l.excerpt}
                  </p>
                </div>
                {i.can.link && (
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Unlink feedback from ${l.customer.name ?? 'unnamed customer'}`}
                    loading={unlink.isPending && unlink.variables === l.feedbackId}
                    onClick={() => unlink.mutate(l.feedbackId, { onError: (e) => toast({ title: 'Not unlinked', description: errorMessage(e), tone: 'error' }) })}
                  >
                    <Unlink aria-hidden className="size-4" />
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {i.links.total > PAGE && (
          <div className="flex items-center justify-between border-t border-zinc-100 px-5 py-3 text-xs text-zinc-500">
            <span>
              {offset + 1}–{Math.min(offset + PAGE, i.links.total)} of {i.links.total}
            </span>
            <span className="flex gap-2">
              <Button variant="secondary" size="sm" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                Previous
              </Button>
              <Button variant="secondary" size="sm" disabled={offset + PAGE >= i.links.total} onClick={() => setOffset(offset + PAGE)}>
                Next
              </Button>
            </span>
          </div>
        )}
      </Card>

      <Card>
        <CardHeader title={`Actions (${i.actions.length})`} description="What was done on the linked cases." />
        {i.actions.length === 0 ? (
          <p className="px-5 py-6 text-sm text-zinc-500">No actions on the linked cases yet.</p>
        ) : (
          <ul className="divide-y divide-zinc-100">
            {i.actions.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-2 px-5 py-3 text-sm">
                <Link to="/cases/$caseId" params={{ caseId: a.caseId }} className={cn('rounded font-mono text-xs font-medium text-indigo-700 hover:underline', focusRing)}>
                  {a.caseReference}
                </Link>
                <Badge>{capitalise(a.kind)}</Badge>
                <span className="flex-1 text-zinc-700">{a.description}</span>
                <Badge tone={a.status === 'done' ? 'success' : 'neutral'}>{capitalise(a.status)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <EditInitiativeDialog initiative={i} open={editing} onOpenChange={setEditing} />
      <OutcomeDialog initiativeId={i.id} outcome={outcome} onClose={() => setOutcome(null)} />
      <IncidentUpdateDialog initiativeId={i.id} open={posting} onOpenChange={setPosting} />
    </div>
  );
}
