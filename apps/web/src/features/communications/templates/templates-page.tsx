import type { TemplateDto } from '@fullcircle/shared';
import { FileText, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../../api/http';
import { useDocumentTitle } from '../../../app/use-document-title';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { cn, focusRing } from '../../../components/cn';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { SkeletonRows } from '../../../components/skeleton';
import { useToast } from '../../../components/toast';
import { useDeleteTemplate, useTemplates } from '../hooks/use-templates';
import { PURPOSE_LABELS, TemplateEditor } from './template-editor';

type Editing = { mode: 'new' } | { mode: 'edit'; id: string } | null;

/** Settings → Templates: what the reply composer and the follow-up survey start from. */
export function TemplatesPage() {
  useDocumentTitle('Templates');
  const templates = useTemplates();
  const remove = useDeleteTemplate();
  const toast = useToast();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<TemplateDto | null>(null);
  const list = templates.data ?? [];
  const edited = editing?.mode === 'edit' ? list.find((t) => t.id === editing.id) : undefined;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Templates"
        description={
          <>
            Replies and follow-ups start from these. Variables like <code className="font-mono text-xs">{'{{customer.name}}'}</code> are filled in per case.
          </>
        }
        actions={
          <Button onClick={() => setEditing({ mode: 'new' })}>
            <Plus aria-hidden className="size-4" />
            New template
          </Button>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,18rem)_minmax(0,1fr)]">
        <Card className="self-start">
          {templates.isPending ? (
            <SkeletonRows rows={3} label="Loading templates" />
          ) : templates.isError ? (
            <div className="p-4">
              <Alert title="Could not load templates">{errorMessage(templates.error)}</Alert>
            </div>
          ) : list.length === 0 ? (
            <EmptyState icon={FileText} title="No templates yet" className="py-10">
              Start one for the replies your team writes most.
            </EmptyState>
          ) : (
            <ul aria-label="Templates" className="divide-y divide-zinc-100">
              {list.map((t) => {
                const active = editing?.mode === 'edit' && editing.id === t.id;
                return (
                  <li key={t.id} className={cn('flex items-start gap-2 px-4 py-3', active && 'bg-indigo-50/60')}>
                    <button type="button" className={cn('min-w-0 flex-1 rounded text-left', focusRing)} onClick={() => setEditing({ mode: 'edit', id: t.id })}>
                      <span className="block truncate text-sm font-medium text-zinc-900">{t.name}</span>
                      <span className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-zinc-500">
                        {PURPOSE_LABELS[t.purpose]}
                        {t.versions.map((v) => (
                          <Badge key={v.language} className="font-mono uppercase">
                            {v.language}
                          </Badge>
                        ))}
                      </span>
                    </button>
                    <Button variant="ghost" size="icon" aria-label={`Delete ${t.name}`} title="Delete" onClick={() => setDeleting(t)}>
                      <Trash2 aria-hidden className="size-4 text-zinc-400" />
                    </Button>
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
        {editing ? (
          <TemplateEditor
            key={editing.mode === 'edit' ? editing.id : 'new'}
            template={edited}
            onSaved={(t) => setEditing({ mode: 'edit', id: t.id })}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <Card>
            <EmptyState icon={FileText} title="Pick a template to edit">
              Or start a new one. Each template has a version per language; customers get theirs.
            </EmptyState>
          </Card>
        )}
      </div>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete “${deleting?.name ?? ''}”?`}
        description="Messages already sent keep their text. The composer stops offering this template."
        confirmLabel="Delete template"
        pending={remove.isPending}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              toast({ title: 'Template deleted', tone: 'success' });
              if (editing?.mode === 'edit' && editing.id === deleting.id) setEditing(null);
              setDeleting(null);
            },
            onError: (err) => toast({ title: 'Could not delete the template', description: errorMessage(err), tone: 'error' }),
          })
        }
      />
    </div>
  );
}
