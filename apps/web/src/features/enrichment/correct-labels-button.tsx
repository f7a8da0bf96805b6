import { SENTIMENTS, type TimelineEntry } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PencilLine } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { createFeedbackLabel } from '../../api/enrichment.api';
import { Button } from '../../components/button';
import { cn, focusRing } from '../../components/cn';
import { Dialog } from '../../components/dialog';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useToast } from '../../components/toast';
import { useSession } from '../auth/hooks/use-session';
import { customersKeys } from '../customers/customers.keys';

const SENTIMENT_OPTIONS = [{ value: '', label: 'Not set' }, ...SENTIMENTS.map((s) => ({ value: s, label: s[0].toUpperCase() + s.slice(1) }))];

export const parseTopics = (input: string) => [
  ...new Set(
    input
      .split(',')
      .map((topic) => topic.trim().toLowerCase().replaceAll(' ', '_'))
      .filter(Boolean),
  ),
];

/**
 * "Correct" on a timeline entry (admins, owners, members): sets the sentiment and edits the topics.
 * Each change is kept as a label the classifiers learn from.
 */
export function CorrectLabelsButton({ entry }: { entry: TimelineEntry }) {
  const { data: user } = useSession();
  const [open, setOpen] = useState(false);
  if (!user || user.role === 'executive') return null;
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className={cn('inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-[11px] font-medium text-indigo-700 hover:bg-indigo-50', focusRing)}
        aria-label={`Correct sentiment and topics of the ${entry.channel} entry from ${new Date(entry.at).toLocaleString()}`}
      >
        <PencilLine aria-hidden className="size-3" />
        Correct
      </button>
      {open && <CorrectLabelsDialog entry={entry} onClose={() => setOpen(false)} />}
    </>
  );
}

function CorrectLabelsDialog({ entry, onClose }: { entry: TimelineEntry; onClose: () => void }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [sentiment, setSentiment] = useState(entry.sentiment ?? '');
  const [topics, setTopics] = useState(entry.topics.map((t) => t.replaceAll('_', ' ')).join(', '));
  const save = useMutation({
    mutationFn: async () => {
      if (sentiment && sentiment !== entry.sentiment) {
        await createFeedbackLabel(entry.id, { kind: 'sentiment', value: sentiment as (typeof SENTIMENTS)[number] });
      }
      const next = parseTopics(topics).sort();
      if (next.join(',') !== [...entry.topics].sort().join(',')) await createFeedbackLabel(entry.id, { kind: 'topics', value: next });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: customersKeys.all });
      toast({ title: 'Correction saved', description: 'The models learn from it at the next retraining.' });
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title="Correct this entry" description="Your correction replaces the automatic reading and is kept as a training label." size="sm">
      <form onSubmit={submit} className="space-y-4">
        <SelectField label="Sentiment" value={sentiment} onChange={(e) => setSentiment(e.target.value)} options={SENTIMENT_OPTIONS} />
        <TextField label="Topics" hint="Separated by commas" value={topics} onChange={(e) => setTopics(e.target.value)} />
        {save.isError && <p className="text-sm text-red-700">The correction could not be saved. Try again.</p>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save correction
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
