import { FEED_KINDS, type FeedEntryDto, type FeedKind } from '@fullcircle/shared';
import { Link } from '@tanstack/react-router';
import { Newspaper } from 'lucide-react';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../../api/http';
import { useDocumentTitle } from '../../../app/use-document-title';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { cn } from '../../../components/cn';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { Select } from '../../../components/select-field';
import { SkeletonRows } from '../../../components/skeleton';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { formatLastLogin as formatRelative } from '../../org/users/format-last-login';
import { useDepartments } from '../../org/hooks/use-departments';
import { useFeed } from '../hooks/use-feed';
import { FEED_KIND_META } from './feed-labels';
import { FeedPostForm } from './feed-post-form';
import { PreferencesCard } from './preferences-card';

function Entry({ e }: { e: FeedEntryDto }) {
  const meta = FEED_KIND_META[e.kind];
  const Icon = meta.icon;
  const recognition = e.kind === 'recognition';
  return (
    <li className={cn('flex gap-3 px-5 py-4', recognition && 'bg-amber-50/70')}>
      <span className={cn('mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-full', recognition ? 'bg-amber-100 text-amber-600' : 'bg-zinc-100 text-zinc-500')}>
        <Icon aria-hidden className="size-4" />
      </span>
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2 text-xs text-zinc-500">
          <Badge tone={recognition ? 'warning' : e.kind === 'process_change' ? 'success' : 'neutral'}>{meta.label}</Badge>
          <span>{e.department?.name ?? 'Company'}</span>
          <span aria-hidden>·</span>
          <time dateTime={e.createdAt} title={new Date(e.createdAt).toLocaleString()}>
            {formatRelative(e.createdAt)}
          </time>
        </p>
        <h3 className="mt-1 text-sm font-semibold text-zinc-900">{e.title}</h3>
        <p className="mt-0.5 text-sm whitespace-pre-wrap text-zinc-700">{e.body}</p>
        <p className="mt-1.5 flex flex-wrap gap-x-3 text-xs text-zinc-500">
          {recognition && e.person && <span>For {e.person.name}</span>}
          {e.author && <span>By {e.author.name}</span>}
          {e.caseId && e.caseReference && (
            <Link to="/cases/$caseId" params={{ caseId: e.caseId }} className="font-mono text-indigo-700 hover:underline">
              {e.caseReference}
            </Link>
          )}
        </p>
      </div>
    </li>
  );
}

/** Word to employees (P9): what the organisation learned and changed, and who customers thanked. */
export function FeedPage() {
  useDocumentTitle('Feed');
  const user = useCurrentUser();
  const departments = useDepartments();
  const [scope, setScope] = useState('');
  const [kind, setKind] = useState<FeedKind | ''>('');
  const feed = useFeed({ scope: scope || undefined, kind: kind || undefined });
  const entries = useMemo(() => feed.data?.pages.flatMap((p) => p.entries) ?? [], [feed.data]);

  const all = departments.data ?? [];
  const mine = user.role === 'admin' || user.role === 'executive' ? all : all.filter((d) => user.departmentIds.includes(d.id));
  const canPost = user.role === 'admin' || user.role === 'executive' || (user.role === 'owner' && mine.length > 0);
  const postTo = user.role === 'executive' ? [] : mine;

  return (
    <div className="space-y-6">
      <PageHeader title="Feed" description="Lessons from resolved cases, process changes and recognition from customers, for your departments and the whole company." />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="space-y-6">
          {canPost && <FeedPostForm departments={postTo} company={user.role !== 'owner'} />}
          <Card>
            <div className="flex flex-wrap gap-2 border-b border-zinc-100 p-3">
              <Select
                aria-label="Filter by place"
                value={scope}
                onChange={(e) => setScope(e.target.value)}
                options={[{ value: '', label: 'Everything' }, { value: 'company', label: 'Company-wide' }, ...mine.map((d) => ({ value: d.id, label: d.name }))]}
              />
              <Select
                aria-label="Filter by kind"
                value={kind}
                onChange={(e) => setKind(e.target.value as FeedKind | '')}
                options={[{ value: '', label: 'All kinds' }, ...FEED_KINDS.map((k) => ({ value: k, label: FEED_KIND_META[k].label }))]}
              />
            </div>
            {feed.isPending ? (
              <SkeletonRows label="Loading the feed" />
            ) : feed.isError ? (
              <div className="p-4">
                <Alert title="Could not load the feed">{errorMessage(feed.error)}</Alert>
              </div>
            ) : entries.length === 0 ? (
              <EmptyState icon={Newspaper} title="Nothing in the feed yet">
                Lessons shared when cases are resolved, completed process changes and customers’ thanks appear here.
              </EmptyState>
            ) : (
              <ul aria-label="Feed entries" className="divide-y divide-zinc-100">
                {entries.map((e) => (
                  <Entry key={e.id} e={e} />
                ))}
              </ul>
            )}
            {feed.hasNextPage && (
              <div className="border-t border-zinc-100 p-3 text-center">
                <Button variant="secondary" loading={feed.isFetchingNextPage} onClick={() => feed.fetchNextPage()}>
                  Load more
                </Button>
              </div>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <PreferencesCard />
        </div>
      </div>
    </div>
  );
}
