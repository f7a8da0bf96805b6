import { WEBHOOK_MAPPING_PRESETS, type WebhookFieldMapping, type WebhookSourceKind } from '@fullcircle/shared';

export interface DemoWebhookSource {
  /** Fixed, so a second start finds the source it created. */
  id: string;
  name: string;
  kind: WebhookSourceKind;
  network: string;
  mapping: WebhookFieldMapping;
  /** Payloads as the platform would post them. */
  deliveries: Record<string, unknown>[];
}

const preset = (id: 'review' | 'social') => WEBHOOK_MAPPING_PRESETS.find((p) => p.id === id)!.mapping;
const hoursAgo = (now: Date, hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

export function demoWebhookSources(now: Date): DemoWebhookSource[] {
  const review = (id: string, stars: number, title: string, text: string, consumer: [string, string], hours: number) => ({
    event: 'service-review-created',
    review: { id, title, text, stars, language: 'en', createdAt: hoursAgo(now, hours), link: `https://reviews.example.com/reviews/${id}` },
    consumer: { id: consumer[0], displayName: consumer[1] },
  });
  const mention = (id: string, text: string, user: [string, string], hours: number) => ({
    data: { id, text, created_at: hoursAgo(now, hours), lang: 'en', url: `https://x.example.com/${user[0]}/status/${id}` },
    includes: { users: [{ id: `u-${user[0]}`, username: user[0], name: user[1] }] },
  });
  return [
    {
      id: '7e1d0c07-0000-4000-8000-000000000001',
      name: 'Trustpilot reviews',
      kind: 'review',
      network: 'trustpilot',
      mapping: preset('review'),
      deliveries: [
        review('demo-rv-1001', 5, 'Smooth from check-in to landing', 'Bag drop took two minutes and the crew were lovely. Will fly again.', ['tp-5521', 'Priya S.'], 50),
        review('demo-rv-1002', 2, 'Refund still missing', 'My flight was cancelled three weeks ago and I am still waiting for the refund I was promised.', ['tp-8834', 'Tom H.'], 26),
        review('demo-rv-1003', 4, 'Good seats, slow boarding', 'Comfortable seats and decent food, but boarding was chaotic and nobody explained the delay.', ['tp-1290', 'Marta K.'], 5),
      ],
    },
    {
      id: '7e1d0c07-0000-4000-8000-000000000002',
      name: 'X mentions',
      kind: 'social',
      network: 'twitter',
      mapping: preset('social'),
      deliveries: [
        mention('demo-tw-2001', '@FullcircleAir stuck at gate B12 for two hours, no announcements. Any update?', ['jetlagjess', 'Jess'], 30),
        mention('demo-tw-2002', 'Shout out to the @FullcircleAir crew on the Lisbon flight, they found my daughter\'s lost toy!', ['davidm', 'David M'], 8),
        mention('demo-tw-2003', '@FullcircleAir the app logs me out every time I try to check in. Third time today.', ['nomadnat', 'Nat'], 2),
      ],
    },
  ];
}
