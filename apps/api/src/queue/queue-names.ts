/** Every BullMQ queue, named after the capability that owns it (architecture.md). */
export const QUEUE = {
  audit: 'audit',
  enrichment: 'enrichment',
  imports: 'imports',
  training: 'training',
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];
