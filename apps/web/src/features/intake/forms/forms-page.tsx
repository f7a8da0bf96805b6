import type { FeedbackForm } from '@fullcircle/shared';
import { ExternalLink, PanelBottom, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../../api/http';
import { useDocumentTitle } from '../../../app/use-document-title';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { SkeletonRows } from '../../../components/skeleton';
import { useToast } from '../../../components/toast';
import { FormEditor } from './form-editor';
import { useDeleteForm } from './hooks/use-delete-form';
import { useForms } from './hooks/use-forms';

const KIND_LABEL = { nps: 'NPS', csat: 'CSAT', ces: 'CES', free_text: 'Free text' } as const;
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Settings → Channels → Forms & widget. */
export function FormsPage() {
  useDocumentTitle('Forms & widget', 'Settings');
  const forms = useForms();
  const [editing, setEditing] = useState<FeedbackForm | 'new' | null>(null);
  const [deleting, setDeleting] = useState<FeedbackForm | null>(null);
  const remove = useDeleteForm();
  const toast = useToast();

  if (editing) {
    return (
      <div className="space-y-6">
        <PageHeader eyebrow="Channels" title={editing === 'new' ? 'New form' : editing.name} />
        <FormEditor form={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="Channels"
        title="Forms & widget"
        description="Hosted feedback pages and the widget your sites embed with one script tag."
        actions={
          <Button onClick={() => setEditing('new')}>
            <Plus aria-hidden className="size-4" />
            New form
          </Button>
        }
      />
      <Card>
        {forms.isPending ? (
          <SkeletonRows rows={3} label="Loading forms" />
        ) : forms.isError ? (
          <div className="p-5">
            <Alert>{errorMessage(forms.error)}</Alert>
          </div>
        ) : forms.data.length === 0 ? (
          <EmptyState icon={PanelBottom} title="No forms yet" action={<Button onClick={() => setEditing('new')}>Create your first form</Button>}>
            A form gets its own page to share and a widget to embed in your site.
          </EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full divide-y divide-zinc-200 text-sm">
              <thead className="bg-zinc-50 text-left text-xs font-medium tracking-wide text-zinc-500 uppercase">
                <tr>
                  <th scope="col" className="px-5 py-2.5">Form</th>
                  <th scope="col" className="px-3 py-2.5">Asks</th>
                  <th scope="col" className="px-3 py-2.5 text-right">Responses</th>
                  <th scope="col" className="px-3 py-2.5">Last response</th>
                  <th scope="col" className="px-3 py-2.5">Status</th>
                  <th scope="col" className="px-5 py-2.5">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100">
                {forms.data.map((form) => (
                  <tr key={form.id}>
                    <td className="px-5 py-3">
                      <div className="font-medium text-zinc-900">{form.name}</div>
                      <a href={`/f/${form.slug}`} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 text-xs text-indigo-700 hover:underline">
                        /f/{form.slug}
                        <ExternalLink aria-hidden className="size-3" />
                      </a>
                    </td>
                    <td className="px-3 py-3 text-zinc-700">{KIND_LABEL[form.kind]}</td>
                    <td className="px-3 py-3 text-right text-zinc-900 tabular-nums">{form.responseCount}</td>
                    <td className="px-3 py-3 text-zinc-600">{form.lastResponseAt ? dateTime.format(new Date(form.lastResponseAt)) : '—'}</td>
                    <td className="px-3 py-3">
                      <div className="flex flex-wrap gap-1">
                        {form.active ? <Badge tone="success">Active</Badge> : <Badge>Closed</Badge>}
                        {form.conversationEnabled && <Badge tone="accent">Chat</Badge>}
                      </div>
                    </td>
                    <td className="px-5 py-3">
                      <div className="flex justify-end gap-1">
                        <Button variant="ghost" size="sm" onClick={() => setEditing(form)} aria-label={`Edit ${form.name}`}>
                          <Pencil aria-hidden className="size-4" />
                          Edit
                        </Button>
                        <Button variant="ghost" size="icon" onClick={() => setDeleting(form)} aria-label={`Delete ${form.name}`}>
                          <Trash2 aria-hidden className="size-4" />
                        </Button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete ${deleting?.name ?? 'form'}?`}
        description="Its page and widget stop working at once. Answers already received stay with their customers."
        confirmLabel="Delete form"
        pending={remove.isPending}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove.mutateAsync(deleting.id);
            toast({ title: 'Form deleted', description: deleting.name, tone: 'success' });
          } catch (error) {
            toast({ title: 'Could not delete the form', description: errorMessage(error), tone: 'error' });
          }
          setDeleting(null);
        }}
      />
    </div>
  );
}
