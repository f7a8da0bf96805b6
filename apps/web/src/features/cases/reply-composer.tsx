import { MESSAGE_CHANNELS, replySubject, sendReplyRequestSchema, type CaseContextDto, type CaseDetailDto, type MessageChannel, type SendReplyRequest } from '@fullcircle/shared';
import { Eye, Pencil, Send } from 'lucide-react';
import { useState } from 'react';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';
import { useToast } from '../../components/toast';
import { apiErrors, isSendShortcut, NO_ERRORS, zodErrors, type ComposerErrors } from './composer-errors';
import { usePreviewTemplate } from './hooks/use-preview-template';
import { useReplyTemplates } from './hooks/use-reply-templates';
import { useSendReply } from './hooks/use-send-reply';
import { MESSAGE_CHANNEL_META } from './message-labels';

type Then = SendReplyRequest['then'];

const SENT: Record<'none' | NonNullable<Then>, string> = {
  none: 'Reply queued',
  waiting_on_customer: 'Reply queued; waiting on the customer',
  resolved: 'Reply queued and case resolved',
};

/** Where the reply will go, in words: "Email to jane@example.test". */
function destination(channel: MessageChannel, context: CaseContextDto | undefined): string {
  const label = MESSAGE_CHANNEL_META[channel].label;
  const address = channel === 'email' ? context?.customer.email : channel === 'sms' ? context?.customer.phone : null;
  return address ? `${label} to ${address}` : label;
}

/**
 * "Reply to customer": a channel (the customer's preferred one unless changed), a template that
 * fills the editor for this case, a preview of exactly what leaves, and three ways to send.
 */
export function ReplyComposer({ c, context }: { c: CaseDetailDto; context: CaseContextDto | undefined }) {
  const templates = useReplyTemplates();
  const preview = usePreviewTemplate();
  const send = useSendReply(c.id);
  const toast = useToast();
  const [chosenChannel, setChannel] = useState<MessageChannel | null>(null);
  const [templateId, setTemplateId] = useState('');
  const [language, setLanguage] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [previewing, setPreviewing] = useState(false);
  // What the API sends when the subject is left empty.
  const defaultSubject = replySubject({ reference: c.reference, subject: c.items[0]?.subject ?? null, text: c.items[0]?.text ?? c.excerpt });
  const [errors, setErrors] = useState<ComposerErrors>(NO_ERRORS);

  const channel = chosenChannel ?? context?.customer.replyChannel ?? 'email';
  const template = templates.data?.find((t) => t.id === templateId);

  const fill = (id: string, lang?: string) => {
    setTemplateId(id);
    if (!id) {
      setLanguage('');
      return;
    }
    preview.mutate(
      { templateId: id, caseId: c.id, ...(lang ? { language: lang } : {}) },
      {
        onSuccess: (rendered) => {
          setLanguage(rendered.language);
          setSubject(rendered.subject ?? '');
          setBody(rendered.body);
          setErrors(NO_ERRORS);
        },
        onError: (error) => setErrors(apiErrors(error, [])),
      },
    );
  };

  const requestOf = (then: Then): SendReplyRequest | null => {
    const parsed = sendReplyRequestSchema.safeParse({
      body,
      channel,
      ...(channel === 'email' && subject.trim() ? { subject } : {}),
      ...(templateId ? { templateId, language: language || undefined } : {}),
      ...(then ? { then } : {}),
    });
    if (!parsed.success) {
      setErrors(zodErrors(parsed.error));
      setPreviewing(false);
      return null;
    }
    return parsed.data;
  };

  const submit = (then: Then) => {
    if (send.isPending) return;
    const request = requestOf(then);
    if (!request) return;
    setErrors(NO_ERRORS);
    send.mutate(request, {
      onSuccess: () => {
        toast({ title: SENT[then ?? 'none'], description: destination(channel, context), tone: 'success' });
        setBody('');
        setSubject('');
        setTemplateId('');
        setLanguage('');
        setPreviewing(false);
      },
      onError: (error) => {
        const next = apiErrors(error, ['body', 'subject', 'channel', 'language']);
        setErrors(next);
        if (next.fields.body || next.fields.subject) setPreviewing(false);
      },
    });
  };

  const busy = send.isPending ? (send.variables?.then ?? 'none') : null;

  return (
    <div className="space-y-4 p-5" onKeyDown={(e) => isSendShortcut(e) && (e.preventDefault(), submit(undefined))}>
      {context && !context.reachable.ok && (
        <Alert tone="warning" title="This customer cannot be reached">
          {context.reachable.reason ?? 'No address or consent for this channel.'}
        </Alert>
      )}
      {errors.form && <Alert>{errors.form}</Alert>}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <SelectField
          label="Channel"
          value={channel}
          error={errors.fields.channel}
          disabled={previewing}
          onChange={(e) => setChannel(e.target.value as MessageChannel)}
          options={MESSAGE_CHANNELS.map((ch) => ({ value: ch, label: `${MESSAGE_CHANNEL_META[ch].label}${ch === context?.customer.replyChannel ? (context.customer.preferredChannel ? ' (preferred)' : ' (as they wrote)') : ''}` }))}
        />
        <SelectField
          label="Template"
          value={templateId}
          disabled={previewing || preview.isPending}
          onChange={(e) => fill(e.target.value)}
          options={[{ value: '', label: templates.isPending ? 'Loading…' : 'No template' }, ...(templates.data ?? []).map((t) => ({ value: t.id, label: t.name }))]}
        />
        <SelectField
          label="Language"
          value={language}
          error={errors.fields.language}
          disabled={!template || previewing || preview.isPending}
          onChange={(e) => fill(templateId, e.target.value)}
          options={template ? template.versions.map((v) => ({ value: v.language, label: v.language.toUpperCase() })) : [{ value: '', label: '—' }]}
        />
      </div>

      {previewing ? (
        <section aria-label="Preview" className="rounded-lg bg-zinc-50 p-4 ring-1 ring-zinc-200 ring-inset">
          <p className="text-xs font-medium text-zinc-500">{destination(channel, context)}</p>
          {channel === 'email' && <p className="mt-2 text-sm font-semibold text-zinc-900">{subject.trim() || defaultSubject}</p>}
          <p className="mt-2 text-sm break-words whitespace-pre-wrap text-zinc-800">{body.trim()}</p>
        </section>
      ) : (
        <>
          {channel === 'email' && (
            <TextField label="Subject" placeholder={defaultSubject} value={subject} error={errors.fields.subject} onChange={(e) => setSubject(e.target.value)} />
          )}
          <TextareaField
            label="Reply"
            rows={6}
            placeholder={preview.isPending ? 'Filling in the template…' : 'Write to the customer…'}
            value={body}
            error={errors.fields.body}
            hint="Ctrl+Enter sends."
            onChange={(e) => setBody(e.target.value)}
          />
        </>
      )}

      <div className="flex flex-wrap items-center justify-between gap-2">
        <Button variant="ghost" onClick={() => setPreviewing((p) => !p)} disabled={!previewing && !body.trim()}>
          {previewing ? <Pencil aria-hidden className="size-4" /> : <Eye aria-hidden className="size-4" />}
          {previewing ? 'Edit' : 'Preview'}
        </Button>
        <div className="flex flex-wrap gap-2">
          {c.can.resolve && (
            <Button variant="secondary" loading={busy === 'resolved'} disabled={send.isPending} onClick={() => submit('resolved')}>
              Send and resolve
            </Button>
          )}
          <Button variant="secondary" loading={busy === 'waiting_on_customer'} disabled={send.isPending} onClick={() => submit('waiting_on_customer')}>
            Send and wait for customer
          </Button>
          <Button loading={busy === 'none'} disabled={send.isPending} onClick={() => submit(undefined)}>
            <Send aria-hidden className="size-4" />
            Send
          </Button>
        </div>
      </div>
    </div>
  );
}
