import type { LinkFromSearchRequest } from '@fullcircle/shared';
import { Lightbulb } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/button';
import { LinkToInitiativeDialog } from './link-to-initiative-dialog';

/** The inbox's bulk action: every item of every case these filters find, not just the page shown. */
export function LinkSearchToInitiative({ search }: { search: LinkFromSearchRequest }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        <Lightbulb aria-hidden className="size-4" /> Link results to initiative
      </Button>
      <LinkToInitiativeDialog open={open} onOpenChange={setOpen} target={{ search }} what="every item of every case these filters find" />
    </>
  );
}
