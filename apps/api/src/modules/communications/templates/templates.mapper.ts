import type { TemplateDto } from '@fullcircle/shared';
import type { MessageTemplate } from '../entities/message-template.entity';

export function toTemplateDto(t: MessageTemplate): TemplateDto {
  return {
    id: t.id,
    name: t.name,
    purpose: t.purpose,
    versions: t.versions.map((v) => ({ language: v.language, subject: v.subject ?? null, body: v.body })),
    updatedAt: t.updatedAt.toISOString(),
    updatedBy: t.updatedBy ? { id: t.updatedBy.id, name: t.updatedBy.name } : null,
  };
}
