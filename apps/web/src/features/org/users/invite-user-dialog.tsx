import type { InviteUserResponse } from '@fullcircle/shared';
import { CircleCheck } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../../components/button';
import { CopyField } from '../../../components/copy-field';
import { Dialog, DialogFooter } from '../../../components/dialog';
import { InviteUserForm } from './invite-user-form';

/** The API may answer with a path; people need a link they can paste anywhere. */
export function absoluteUrl(url: string): string {
  try {
    return new URL(url, window.location.origin).toString();
  } catch {
    return url;
  }
}

export function InviteUserDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const [result, setResult] = useState<InviteUserResponse | null>(null);

  const change = (next: boolean) => {
    onOpenChange(next);
    if (!next) setResult(null);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={change}
      title={result ? 'Invitation created' : 'Invite user'}
      description={result ? undefined : 'They get an invitation link to set their password and join.'}
    >
      {result ? (
        <div className="space-y-4">
          <div className="flex gap-3 rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900 ring-1 ring-emerald-200">
            <CircleCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-emerald-600" />
            <p>
              <span className="font-medium">{result.user.name}</span> ({result.user.email}) is invited. Send them this link; it is shown
              only now.
            </p>
          </div>
          <CopyField label="Invitation link" value={absoluteUrl(result.invitationUrl)} />
          <DialogFooter>
            <Button variant="secondary" onClick={() => setResult(null)}>
              Invite another
            </Button>
            <Button onClick={() => change(false)}>Done</Button>
          </DialogFooter>
        </div>
      ) : (
        <InviteUserForm onInvited={setResult} onCancel={() => change(false)} />
      )}
    </Dialog>
  );
}
