import type { CustomerSummary, Survey, SurveyInvitation } from '@fullcircle/shared';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/http';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { cn } from '../../components/cn';
import { CopyField } from '../../components/copy-field';
import { Dialog, DialogFooter } from '../../components/dialog';
import { TextField } from '../../components/text-field';
import { CustomerPicker } from '../customers/customer-picker';
import { customerName } from '../customers/customer-labels';
import { useCreateSurveyLink } from './hooks/use-create-survey-link';
import { absoluteLink } from './survey-labels';

type Mode = 'customer' | 'email';

function ModeTabs({ mode, onChange }: { mode: Mode; onChange: (mode: Mode) => void }) {
  const tab = (value: Mode, label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={mode === value}
      onClick={() => onChange(value)}
      className={cn('flex-1 rounded-md px-3 py-1.5 text-sm font-medium', mode === value ? 'bg-white text-zinc-900 shadow-sm' : 'text-zinc-600 hover:text-zinc-900')}
    >
      {label}
    </button>
  );
  return (
    <div role="tablist" aria-label="Who the link is for" className="flex gap-1 rounded-lg bg-zinc-100 p-1">
      {tab('customer', 'Existing customer')}
      {tab('email', 'Email address')}
    </div>
  );
}

function LinkForm({ survey, onCreated, onCancel }: { survey: Survey; onCreated: (link: SurveyInvitation, who: string) => void; onCancel: () => void }) {
  const create = useCreateSurveyLink(survey.id);
  const [mode, setMode] = useState<Mode>('customer');
  const [customer, setCustomer] = useState<CustomerSummary | null>(null);
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (mode === 'customer' && !customer) return setProblem('Choose a customer first.');
    if (mode === 'email' && !/^\S+@\S+\.\S+$/.test(email.trim())) return setProblem('Enter an email address.');
    const body = mode === 'customer' ? { customerId: customer!.id } : { customer: { email: email.trim() } };
    const who = mode === 'customer' ? customerName(customer!) : email.trim();
    create.mutate(body, { onSuccess: (link) => onCreated(link, who), onError: (error) => setProblem(errorMessage(error)) });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <ModeTabs mode={mode} onChange={setMode} />
      {mode === 'customer' ? (
        <CustomerPicker label="Customers" excludeId="" value={customer} onChange={setCustomer} />
      ) : (
        <TextField
          label="Email address"
          type="email"
          autoFocus
          autoComplete="off"
          placeholder="name@example.com"
          hint="An existing customer with this address gets the link; otherwise a new customer is created."
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      )}
      {problem && <Alert>{problem}</Alert>}
      <DialogFooter>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={create.isPending}>
          Create link
        </Button>
      </DialogFooter>
    </form>
  );
}

/** Pick a customer (or type an address), get their personal link to copy into a message. */
export function CreateSurveyLinkDialog({ survey, onOpenChange }: { survey: Survey | null; onOpenChange: (open: boolean) => void }) {
  const [created, setCreated] = useState<{ link: SurveyInvitation; who: string } | null>(null);
  const change = (open: boolean) => {
    onOpenChange(open);
    if (!open) setCreated(null);
  };

  return (
    <Dialog open={survey !== null} onOpenChange={change} title={created ? 'Link created' : 'Create survey link'} description={survey ? survey.name : undefined}>
      {survey &&
        (created ? (
          <div className="space-y-4">
            <p className="text-sm text-zinc-600">
              Send this link to <span className="font-medium text-zinc-900">{created.who}</span>. It works until{' '}
              {new Date(created.link.expiresAt).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' })}; answering again updates their
              answer.
            </p>
            <CopyField label="Survey link" value={absoluteLink(created.link.url)} />
            <DialogFooter>
              <Button variant="secondary" onClick={() => setCreated(null)}>
                Create another
              </Button>
              <Button onClick={() => change(false)}>Done</Button>
            </DialogFooter>
          </div>
        ) : (
          <LinkForm survey={survey} onCreated={(link, who) => setCreated({ link, who })} onCancel={() => change(false)} />
        ))}
    </Dialog>
  );
}
