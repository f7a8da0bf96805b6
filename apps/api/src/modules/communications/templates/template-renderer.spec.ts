import type { TemplateVersionDto } from '@fullcircle/shared';
import { pickVersion, renderTemplate, unknownVariables } from './template-renderer';

const versions: TemplateVersionDto[] = [
  { language: 'en', subject: 'About {{case.reference}}', body: 'Hello {{customer.first_name}},\n\n{{action.summary}}\n\n{{agent.name}}, {{department.name}}' },
  { language: 'es', subject: 'Sobre {{case.reference}}', body: 'Hola {{ customer.first_name }}' },
];

describe(renderTemplate.name, () => {
  it('fills every variable from the case', () => {
    const rendered = renderTemplate(versions, 'en', {
      'customer.first_name': 'Ana',
      'case.reference': 'FC-7K3M9QX2',
      'action.summary': '- Refunded the bag fee',
      'agent.name': 'Sam',
      'department.name': 'Baggage',
    });
    expect(rendered).toEqual({
      language: 'en',
      subject: 'About FC-7K3M9QX2',
      body: 'Hello Ana,\n\n- Refunded the bag fee\n\nSam, Baggage',
      missing: [],
    });
  });

  it('writes in the customer’s language, tolerating spaces inside the braces', () => {
    expect(renderTemplate(versions, 'es', { 'customer.first_name': 'Ana', 'case.reference': 'FC-1' })).toMatchObject({ language: 'es', subject: 'Sobre FC-1', body: 'Hola Ana', missing: [] });
  });

  it('reports variables that had no value and leaves them empty', () => {
    const rendered = renderTemplate(versions, 'en', { 'customer.first_name': 'Ana', 'case.reference': 'FC-1', 'agent.name': 'Sam', 'department.name': '' });
    expect(rendered.missing).toEqual(['action.summary', 'department.name']);
    expect(rendered.body).toBe('Hello Ana,\n\n\n\nSam, ');
  });
});

describe(pickVersion.name, () => {
  it('matches the primary language of a regional tag', () => {
    expect(pickVersion(versions, 'es-MX').language).toBe('es');
  });

  it('falls back to the first version for a language it lacks, or none', () => {
    expect(pickVersion(versions, 'pt').language).toBe('en');
    expect(pickVersion(versions, null).language).toBe('en');
  });
});

describe(unknownVariables.name, () => {
  it('names variables no template may use', () => {
    expect(unknownVariables('Hi {{customer.name}}, {{customer.nmae}} {{ case.ref }}')).toEqual(['customer.nmae', 'case.ref']);
  });

  it('accepts the documented variables', () => {
    expect(unknownVariables('{{survey.link}} {{case.subject}}')).toEqual([]);
  });
});
