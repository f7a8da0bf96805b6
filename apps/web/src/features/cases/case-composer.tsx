import type { CaseContextDto, CaseDetailDto } from '@fullcircle/shared';
import { Lock, Reply } from 'lucide-react';
import { Card } from '../../components/card';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '../../components/tabs';
import { NoteComposer } from './note-composer';
import { ReplyComposer } from './reply-composer';

/** Below the thread: answer the customer or leave a note for colleagues, whichever this user may do. */
export function CaseComposer({ c, context }: { c: CaseDetailDto; context: CaseContextDto | undefined }) {
  if (!c.can.reply && !c.can.note) return null;
  return (
    <Card>
      <Tabs defaultValue={c.can.reply ? 'reply' : 'note'}>
        <TabsList aria-label="Compose">
          {c.can.reply && (
            <TabsTrigger value="reply">
              <Reply aria-hidden className="size-4" />
              Reply to customer
            </TabsTrigger>
          )}
          {c.can.note && (
            <TabsTrigger value="note">
              <Lock aria-hidden className="size-4" />
              Internal note
            </TabsTrigger>
          )}
        </TabsList>
        {c.can.reply && (
          <TabsContent value="reply">
            <ReplyComposer c={c} context={context} />
          </TabsContent>
        )}
        {c.can.note && (
          <TabsContent value="note">
            <NoteComposer c={c} />
          </TabsContent>
        )}
      </Tabs>
    </Card>
  );
}
