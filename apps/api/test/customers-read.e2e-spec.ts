import type { CustomerDetail, CustomerPage, SubmitFeedbackRequest, TimelineEntry } from '@fullcircle/shared';
import { IntakeService } from '../src/modules/intake/intake.service';
import { type E2eApp, startE2eApp } from './support/e2e-app';

const UNKNOWN_ID = '6f1c8a4e-5b0e-4f43-9a59-0a3c7c1f2b11';

describe('reading customers', () => {
  let e2e: E2eApp;
  let member: string;
  const ids: Record<'ana' | 'bruno' | 'chloe', string> = { ana: '', bruno: '', chloe: '' };

  const submit = (customer: SubmitFeedbackRequest['customer'], text: string, receivedAt: string, channel: 'api' | 'sms' | 'email' = 'api') =>
    e2e.app.get(IntakeService).accept({ text, customer, receivedAt }, { channel, source: 'e2e' });
  const get = async <T>(url: string, cookie = member): Promise<T> => {
    const res = await e2e.request({ method: 'GET', url, cookie });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json() as T;
  };

  beforeAll(async () => {
    e2e = await startE2eApp('customers_read');
    // this suite counts and orders customers, so it starts from none (the demo history is seeded at boot)
    await e2e.db.query('TRUNCATE feedback, consent_record, customer_identity, customer CASCADE');
    member = await e2e.signIn('member');
    ids.ana = (await submit({ email: 'ana.silva@example.test', name: 'Ana Silva', phone: '+44 7700 900123' }, 'Bag lost on UA12', '2026-11-01T10:00:00Z')).customerId;
    await submit({ phone: '07700 900123', locale: 'en-GB' }, 'Any news about my bag?', '2026-11-02T10:00:00Z', 'sms');
    await submit({ email: 'ANA.SILVA@example.test' }, 'Bag found, thanks', '2026-11-03T10:00:00Z', 'email');
    ids.bruno = (await submit({ email: 'bruno@example.test', name: 'Bruno Costa' }, 'Meal was cold', '2026-11-02T12:00:00Z')).customerId;
    ids.chloe = (await submit({ handle: { network: 'twitter', handle: '@chloe' } }, 'Great crew', '2026-11-04T12:00:00Z')).customerId;
  });

  afterAll(() => e2e?.close());

  it('lists customers newest first with their main contacts and activity, to any staff role', async () => {
    const page = await get<CustomerPage>('/api/customers');
    expect(page.items.map((c) => c.id)).toEqual([ids.chloe, ids.bruno, ids.ana]);
    expect(page.items[2]).toEqual({
      id: ids.ana, name: 'Ana Silva', primaryEmail: 'ana.silva@example.test', primaryPhone: '+447700900123',
      feedbackCount: 3, lastFeedbackAt: '2026-11-03T10:00:00.000Z', createdAt: expect.any(String),
    });
    expect(page.nextCursor).toBeNull();
    for (const role of ['admin', 'executive', 'owner'] as const) {
      expect((await e2e.request({ method: 'GET', url: '/api/customers', cookie: await e2e.signIn(role) })).statusCode).toBe(200);
    }
  });

  it.each([
    ['name', 'silva', ['ana']],
    ['email', 'BRUNO@', ['bruno']],
    ['E.164 phone', '+447700900123', ['ana']],
    ['national phone', '07700 900123', ['ana']],
    ['handle', 'twitter:chl', ['chloe']],
    ['nothing', 'zebra', []],
  ] as const)('searches by %s', async (_what, search, expected) => {
    const page = await get<CustomerPage>(`/api/customers?search=${encodeURIComponent(search)}`);
    expect(page.items.map((c) => c.id)).toEqual(expected.map((name) => ids[name]));
  });

  it('pages with a keyset cursor', async () => {
    const first = await get<CustomerPage>('/api/customers?limit=2');
    expect(first.items.map((c) => c.id)).toEqual([ids.chloe, ids.bruno]);
    const second = await get<CustomerPage>(`/api/customers?limit=2&cursor=${first.nextCursor}`);
    expect(second).toEqual({ items: [expect.objectContaining({ id: ids.ana })], nextCursor: null });
  });

  it('shows one customer with identities and consents, blanks filled in by later submissions', async () => {
    const detail = await get<CustomerDetail>(`/api/customers/${ids.ana}`);
    expect(detail).toMatchObject({ id: ids.ana, name: 'Ana Silva', locale: 'en-GB', feedbackCount: 3, consents: [], consentHistory: [] });
    expect(detail.identities.map((i) => [i.kind, i.value, i.verified])).toEqual([
      ['email', 'ana.silva@example.test', false],
      ['phone', '+447700900123', false],
    ]);
  });

  it('shows the cross-channel timeline newest first, page by page', async () => {
    const all = await get<TimelineEntry[]>(`/api/customers/${ids.ana}/timeline`);
    expect(all.map((e) => [e.channel, e.text])).toEqual([
      ['email', 'Bag found, thanks'],
      ['sms', 'Any news about my bag?'],
      ['api', 'Bag lost on UA12'],
    ]);
    expect(all[0]).toEqual({
      kind: 'feedback',
      id: expect.any(String),
      channel: 'email',
      subject: null,
      text: 'Bag found, thanks',
      score: null,
      language: null,
      sentiment: null,
      topics: [],
      conversationReference: expect.stringMatching(/^FC-[0-9A-Z]{8}$/),
      at: '2026-11-03T10:00:00.000Z',
    });
    const firstPage = await get<TimelineEntry[]>(`/api/customers/${ids.ana}/timeline?limit=2`);
    const rest = await get<TimelineEntry[]>(`/api/customers/${ids.ana}/timeline?limit=2&before=${firstPage[1].id}`);
    expect([...firstPage, ...rest].map((e) => e.id)).toEqual(all.map((e) => e.id));
  });

  it('answers 404 for an unknown customer', async () => {
    expect((await e2e.request({ method: 'GET', url: `/api/customers/${UNKNOWN_ID}`, cookie: member })).statusCode).toBe(404);
    expect((await e2e.request({ method: 'GET', url: `/api/customers/${UNKNOWN_ID}/timeline`, cookie: member })).statusCode).toBe(404);
  });

  it.each([
    ['/api/customers/not-a-uuid', 'id'],
    ['/api/customers/not-a-uuid/timeline', 'id'],
    [`/api/customers/${UNKNOWN_ID}/timeline?before=yesterday`, 'before'],
    ['/api/customers?limit=0', 'limit'],
    ['/api/customers?cursor=abc', 'cursor'],
    ['/api/customers?sort=name', 'sort'],
    ['/api/customers?search=a%00b', 'search'],
  ])('answers 400 naming the field for %s', async (url, field) => {
    const res = await e2e.request({ method: 'GET', url, cookie: member });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([expect.objectContaining({ field })]);
  });

  it("answers 400 naming before when it is not an entry of this customer's timeline", async () => {
    const [bruno] = await get<TimelineEntry[]>(`/api/customers/${ids.bruno}/timeline`);
    const res = await e2e.request({ method: 'GET', url: `/api/customers/${ids.ana}/timeline?before=${bruno.id}`, cookie: member });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([expect.objectContaining({ field: 'before' })]);
  });

  it('answers 401 without a session', async () => {
    for (const url of ['/api/customers', `/api/customers/${ids.ana}`, `/api/customers/${ids.ana}/timeline`]) {
      expect((await e2e.request({ method: 'GET', url })).statusCode).toBe(401);
    }
  });
});
