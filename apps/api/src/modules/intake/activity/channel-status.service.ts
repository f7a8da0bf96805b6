import { Injectable } from '@nestjs/common';
import { CHANNELS, type Channel, type ChannelSetup, type ChannelStatus } from '@fullcircle/shared';
import { ChannelActivityService } from './channel-activity.service';

export type ChannelSetupProvider = () => Promise<ChannelSetup> | ChannelSetup;

const NOT_SET_UP: ChannelSetup = { state: 'not_configured', summary: 'Not set up yet', endpoints: [] };

/**
 * Settings → Channels: each channel's setup, told by the module that owns the channel (it
 * registers a provider at start), with its recent deliveries and counts.
 */
@Injectable()
export class ChannelStatusService {
  private readonly providers = new Map<Channel, ChannelSetupProvider>();

  constructor(private readonly activity: ChannelActivityService) {}

  /** Called by each channel's module in onModuleInit. One provider per channel. */
  register(channel: Channel, provider: ChannelSetupProvider): void {
    if (this.providers.has(channel)) throw new Error(`channel ${channel} already has a setup provider`);
    this.providers.set(channel, provider);
  }

  async list(): Promise<ChannelStatus[]> {
    const activity = await this.activity.readAll();
    return Promise.all(
      CHANNELS.map(async (channel) => {
        const setup = (await this.providers.get(channel)?.()) ?? NOT_SET_UP;
        return { channel, ...setup, ...activity.get(channel)! };
      }),
    );
  }
}
