/** Every BullMQ queue, named after the capability that owns it (architecture.md). */
export const QUEUE = {
  audit: 'audit',
  cases: 'cases',
  communications: 'communications',
  enrichment: 'enrichment',
  imports: 'imports',
  routing: 'routing',
  training: 'training',
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];
