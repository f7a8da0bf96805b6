import { postFeedEntryRequestSchema, type Department, type PostFeedEntryRequest } from '@fullcircle/shared';
import { useState, type FormEvent } from 'react';
import { ApiRequestError, errorMessage } from '../../../api/http';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Card, CardHeader } from '../../../components/card';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { TextareaField } from '../../../components/textarea-field';
import { useToast } from '../../../components/toast';
import { usePostFeedEntry } from '../hooks/use-feed';
import { FEED_KIND_META } from './feed-labels';

const COMPANY = 'company';
const KINDS = ['announcement', 'lesson', 'process_change'] as const;
type Errors = Partial<Record<keyof PostFeedEntryRequest | '_form', string>>;

/** The shared schema's lengths carry zod's wording; say it the way the rest of the app does. */
function friendly(issue: { code: string; message: string; minimum?: unknown }): string {
  if (issue.code === 'too_small') return Number(issue.minimum) <= 1 ? 'is required' : `use at least ${String(issue.minimum)} characters`;
  return issue.message;
}

/** Owners post to their departments; admins and executives to the whole company too. */
export function FeedPostForm({ departments, company }: { departments: Department[]; company: boolean }) {
  const post = usePostFeedEntry();
  const toast = useToast();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('announcement');
  const [scope, setScope] = useState(company ? COMPANY : (departments[0]?.id ?? ''));
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = postFeedEntryRequestSchema.safeParse({ kind, departmentId: scope === COMPANY ? null : scope || undefined, title, body });
    if (!parsed.success) return setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), friendly(i)])));
    setErrors({});
    post.mutate(parsed.data, {
      onSuccess: () => {
        setTitle('');
        setBody('');
        toast({ title: 'Posted to the feed', tone: 'success' });
      },
      onError: (err) =>
        setErrors(err instanceof ApiRequestError && err.issues.length ? { ...Object.fromEntries(err.issues.map((i) => [i.field, i.message])), _form: err.message } : { _form: errorMessage(err) }),
    });
  };

  return (
    <Card>
      <CardHeader title="Share with colleagues" description="What changed, what a case taught you, or news for everyone." />
      <form onSubmit={submit} noValidate className="space-y-4 px-5 py-4">
        {errors._form && <Alert>{errors._form}</Alert>}
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Kind"
            value={kind}
            error={errors.kind}
            onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}
            options={KINDS.map((k) => ({ value: k, label: FEED_KIND_META[k].label }))}
          />
          <SelectField
            label="For"
            value={scope}
            error={errors.departmentId}
            onChange={(e) => setScope(e.target.value)}
            options={[...(company ? [{ value: COMPANY, label: 'The whole company' }] : []), ...departments.map((d) => ({ value: d.id, label: d.name }))]}
          />
        </div>
        <TextField label="Title" value={title} error={errors.title} maxLength={160} onChange={(e) => setTitle(e.target.value)} />
        <TextareaField label="Message" value={body} error={errors.body} rows={3} onChange={(e) => setBody(e.target.value)} />
        <div className="flex justify-end">
          <Button type="submit" loading={post.isPending}>
            Post
          </Button>
        </div>
      </form>
    </Card>
  );
}
