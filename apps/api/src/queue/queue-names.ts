/** Every BullMQ queue, named after the capability that owns it (architecture.md). */
export const QUEUE = {
  audit: 'audit',
  cases: 'cases',
  communications: 'communications',
  enrichment: 'enrichment',
  imports: 'imports',
  initiatives: 'initiatives',
  routing: 'routing',
  surges: 'surges',
  training: 'training',
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];
