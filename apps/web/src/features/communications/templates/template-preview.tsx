import { z } from 'zod';
import { useState } from 'react';
import { errorMessage } from '../../../api/http';
import { Alert } from '../../../components/alert';
import { TextField } from '../../../components/text-field';
import { useDebouncedValue } from '../../../app/use-debounced-value';
import { useTemplatePreview } from '../hooks/use-template-preview';

const caseIdSchema = z.uuid();

/** The saved template filled in for a real case (optional): what that customer would read. */
export function TemplatePreview({ templateId, language }: { templateId: string; language: string }) {
  const [caseId, setCaseId] = useState('');
  const typed = useDebouncedValue(caseId.trim());
  const valid = caseIdSchema.safeParse(typed).success;
  const preview = useTemplatePreview(templateId, valid ? typed : undefined, language);

  return (
    <section aria-label="Preview" className="space-y-3 rounded-md bg-zinc-50 p-4 ring-1 ring-zinc-200">
      <TextField
        label="Preview for a case (optional)"
        hint="Paste a case id (from its address) to see the saved version filled in for that customer."
        placeholder="00000000-0000-0000-0000-000000000000"
        value={caseId}
        error={typed && !valid ? 'must be a case id' : undefined}
        onChange={(e) => setCaseId(e.target.value)}
      />
      {preview.isError && <Alert>{errorMessage(preview.error)}</Alert>}
      {preview.data && (
        <div className="space-y-2 rounded-md bg-white p-3 text-sm ring-1 ring-zinc-200">
          <p className="text-xs text-zinc-500">In {preview.data.language.toUpperCase()}</p>
          {preview.data.subject && <p className="font-medium text-zinc-900">{preview.data.subject}</p>}
          <p className="whitespace-pre-wrap text-zinc-700">{preview.data.body}</p>
          {preview.data.missing.length > 0 && (
            <Alert tone="warning">No value for {preview.data.missing.map((m) => `{{${m}}}`).join(', ')} on this case: left empty.</Alert>
          )}
        </div>
      )}
    </section>
  );
}
