import { languageTagSchema, saveTemplateRequestSchema, TEMPLATE_PURPOSES, TEMPLATE_VARIABLES, type TemplateDto, type TemplatePurpose, type TemplateVersionInput } from '@fullcircle/shared';
import { Plus, Trash2 } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Card, CardHeader } from '../../../components/card';
import { cn, focusRing } from '../../../components/cn';
import { SelectField } from '../../../components/select-field';
import { Input, TextField } from '../../../components/text-field';
import { TextareaField } from '../../../components/textarea-field';
import { useToast } from '../../../components/toast';
import { useSaveTemplate } from '../hooks/use-templates';
import { apiTemplateErrors, templateErrorsOf, type TemplateErrors } from './template-errors';
import { TemplatePreview } from './template-preview';

export const PURPOSE_LABELS: Record<TemplatePurpose, string> = { reply: 'Reply to a customer', survey: 'Follow-up survey', announcement: 'Announcement' };

interface Version {
  language: string;
  subject: string;
  body: string;
}

const toVersions = (t?: TemplateDto): Version[] => t?.versions.map((v) => ({ language: v.language, subject: v.subject ?? '', body: v.body })) ?? [{ language: 'en', subject: '', body: '' }];

/** Puts `{{name}}` where the cursor is (or at the end), and returns the new text and cursor. */
export function insertVariable(text: string, variable: string, at: number | null): { text: string; cursor: number } {
  const token = `{{${variable}}}`;
  const pos = at ?? text.length;
  return { text: text.slice(0, pos) + token + text.slice(pos), cursor: pos + token.length };
}

/** Create or edit a template: one tab per language version, variables one click away, errors on their fields. */
export function TemplateEditor({ template, onSaved, onCancel }: { template?: TemplateDto; onSaved: (t: TemplateDto) => void; onCancel: () => void }) {
  const save = useSaveTemplate();
  const toast = useToast();
  const [name, setName] = useState(template?.name ?? '');
  const [purpose, setPurpose] = useState<TemplatePurpose>(template?.purpose ?? 'reply');
  const [versions, setVersions] = useState<Version[]>(() => toVersions(template));
  const [active, setActive] = useState(0);
  const [newLanguage, setNewLanguage] = useState('');
  const [errors, setErrors] = useState<TemplateErrors>({});
  const body = useRef<HTMLTextAreaElement>(null);
  const subject = useRef<HTMLInputElement>(null);
  const lastField = useRef<'subject' | 'body'>('body');
  const current = versions[Math.min(active, versions.length - 1)];
  const index = versions.indexOf(current);

  const update = (patch: Partial<Version>) => setVersions((vs) => vs.map((v, i) => (i === index ? { ...v, ...patch } : v)));

  const addLanguage = () => {
    const parsed = languageTagSchema.safeParse(newLanguage);
    if (!parsed.success) return setErrors((e) => ({ ...e, newLanguage: parsed.error.issues[0]?.message ?? 'invalid' }));
    if (versions.some((v) => v.language === parsed.data)) return setErrors((e) => ({ ...e, newLanguage: 'there is already a version in this language' }));
    setVersions((vs) => [...vs, { language: parsed.data, subject: current.subject, body: '' }]);
    setActive(versions.length);
    setNewLanguage('');
    setErrors(({ newLanguage: _, ...rest }) => rest);
  };

  const removeLanguage = () => {
    setVersions((vs) => vs.filter((_, i) => i !== index));
    setActive(Math.max(0, index - 1));
    setErrors({});
  };

  const insert = (variable: string) => {
    const field = lastField.current === 'subject' ? subject.current : body.current;
    const value = lastField.current === 'subject' ? current.subject : current.body;
    const next = insertVariable(value, variable, field?.selectionStart ?? null);
    update(lastField.current === 'subject' ? { subject: next.text } : { body: next.text });
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(next.cursor, next.cursor);
    });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const request = {
      name,
      purpose,
      versions: versions.map<TemplateVersionInput>((v) => ({ language: v.language, subject: v.subject.trim() ? v.subject : null, body: v.body })),
    };
    const parsed = saveTemplateRequestSchema.safeParse(request);
    if (!parsed.success) {
      setErrors(templateErrorsOf(parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }))));
      return;
    }
    setErrors({});
    save.mutate(
      { id: template?.id, body: parsed.data },
      {
        onSuccess: (saved) => {
          toast({ title: `Template “${saved.name}” saved`, tone: 'success' });
          onSaved(saved);
        },
        onError: (err) => setErrors(apiTemplateErrors(err)),
      },
    );
  };

  const versionError = (i: number) => Object.keys(errors).some((k) => k.startsWith(`versions.${i}.`));
  const prefix = `versions.${index}`;

  return (
    <Card>
      <CardHeader title={template ? `Edit “${template.name}”` : 'New template'} description="Customers get the version in their language; the first version is used when none matches." />
      <form onSubmit={submit} noValidate className="space-y-5 px-5 py-4">
        {errors._form && <Alert title="The template was not saved">{errors._form}</Alert>}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} maxLength={120} />
          <SelectField
            label="Used for"
            value={purpose}
            error={errors.purpose}
            onChange={(e) => setPurpose(e.target.value as TemplatePurpose)}
            options={TEMPLATE_PURPOSES.map((p) => ({ value: p, label: PURPOSE_LABELS[p] }))}
          />
        </div>

        <div>
          <div className="flex flex-wrap items-end justify-between gap-2 border-b border-zinc-200">
            <div role="tablist" aria-label="Language versions" className="-mb-px flex flex-wrap gap-1">
              {versions.map((v, i) => (
                <button
                  key={`${v.language}-${i}`}
                  type="button"
                  role="tab"
                  aria-selected={i === index}
                  onClick={() => setActive(i)}
                  className={cn(
                    'border-b-2 px-3 py-1.5 font-mono text-sm uppercase',
                    focusRing,
                    i === index ? 'border-indigo-600 text-indigo-700' : 'border-transparent text-zinc-500 hover:text-zinc-900',
                    versionError(i) && 'text-red-600',
                  )}
                >
                  {v.language}
                  {versionError(i) && <span className="sr-only"> (has errors)</span>}
                </button>
              ))}
            </div>
            <div className="flex items-start gap-2 pb-1.5">
              <div className="w-28">
                <Input
                  aria-label="New language code"
                  placeholder="e.g. es"
                  value={newLanguage}
                  aria-invalid={errors.newLanguage ? true : undefined}
                  onChange={(e) => setNewLanguage(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      addLanguage();
                    }
                  }}
                />
              </div>
              <Button variant="secondary" onClick={addLanguage}>
                <Plus aria-hidden className="size-4" />
                Add language
              </Button>
            </div>
          </div>
          {errors.newLanguage && <p className="mt-1 text-right text-sm text-red-600">{errors.newLanguage}</p>}
          {errors.versions && <p className="mt-1 text-sm text-red-600">{errors.versions}</p>}
        </div>

        <div role="tabpanel" aria-label={`Version ${current.language}`} className="space-y-4">
          <TextField
            ref={subject}
            label="Subject"
            hint="Email only; SMS and in-app messages send the body."
            value={current.subject}
            error={errors[`${prefix}.subject`]}
            onFocus={() => (lastField.current = 'subject')}
            onChange={(e) => update({ subject: e.target.value })}
          />
          <TextareaField
            ref={body}
            label="Body"
            rows={8}
            value={current.body}
            error={errors[`${prefix}.body`] ?? errors[`${prefix}.language`]}
            onFocus={() => (lastField.current = 'body')}
            onChange={(e) => update({ body: e.target.value })}
          />
          <div>
            <p className="mb-1.5 text-xs font-medium text-zinc-600">Insert a variable</p>
            <div className="flex flex-wrap gap-1.5">
              {Object.entries(TEMPLATE_VARIABLES).map(([variable, help]) => (
                <button
                  key={variable}
                  type="button"
                  title={help}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => insert(variable)}
                  className={cn('rounded-full bg-zinc-100 px-2 py-0.5 font-mono text-xs text-zinc-700 ring-1 ring-zinc-200 ring-inset hover:bg-indigo-50 hover:text-indigo-700', focusRing)}
                >
                  {`{{${variable}}}`}
                </button>
              ))}
            </div>
          </div>
          {versions.length > 1 && (
            <Button variant="ghost" size="sm" onClick={removeLanguage}>
              <Trash2 aria-hidden className="size-4" />
              Remove the {current.language.toUpperCase()} version
            </Button>
          )}
        </div>

        {template && <TemplatePreview templateId={template.id} language={current.language} />}

        <div className="flex justify-end gap-2 border-t border-zinc-100 pt-4">
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save template
          </Button>
        </div>
      </form>
    </Card>
  );
}
