import { saveTemplateRequestSchema } from '@fullcircle/shared';
import { unknownVariables } from '../templates/template-renderer';
import { DEMO_TEMPLATES } from './demo-templates.data';

describe('DEMO_TEMPLATES', () => {
  it.each(DEMO_TEMPLATES.map((t) => [t.name, t] as const))('%s passes the same checks as a template saved in Settings', (_, template) => {
    const parsed = saveTemplateRequestSchema.parse(template);
    for (const v of parsed.versions) expect([...unknownVariables(v.subject ?? ''), ...unknownVariables(v.body)]).toEqual([]);
  });
});
