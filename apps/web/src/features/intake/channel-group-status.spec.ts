import type { ChannelStatus } from '@fullcircle/shared';
import { CHANNEL_CARDS } from './channel-catalogue';
import { channelGroupStatus } from './channel-group-status';

const status = (overrides: Partial<ChannelStatus> & Pick<ChannelStatus, 'channel'>): ChannelStatus => ({
  state: 'not_configured',
  summary: 'Not set up yet',
  endpoints: [],
  accepted24h: 0,
  rejected24h: 0,
  recent: [],
  ...overrides,
});

const social = CHANNEL_CARDS.find((c) => c.id === 'social')!;

describe(channelGroupStatus.name, () => {
  it('is live when any of the card’s channels is, and merges counts, addresses and deliveries newest first', () => {
    const delivery = (at: string, channel: 'social' | 'review') => ({ at, channel, outcome: 'accepted' as const, status: 200, detail: null, source: null, feedbackId: null });
    const group = channelGroupStatus(
      social,
      [
        status({ channel: 'social', accepted24h: 2, recent: [delivery('2026-11-25T10:00:00.000Z', 'social')] }),
        status({
          channel: 'review',
          state: 'live',
          summary: '1 review source',
          endpoints: [{ label: 'Trustpilot', value: '/api/intake/webhooks/abc' }],
          accepted24h: 3,
          rejected24h: 1,
          recent: [delivery('2026-11-25T11:00:00.000Z', 'review')],
        }),
        status({ channel: 'api', state: 'live', accepted24h: 100 }),
      ],
      'https://fc.example',
    );
    expect(group).toMatchObject({
      live: true,
      summaries: ['1 review source'],
      endpoints: [{ label: 'Trustpilot', value: 'https://fc.example/api/intake/webhooks/abc' }],
      accepted24h: 5,
      rejected24h: 1,
    });
    expect(group.recent.map((d) => d.channel)).toEqual(['review', 'social']);
  });

  it('puts this server’s origin on paths, also inside a snippet’s src', () => {
    const web = CHANNEL_CARDS.find((c) => c.id === 'web')!;
    const group = channelGroupStatus(
      web,
      [status({ channel: 'widget', state: 'live', endpoints: [{ label: 'Script tag', value: '<script src="/widget.js" data-form="demo" async></script>' }] })],
      'https://fc.example',
    );
    expect(group.endpoints[0].value).toBe('<script src="https://fc.example/widget.js" data-form="demo" async></script>');
  });

  it('keeps absolute addresses as they are and tells what is missing when nothing is live', () => {
    const email = CHANNEL_CARDS.find((c) => c.id === 'email')!;
    const group = channelGroupStatus(
      email,
      [status({ channel: 'email', summary: 'Set INBOUND_EMAIL_ADDRESSES', endpoints: [{ label: 'Address', value: 'feedback@fc.example' }] })],
      'https://fc.example',
    );
    expect(group).toMatchObject({ live: false, summaries: ['Set INBOUND_EMAIL_ADDRESSES'], endpoints: [{ value: 'feedback@fc.example' }] });
  });
});
