import type { InitiativeUpdateKind, TemplatePurpose, TemplateVersionDto } from '@fullcircle/shared';

/**
 * The message each kind of update sends. An organisation may override one by saving a template of
 * this name and purpose in Settings → Templates; these defaults apply until it does.
 */
export const INITIATIVE_TEMPLATE: Record<InitiativeUpdateKind, { name: string; purpose: TemplatePurpose }> = {
  shipped: { name: 'initiative_shipped', purpose: 'announcement' },
  declined: { name: 'initiative_declined', purpose: 'announcement' },
  // About the customer's own feedback (an incident they are caught in), so a reply's consent covers it.
  incident_update: { name: 'incident_update', purpose: 'reply' },
};

export const DEFAULT_INITIATIVE_VERSIONS: Record<InitiativeUpdateKind, TemplateVersionDto[]> = {
  shipped: [
    {
      language: 'en',
      subject: 'You said, we did: {{initiative.title}}',
      body: 'Hello {{customer.first_name}},\n\nYou told us: “{{feedback.excerpt}}”\n\nWe listened. {{initiative.title}} is done:\n{{initiative.outcome}}\n\nThank you for helping us improve.',
    },
    {
      language: 'de',
      subject: 'Sie haben es gesagt, wir haben es getan: {{initiative.title}}',
      body: 'Hallo {{customer.first_name}},\n\nSie schrieben uns: „{{feedback.excerpt}}“\n\nWir haben zugehört. {{initiative.title}} ist umgesetzt:\n{{initiative.outcome}}\n\nDanke, dass Sie uns helfen, besser zu werden.',
    },
    {
      language: 'fr',
      subject: 'Vous l’avez dit, nous l’avons fait : {{initiative.title}}',
      body: 'Bonjour {{customer.first_name}},\n\nVous nous avez écrit : « {{feedback.excerpt}} »\n\nNous vous avons écouté. {{initiative.title}} est fait :\n{{initiative.outcome}}\n\nMerci de nous aider à nous améliorer.',
    },
    {
      language: 'es',
      subject: 'Usted lo dijo, nosotros lo hicimos: {{initiative.title}}',
      body: 'Hola {{customer.first_name}}:\n\nNos dijo: «{{feedback.excerpt}}»\n\nLe escuchamos. {{initiative.title}} ya está hecho:\n{{initiative.outcome}}\n\nGracias por ayudarnos a mejorar.',
    },
  ],
  declined: [
    {
      language: 'en',
      subject: 'About your suggestion: {{initiative.title}}',
      body: 'Hello {{customer.first_name}},\n\nYou told us: “{{feedback.excerpt}}”\n\nWe looked at it carefully and decided not to go ahead with {{initiative.title}}:\n{{initiative.outcome}}\n\nThank you for telling us; we read every message.',
    },
    {
      language: 'de',
      subject: 'Zu Ihrem Vorschlag: {{initiative.title}}',
      body: 'Hallo {{customer.first_name}},\n\nSie schrieben uns: „{{feedback.excerpt}}“\n\nWir haben es sorgfältig geprüft und setzen {{initiative.title}} nicht um:\n{{initiative.outcome}}\n\nDanke für Ihre Nachricht; wir lesen jede.',
    },
    {
      language: 'fr',
      subject: 'À propos de votre suggestion : {{initiative.title}}',
      body: 'Bonjour {{customer.first_name}},\n\nVous nous avez écrit : « {{feedback.excerpt}} »\n\nNous l’avons étudié avec soin et avons décidé de ne pas donner suite à {{initiative.title}} :\n{{initiative.outcome}}\n\nMerci de nous l’avoir dit ; nous lisons chaque message.',
    },
    {
      language: 'es',
      subject: 'Sobre su sugerencia: {{initiative.title}}',
      body: 'Hola {{customer.first_name}}:\n\nNos dijo: «{{feedback.excerpt}}»\n\nLo estudiamos con cuidado y decidimos no seguir adelante con {{initiative.title}}:\n{{initiative.outcome}}\n\nGracias por escribirnos; leemos cada mensaje.',
    },
  ],
  incident_update: [
    {
      language: 'en',
      subject: 'Update: {{initiative.title}}',
      body: 'Hello {{customer.first_name}},\n\nAn update on {{initiative.title}}, which affected you:\n{{initiative.outcome}}\n\nYou do not need to contact us again; your case stays open until it is resolved.',
    },
    {
      language: 'de',
      subject: 'Neuigkeiten: {{initiative.title}}',
      body: 'Hallo {{customer.first_name}},\n\nNeuigkeiten zu {{initiative.title}}, wovon Sie betroffen sind:\n{{initiative.outcome}}\n\nSie müssen uns nicht erneut kontaktieren; Ihr Fall bleibt offen, bis er gelöst ist.',
    },
    {
      language: 'fr',
      subject: 'Point d’étape : {{initiative.title}}',
      body: 'Bonjour {{customer.first_name}},\n\nDes nouvelles de {{initiative.title}}, qui vous a concerné :\n{{initiative.outcome}}\n\nInutile de nous recontacter ; votre dossier reste ouvert jusqu’à sa résolution.',
    },
    {
      language: 'es',
      subject: 'Novedades: {{initiative.title}}',
      body: 'Hola {{customer.first_name}}:\n\nNovedades sobre {{initiative.title}}, que le afectó:\n{{initiative.outcome}}\n\nNo necesita volver a contactarnos; su caso sigue abierto hasta que se resuelva.',
    },
  ],
};

/** The first words of what a customer said, for "You told us: …". */
export function excerpt(text: string, words = 20): string {
  const all = text.trim().split(/\s+/);
  return all.slice(0, words).join(' ') + (all.length > words ? '…' : '');
}
