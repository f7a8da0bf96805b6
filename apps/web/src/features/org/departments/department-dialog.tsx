import type { Department } from '@fullcircle/shared';
import { Dialog } from '../../../components/dialog';
import { DepartmentForm } from './department-form';

/** `target` is 'new' to create, a department to edit, or null when closed. */
export function DepartmentDialog({ target, onClose }: { target: Department | 'new' | null; onClose: () => void }) {
  const editing = target !== null && target !== 'new' ? target : undefined;
  return (
    <Dialog
      open={target !== null}
      onOpenChange={(open) => !open && onClose()}
      title={editing ? 'Edit department' : 'New department'}
      description={editing ? undefined : 'Departments own the feedback routed to them.'}
    >
      {target !== null && <DepartmentForm key={editing?.id ?? 'new'} department={editing} onDone={onClose} />}
    </Dialog>
  );
}
