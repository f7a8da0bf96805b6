import type { CustomerDetail, CustomerPage, SubmitFeedbackRequest, TimelineEntry } from '@fullcircle/shared';
import { IntakeService } from '../src/modules/intake/intake.service';
import { type E2eApp, startE2eApp } from './support/e2e-app';

const UNKNOWN_ID = '6f1c8a4e-5b0e-4f43-9a59-0a3c7c1f2b11';

describe('correcting customers (admin)', () => {
  let e2e: E2eApp;
  let admin: string;

  beforeAll(async () => {
    e2e = await startE2eApp('customers_admin');
    admin = await e2e.signIn('admin');
  });

  afterAll(() => e2e?.close());

  const submit = async (customer: SubmitFeedbackRequest['customer'], text = 'Where is my refund?') =>
    (await e2e.app.get(IntakeService).accept({ text, customer }, { channel: 'api', source: 'e2e' })).customerId;
  const post = (url: string, payload: object = {}, cookie = admin) => e2e.request({ method: 'POST', url, payload, cookie });
  const get = async <T>(url: string): Promise<T> => (await e2e.request({ method: 'GET', url, cookie: admin })).json() as T;
  const consent = (purpose: string, granted: boolean) => ({ purpose, granted, source: 'phone call', wording: `May we use your data for ${purpose}?` });
  const announced = (action: string, customerId: string) =>
    e2e.db.query(`SELECT payload, xmin::text AS tx FROM outbox_message WHERE queue = 'audit' AND payload->>'action' = $1 AND payload->>'targetId' = $2`, [
      action,
      customerId,
    ]);

  describe('merge', () => {
    it('moves identities, consents and feedback to the target, in one audited transaction', async () => {
      const target = await submit({ email: 'merge.target@example.test', name: 'Dana' }, 'first');
      await submit({ email: 'merge.target@example.test' }, 'second');
      const source = await submit({ phone: '+1 202 555 0143', locale: 'en-US' }, 'from the phone');
      expect((await post(`/api/customers/${source}/consents`, consent('research', true))).statusCode).toBe(201);

      const res = await post(`/api/customers/${target}/merge`, { sourceCustomerId: source });
      expect(res.statusCode).toBe(200);
      const merged = res.json() as CustomerDetail;
      expect(merged).toMatchObject({ id: target, name: 'Dana', locale: 'en-US', feedbackCount: 3, primaryPhone: '+12025550143' });
      expect(merged.identities.map((i) => i.value)).toEqual(['merge.target@example.test', '+12025550143']);
      expect(merged.consents).toEqual([expect.objectContaining({ purpose: 'research', granted: true })]);
      expect((await get<TimelineEntry[]>(`/api/customers/${target}/timeline`)).map((e) => e.text).sort()).toEqual(['first', 'from the phone', 'second']);

      const [audit] = await announced('customers.customer.merged', target);
      expect(audit.payload).toMatchObject({ actorName: expect.any(String), data: { sourceCustomerId: source, moved: { identities: 1, consents: 1, feedback: 1 } } });
      const [sourceRow] = await e2e.db.query('SELECT merged_into_id, xmin::text AS tx FROM customer WHERE id = $1', [source]);
      expect(sourceRow).toEqual({ merged_into_id: target, tx: audit.tx });

      // the merged id still leads to the customer, leaves the list, and its sender now lands on the target
      expect((await get<CustomerDetail>(`/api/customers/${source}`)).id).toBe(target);
      expect((await get<CustomerPage>('/api/customers?limit=100')).items.map((c) => c.id)).not.toContain(source);
      expect(await submit({ phone: '+12025550143' })).toBe(target);
    });

    it('refuses to merge a customer into itself, an unknown one, or one merged already', async () => {
      const a = await submit({ email: 'merge.a@example.test' });
      const b = await submit({ email: 'merge.b@example.test' });
      const self = await post(`/api/customers/${a}/merge`, { sourceCustomerId: a });
      expect([self.statusCode, self.json().issues]).toEqual([400, [expect.objectContaining({ field: 'sourceCustomerId' })]]);
      const unknown = await post(`/api/customers/${a}/merge`, { sourceCustomerId: UNKNOWN_ID });
      expect([unknown.statusCode, unknown.json().issues]).toEqual([400, [expect.objectContaining({ field: 'sourceCustomerId' })]]);
      expect((await post(`/api/customers/${UNKNOWN_ID}/merge`, { sourceCustomerId: a })).statusCode).toBe(404);
      expect((await post(`/api/customers/${a}/merge`, { sourceCustomerId: b })).statusCode).toBe(200);
      const again = await post(`/api/customers/${a}/merge`, { sourceCustomerId: b });
      expect([again.statusCode, again.json().issues]).toEqual([409, [expect.objectContaining({ field: 'sourceCustomerId' })]]);
    });
  });

  describe('split', () => {
    it('moves a wrongly attached identity to a new customer, audited', async () => {
      const customer = await submit({ email: 'split.me@example.test', handle: { network: 'twitter', handle: 'someone_else' } });
      const { identities } = await get<CustomerDetail>(`/api/customers/${customer}`);
      const handle = identities.find((i) => i.kind === 'handle')!;

      const res = await post(`/api/customers/${customer}/identities/${handle.id}/split`);
      expect(res.statusCode).toBe(201);
      const created = res.json() as CustomerDetail;
      expect(created.id).not.toBe(customer);
      expect(created.identities).toEqual([expect.objectContaining({ id: handle.id, value: 'twitter:someone_else' })]);
      expect((await get<CustomerDetail>(`/api/customers/${customer}`)).identities.map((i) => i.kind)).toEqual(['email']);
      expect(await announced('customers.identity.split', customer)).toEqual([
        expect.objectContaining({ payload: expect.objectContaining({ data: { identityId: handle.id, kind: 'handle', newCustomerId: created.id } }) }),
      ]);
      expect(await submit({ handle: { network: 'twitter', handle: '@Someone_Else' } })).toBe(created.id);
    });

    it("refuses to split off a customer's only identity or another customer's identity", async () => {
      const alone = await submit({ email: 'alone@example.test' });
      const other = await submit({ email: 'other@example.test' });
      const [only] = (await get<CustomerDetail>(`/api/customers/${alone}`)).identities;
      expect((await post(`/api/customers/${alone}/identities/${only.id}/split`)).statusCode).toBe(409);
      expect((await post(`/api/customers/${other}/identities/${only.id}/split`)).statusCode).toBe(404);
    });
  });

  describe('consent', () => {
    it('keeps the whole history and lets the latest record per purpose win', async () => {
      const customer = await submit({ email: 'consent@example.test' });
      for (const body of [consent('contact_about_feedback', true), consent('product_updates', true), consent('contact_about_feedback', false)]) {
        const res = await post(`/api/customers/${customer}/consents`, body);
        expect(res.statusCode).toBe(201);
        expect(res.json()).toEqual({ id: expect.any(String), ...body, recordedAt: expect.any(String) });
      }
      const detail = await get<CustomerDetail>(`/api/customers/${customer}`);
      expect(detail.consents.map((c) => [c.purpose, c.granted])).toEqual([
        ['contact_about_feedback', false],
        ['product_updates', true],
      ]);
      expect(detail.consentHistory.map((c) => [c.purpose, c.granted])).toEqual([
        ['contact_about_feedback', false],
        ['product_updates', true],
        ['contact_about_feedback', true],
      ]);
      expect(await announced('customers.consent.recorded', customer)).toHaveLength(3);
    });

    it.each([
      [{ ...consent('newsletter', true) }, 'purpose'],
      [{ ...consent('research', true), wording: '  ' }, 'wording'],
      [{ ...consent('research', true), granted: 'yes' }, 'granted'],
      [{ ...consent('research', true), channel: 'sms' }, 'channel'],
    ])('answers 400 naming the bad field', async (body, field) => {
      const customer = await submit({ email: 'consent.bad@example.test' });
      const res = await post(`/api/customers/${customer}/consents`, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([expect.objectContaining({ field })]);
    });
  });

  describe('denials', () => {
    it.each(['member', 'owner', 'executive'] as const)('forbids a %s to merge, split or record consent', async (role) => {
      const cookie = await e2e.signIn(role);
      const a = await submit({ email: `deny.${role}.a@example.test`, phone: '+33 6 11 22 33 44' });
      const b = await submit({ email: `deny.${role}.b@example.test` });
      const [identity] = (await get<CustomerDetail>(`/api/customers/${a}`)).identities;
      expect((await post(`/api/customers/${a}/merge`, { sourceCustomerId: b }, cookie)).statusCode).toBe(403);
      expect((await post(`/api/customers/${a}/identities/${identity.id}/split`, {}, cookie)).statusCode).toBe(403);
      expect((await post(`/api/customers/${a}/consents`, consent('research', true), cookie)).statusCode).toBe(403);
    });

    it('answers 401 without a session and 400 naming malformed ids', async () => {
      expect((await e2e.request({ method: 'POST', url: `/api/customers/${UNKNOWN_ID}/consents`, payload: consent('research', true) })).statusCode).toBe(401);
      const badId = await post('/api/customers/nope/merge', { sourceCustomerId: UNKNOWN_ID });
      expect([badId.statusCode, badId.json().issues]).toEqual([400, [expect.objectContaining({ field: 'id' })]]);
      const badSource = await post(`/api/customers/${UNKNOWN_ID}/merge`, { sourceCustomerId: 'nope' });
      expect([badSource.statusCode, badSource.json().issues]).toEqual([400, [expect.objectContaining({ field: 'sourceCustomerId' })]]);
      const badIdentity = await post(`/api/customers/${UNKNOWN_ID}/identities/nope/split`);
      expect([badIdentity.statusCode, badIdentity.json().issues]).toEqual([400, [expect.objectContaining({ field: 'identityId' })]]);
    });
  });
});
