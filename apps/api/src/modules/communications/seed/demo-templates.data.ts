import type { SaveTemplateRequest } from '@fullcircle/shared';

/** Starter templates for the demo organisation (Settings → Templates). */
export const DEMO_TEMPLATES: SaveTemplateRequest[] = [
  {
    name: 'Apology and fix',
    purpose: 'reply',
    versions: [
      {
        language: 'en',
        subject: 'About your feedback {{case.reference}}',
        body: 'Dear {{customer.first_name}},\n\nThank you for telling us, and we are sorry. Here is what we have done:\n\n{{action.summary}}\n\nIf anything is still not right, just reply to this message.\n\n{{agent.name}}\n{{department.name}}',
      },
      {
        language: 'es',
        subject: 'Sobre sus comentarios {{case.reference}}',
        body: 'Estimado/a {{customer.first_name}}:\n\nGracias por contárnoslo, y lo sentimos. Esto es lo que hemos hecho:\n\n{{action.summary}}\n\nSi algo sigue sin estar bien, responda a este mensaje.\n\n{{agent.name}}\n{{department.name}}',
      },
    ],
  },
  {
    name: 'We need more details',
    purpose: 'reply',
    versions: [
      {
        language: 'en',
        subject: 'A question about {{case.reference}}',
        body: 'Hello {{customer.first_name}},\n\nThank you for your message about “{{case.subject}}”. To sort it out we need a few more details: your booking reference and the date of travel. Just reply to this message.\n\n{{agent.name}}\n{{department.name}}',
      },
    ],
  },
  {
    name: 'Follow-up CSAT',
    purpose: 'survey',
    versions: [
      {
        language: 'en',
        subject: 'How did we do? {{case.reference}}',
        body: 'Hello {{customer.first_name}},\n\nWe have resolved your feedback “{{case.subject}}”. How satisfied are you with how we handled it? One click is enough:\n\n{{survey.link}}\n\nThank you,\n{{department.name}}',
      },
      {
        language: 'es',
        subject: '¿Qué tal lo hicimos? {{case.reference}}',
        body: 'Hola {{customer.first_name}}:\n\nHemos resuelto sus comentarios «{{case.subject}}». ¿Qué tan satisfecho/a está con cómo lo gestionamos? Basta un clic:\n\n{{survey.link}}\n\nGracias,\n{{department.name}}',
      },
    ],
  },
];
