import { z } from 'zod';

export const auditEventSchema = z.object({
  id: z.uuid(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  occurredAt: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const listAuditQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.iso.datetime().optional(),
  targetType: z.string().max(40).optional(),
});
export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;
