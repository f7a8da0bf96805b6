import { Lightbulb } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/button';
import { LinkToInitiativeDialog } from './link-to-initiative-dialog';

/** The case view's "Link to initiative" control: all the case's items go to one initiative. */
export function LinkCaseToInitiative({ caseId }: { caseId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" className="w-full" onClick={() => setOpen(true)}>
        <Lightbulb aria-hidden className="size-4" /> Link to initiative
      </Button>
      <LinkToInitiativeDialog open={open} onOpenChange={setOpen} target={{ items: { caseIds: [caseId] } }} what="every item of this case" />
    </>
  );
}
