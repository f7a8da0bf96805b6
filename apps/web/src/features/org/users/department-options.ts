import type { Department } from '@fullcircle/shared';
import type { CheckboxOption } from '../../../components/checkbox-group';

export function departmentOptions(departments: Department[]): CheckboxOption[] {
  return departments.map((d) => ({ value: d.id, label: d.name, description: d.description ?? undefined }));
}
