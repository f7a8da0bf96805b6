import { addNoteRequestSchema, type CaseDetailDto } from '@fullcircle/shared';
import { Lock } from 'lucide-react';
import { useState } from 'react';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { useToast } from '../../components/toast';
import { apiErrors, isSendShortcut, NO_ERRORS, zodErrors, type ComposerErrors } from './composer-errors';
import { useAddNote } from './hooks/use-add-note';
import { MentionTextarea, type Mention } from './mention-textarea';

/** "Internal note": for colleagues only; @mentioning someone notifies them. */
export function NoteComposer({ c }: { c: CaseDetailDto }) {
  const add = useAddNote(c.id);
  const toast = useToast();
  const [body, setBody] = useState('');
  const [picked, setPicked] = useState<Mention[]>([]);
  const [errors, setErrors] = useState<ComposerErrors>(NO_ERRORS);

  const submit = () => {
    if (add.isPending) return;
    // Only those still named in the text: deleting "@Sam Rivera" un-mentions Sam.
    const mentions = [...new Set(picked.filter((m) => body.includes(`@${m.name}`)).map((m) => m.id))];
    const parsed = addNoteRequestSchema.safeParse({ body, mentions });
    if (!parsed.success) return setErrors(zodErrors(parsed.error));
    setErrors(NO_ERRORS);
    add.mutate(parsed.data, {
      onSuccess: () => {
        toast({ title: 'Note added', description: mentions.length ? `${mentions.length === 1 ? 'One colleague' : `${mentions.length} colleagues`} notified.` : undefined, tone: 'success' });
        setBody('');
        setPicked([]);
      },
      onError: (error) => setErrors(apiErrors(error, ['body', 'mentions'])),
    });
  };

  return (
    <div className="space-y-4 p-5" onKeyDown={(e) => isSendShortcut(e) && (e.preventDefault(), submit())}>
      {errors.form && <Alert>{errors.form}</Alert>}
      <MentionTextarea
        caseId={c.id}
        label="Internal note"
        placeholder="Only colleagues see this. Type @ to mention someone."
        hint="Never shown to the customer. Ctrl+Enter adds it."
        value={body}
        error={errors.fields.body ?? errors.fields.mentions}
        onChange={setBody}
        onMention={(m) => setPicked((list) => [...list, m])}
      />
      <div className="flex justify-end">
        <Button loading={add.isPending} onClick={submit}>
          <Lock aria-hidden className="size-4" />
          Add note
        </Button>
      </div>
    </div>
  );
}
