import { randomBytes } from 'node:crypto';
import { type ChannelStatus, channelStatusListSchema } from '@fullcircle/shared';
import { twilioSignature } from '../src/modules/intake/sms-signature';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { waitFor } from './support/wait-for';
import { createApiKey, feedbackPayload, submitFeedback } from './support/intake-api';

const CHANNELS_URL = '/api/intake/channels';
const TOKEN = 'channels-test-token-0123';

describe('channel status (GET /api/intake/channels)', () => {
  let e2e: E2eApp;
  let admin: string;

  beforeAll(async () => {
    e2e = await startE2eApp('intake_channels', { TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_URL: 'https://fc.example.test' });
    admin = await e2e.signIn('admin');
  });

  afterAll(() => e2e?.close());

  const channels = async (): Promise<Map<string, ChannelStatus>> => {
    const res = await e2e.request({ method: 'GET', url: CHANNELS_URL, cookie: admin });
    expect(res.statusCode).toBe(200);
    return new Map(channelStatusListSchema.parse(res.json()).channels.map((c) => [c.channel, c]));
  };

  it('lists every channel with its setup: the public API and SMS are live with their addresses', async () => {
    const all = await channels();
    expect(all.get('api')).toMatchObject({ state: 'live', endpoints: [{ label: 'Endpoint', value: '/api/intake/feedback' }] });
    expect(all.get('sms')).toMatchObject({ state: 'live', endpoints: [{ value: 'https://fc.example.test/api/intake/sms/twilio' }] });
    expect(all.size).toBe(10);
  });

  it('shows accepted and rejected deliveries, newest first, with why a rejection happened', async () => {
    const key = await createApiKey(e2e, admin);
    const accepted = await submitFeedback(e2e, { secret: key.secret, payload: feedbackPayload() });
    expect(accepted.statusCode).toBe(202);
    const invalid = await submitFeedback(e2e, { secret: key.secret, payload: feedbackPayload({ text: '' }) });
    expect(invalid.statusCode).toBe(400);
    const unauthenticated = await submitFeedback(e2e, { payload: feedbackPayload() });
    expect(unauthenticated.statusCode).toBe(401);

    const api = await waitFor('three api deliveries', async () => {
      const status = (await channels()).get('api')!;
      return status.recent.length >= 3 ? status : undefined;
    });
    expect(api.accepted24h).toBe(1);
    expect(api.rejected24h).toBe(2);
    expect(api.recent.slice(0, 3)).toEqual([
      expect.objectContaining({ outcome: 'rejected', status: 401 }),
      expect.objectContaining({ outcome: 'rejected', status: 400, detail: expect.stringMatching(/^text: /) }),
      expect.objectContaining({ outcome: 'accepted', status: 202, feedbackId: accepted.json().id }),
    ]);
  });

  it('records a bad SMS signature against the SMS channel', async () => {
    const params = { MessageSid: `SM${randomBytes(16).toString('hex')}`, From: '+447700900123', To: '+447700900999', Body: 'hi' };
    const res = await e2e.request({
      method: 'POST',
      url: '/api/intake/sms/twilio',
      payload: new URLSearchParams(params).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature('another-token-000000', 'https://fc.example.test/api/intake/sms/twilio', params) },
    });
    expect(res.statusCode).toBe(403);
    const sms = await waitFor('an sms delivery', async () => {
      const status = (await channels()).get('sms')!;
      return status.recent.length ? status : undefined;
    });
    expect(sms.recent[0]).toMatchObject({ outcome: 'rejected', status: 403, channel: 'sms' });
  });

  it('is for admins only', async () => {
    for (const role of ['owner', 'member', 'executive'] as const) {
      const res = await e2e.request({ method: 'GET', url: CHANNELS_URL, cookie: await e2e.signIn(role) });
      expect({ role, status: res.statusCode }).toEqual({ role, status: 403 });
    }
    expect((await e2e.request({ method: 'GET', url: CHANNELS_URL })).statusCode).toBe(401);
  });
});
