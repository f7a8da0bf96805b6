import 'reflect-metadata';
import type { PortalMe } from '@fullcircle/shared';
import type { Response } from 'light-my-request';
import { randomUUID } from 'node:crypto';
import { recordCaseEvent } from '../src/modules/cases/case-events';
import { Case } from '../src/modules/cases/entities/case.entity';
import { CommunicationsService } from '../src/modules/communications/communications.service';
import { DispatchService } from '../src/modules/communications/dispatch/dispatch.service';
import { IntakeService } from '../src/modules/intake/intake.service';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { customerCookie } from './support/portal';
import { SmtpReceiver } from './support/smtp-receiver';
import { createTestDatabase } from './support/test-database';

interface Seeded {
  id: string;
  name: string;
  email: string;
  phone: string;
  texts: string[];
  openCaseId: string;
  closedCaseId: string;
  cookie: string;
}

/**
 * The signed-in customer's own data: everything held about them, what they may change, and
 * strict isolation — for every portal endpoint another customer's session reads and changes
 * nothing of theirs. Real PostgreSQL and SMTP; cases are filed directly (the HTTP app runs no worker).
 */
describe('portal: what a customer sees and changes about themselves', () => {
  let smtp: SmtpReceiver;
  let e2e: E2eApp;
  let departmentId: string;
  let ana: Seeded;
  let ben: Seeded;

  const seed = async (key: string, name: string, phone: string): Promise<Seeded> => {
    const email = `${key}.${Date.now()}@customer.test`;
    const intake = e2e.app.get(IntakeService);
    const texts = [`${key}: my bag never arrived at JFK`, `${key}: still no news by email`, `${key}: texting you again`];
    const first = await intake.accept({ text: texts[0], customer: { email, phone, name } }, { channel: 'api', source: 'api-key:e2e' });
    await intake.accept({ text: texts[1], subject: `${key} bag`, customer: { email } }, { channel: 'email', source: 'smtp' });
    const third = await intake.accept({ text: texts[2], score: { scale: 'nps', value: 3 }, customer: { phone } }, { channel: 'sms', source: 'twilio' });
    const customerId = first.customerId;
    expect(third.customerId).toBe(customerId);
    const openCase = await fileCase(customerId, first.conversationId, first.id, 'in_progress');
    const closedCase = await fileCase(customerId, third.conversationId, third.id, 'closed');
    await e2e.db.transaction(async (manager) => {
      await recordCaseEvent(manager, openCase, 'opened', { feedbackId: first.id });
      await recordCaseEvent(manager, openCase, 'note_added', { noteId: randomUUID(), mentions: [] });
      await recordCaseEvent(manager, openCase, 'status_changed', { from: 'assigned', to: 'in_progress', note: `${key} INTERNAL status note` });
      await manager.query(`INSERT INTO case_note (case_id, body) VALUES ($1, $2)`, [openCase, `${key} INTERNAL-NOTE do not show`]);
      await e2e.app.get(CommunicationsService).queueMessage(manager, { customerId, caseId: openCase, purpose: 'reply', subject: `About your bag, ${name}`, body: `${key}: we found your bag`, originalChannel: 'email' });
      await manager.query(`INSERT INTO consent_record (customer_id, purpose, granted, source, wording) VALUES ($1, 'research', true, 'web form', 'Surveys ok')`, [customerId]);
    });
    return { id: customerId, name, email, phone, texts, openCaseId: openCase, closedCaseId: closedCase, cookie: await customerCookie(e2e.db, customerId) };
  };

  const fileCase = async (customerId: string, conversationId: string, feedbackId: string, status: 'in_progress' | 'closed'): Promise<string> => {
    const c = await e2e.db.manager.save(
      e2e.db.manager.create(Case, {
        customerId,
        conversationId,
        firstFeedbackId: feedbackId,
        departmentId,
        status,
        priority: 'normal',
        routedBy: 'staff',
        routing: { by: 'staff', rule: null, model: null, explanation: 'filed by the test', decidedAt: new Date().toISOString() },
        slaPauses: [],
        slaFired: [],
        openedAt: new Date(),
      }),
    );
    await e2e.db.query('INSERT INTO case_item (feedback_id, case_id) VALUES ($1, $2)', [feedbackId, c.id]);
    return c.id;
  };

  beforeAll(async () => {
    smtp = await SmtpReceiver.start();
    e2e = await startE2eApp('portal_self_service', {
      DATABASE_URL: await createTestDatabase('portal_self_service'),
      SEED_DEMO: 'false',
      PUBLIC_URL: 'https://portal.fc-test.example',
      OUTBOUND_SMTP_URL: smtp.url,
    });
    [{ id: departmentId }] = await e2e.db.query(`INSERT INTO department (name, slug) VALUES ('Baggage', 'baggage') RETURNING id`);
    ana = await seed('ana', 'Ana López', '+447700900201');
    ben = await seed('ben', 'Ben Okafor', '+447700900202');
  }, 120_000);

  afterAll(async () => {
    await e2e?.close();
    await smtp?.stop();
  });

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, cookie?: string, payload?: object): Promise<Response> =>
    e2e.request({ method, url, cookie, ...(payload ? { payload } : {}) });
  const me = async (who: Seeded): Promise<PortalMe> => {
    const res = await call('GET', '/api/portal/me', who.cookie);
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  /** Everything personal about a customer that must never show up in another's portal. */
  const valuesOf = (who: Seeded) => [who.id, who.name, who.email, who.phone, who.openCaseId, who.closedCaseId, ...who.texts];
  const codeSentTo = async (email: string): Promise<string> => {
    const rows: { id: string }[] = await e2e.db.query(`SELECT id FROM outbound_message WHERE to_address = $1 AND purpose = 'sign_in' AND status = 'queued'`, [email]);
    for (const row of rows) await e2e.app.get(DispatchService).dispatch(row.id);
    const mails = smtp.to(email);
    return /\b(\d{6})\b/.exec(mails[mails.length - 1].parsed.text ?? '')![1];
  };

  describe('GET /api/portal/me', () => {
    it('shows everything held about the customer: profile, identities, consents, feedback in every channel, cases, messages and scores', async () => {
      const body = await me(ana);
      expect(body.profile).toMatchObject({ id: ana.id, name: ana.name });
      expect(body.identities.map((i) => [i.kind, i.value]).sort()).toEqual([['email', ana.email], ['phone', ana.phone]]);
      expect(body.feedback.map((f) => f.channel).sort()).toEqual(['api', 'email', 'sms']);
      expect(body.feedback.map((f) => f.text).sort()).toEqual([...ana.texts].sort());
      expect(body.scores).toEqual([expect.objectContaining({ scale: 'nps', value: 3, channel: 'sms' })]);
      expect(body.consents.find((c) => c.purpose === 'research')).toMatchObject({ granted: true });
      expect(body.consentHistory).toEqual([expect.objectContaining({ purpose: 'research', granted: true, source: 'web form', wording: 'Surveys ok' })]);
      expect(body.messages).toEqual([expect.objectContaining({ channel: 'email', subject: `About your bag, ${ana.name}`, body: 'ana: we found your bag', to: ana.email })]);

      const open = body.cases.find((c) => c.id === ana.openCaseId)!;
      expect(open).toMatchObject({ open: true, status: 'in_progress' });
      expect(open.timeline.map((e) => e.type)).toEqual(['opened', 'status_changed']);
      expect(body.cases.find((c) => c.id === ana.closedCaseId)).toMatchObject({ open: false });
    });

    it('never shows internal notes, even inside event data', async () => {
      const raw = (await call('GET', '/api/portal/me', ana.cookie)).body;
      expect(raw).not.toContain('INTERNAL');
    });

    it("never contains another customer's values", async () => {
      const raw = (await call('GET', '/api/portal/me', ana.cookie)).body;
      for (const value of valuesOf(ben)) expect({ value, found: raw.includes(value) }).toEqual({ value, found: false });
      const rawBen = (await call('GET', '/api/portal/me', ben.cookie)).body;
      for (const value of valuesOf(ana)) expect({ value, found: rawBen.includes(value) }).toEqual({ value, found: false });
    });

    it('follows a merge: the session of a customer merged into another shows the survivor', async () => {
      const [{ id: merged }] = await e2e.db.query(`INSERT INTO customer (name, merged_into_id) VALUES ('old record', $1) RETURNING id`, [ben.id]);
      const res = await call('GET', '/api/portal/me', await customerCookie(e2e.db, merged));
      expect(res.json().profile.id).toBe(ben.id);
    });
  });

  describe('PATCH /api/portal/me', () => {
    it("corrects the customer's own name, preferred channel and language, and nobody else's", async () => {
      const res = await call('PATCH', '/api/portal/me', ana.cookie, { name: 'Ana López García', preferredChannel: 'sms', language: 'es' });
      expect(res.statusCode).toBe(200);
      expect(res.json().profile).toMatchObject({ name: 'Ana López García', preferredChannel: 'sms', language: 'es' });
      ana.name = 'Ana López García';
      expect((await me(ben)).profile).toMatchObject({ name: ben.name, preferredChannel: null, language: null });
    });

    it('answers 400 naming the field', async () => {
      for (const [payload, field] of [
        [{ preferredChannel: 'pigeon' }, 'preferredChannel'],
        [{ language: 'not a language' }, 'language'],
        [{ name: '' }, 'name'],
        [{ customerId: ben.id }, 'customerId'],
        [{}, 'name'],
      ] as const) {
        const res = await call('PATCH', '/api/portal/me', ana.cookie, payload);
        expect({ payload, status: res.statusCode }).toEqual({ payload, status: 400 });
        expect(res.json().issues.map((i: { field: string }) => i.field)).toContain(field);
      }
    });
  });

  describe('consents', () => {
    it('appends a record (source portal, with the wording shown) to the customer’s own history; withdrawing is as easy', async () => {
      expect((await call('PUT', '/api/portal/consents/product_updates', ana.cookie, { granted: true })).statusCode).toBe(204);
      expect((await call('PUT', '/api/portal/consents/product_updates', ana.cookie, { granted: false })).statusCode).toBe(204);
      const body = await me(ana);
      expect(body.consents.find((c) => c.purpose === 'product_updates')).toMatchObject({ granted: false });
      const history = body.consentHistory.filter((c) => c.purpose === 'product_updates');
      expect(history.map((c) => [c.granted, c.source])).toEqual([[false, 'portal'], [true, 'portal']]);
      expect(history[0].wording.length).toBeGreaterThan(10);
      expect((await me(ben)).consentHistory.filter((c) => c.purpose === 'product_updates')).toEqual([]);
    });

    it('answers 400 naming the field', async () => {
      const badPurpose = await call('PUT', '/api/portal/consents/spam', ana.cookie, { granted: true });
      expect(badPurpose.statusCode).toBe(400);
      expect(badPurpose.json().issues[0].field).toBe('purpose');
      const badBody = await call('PUT', '/api/portal/consents/research', ana.cookie, { granted: 'yes' });
      expect(badBody.statusCode).toBe(400);
      expect(badBody.json().issues[0].field).toBe('granted');
    });
  });

  describe('identities', () => {
    it('adds a new address once the code sent to it comes back, verified', async () => {
      const added = `ana.work.${Date.now()}@customer.test`;
      expect((await call('POST', '/api/portal/identities', ana.cookie, { kind: 'email', value: added })).statusCode).toBe(202);
      const code = await codeSentTo(added);
      // another customer cannot use Ana's code
      expect((await call('POST', '/api/portal/identities/verify', ben.cookie, { code })).statusCode).toBe(400);
      expect((await call('POST', '/api/portal/identities/verify', ana.cookie, { code })).statusCode).toBe(204);
      expect((await me(ana)).identities).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'email', value: added, verified: true })]));
      expect((await me(ben)).identities.map((i) => i.value)).not.toContain(added);
    });

    it("answers 409 for an address that is another customer's, without saying whose", async () => {
      expect((await call('POST', '/api/portal/identities', ana.cookie, { kind: 'email', value: ben.email })).statusCode).toBe(202);
      const code = await codeSentTo(ben.email);
      const res = await call('POST', '/api/portal/identities/verify', ana.cookie, { code });
      expect(res.statusCode).toBe(409);
      for (const value of [ben.id, ben.name]) expect(res.body).not.toContain(value);
      const [owner] = await e2e.db.query(`SELECT customer_id FROM customer_identity WHERE kind = 'email' AND value = $1`, [ben.email]);
      expect(owner.customer_id).toBe(ben.id);
    });

    it('refuses a wrong code and bad input with 400 naming the field', async () => {
      const wrong = await call('POST', '/api/portal/identities/verify', ana.cookie, { code: '12345' });
      expect(wrong.json().issues[0].field).toBe('code');
      const notEmail = await call('POST', '/api/portal/identities', ana.cookie, { kind: 'email', value: 'nope' });
      expect(notEmail.statusCode).toBe(400);
      expect(notEmail.json().issues[0].field).toBe('value');
      const badKind = await call('POST', '/api/portal/identities', ana.cookie, { kind: 'handle', value: 'x' });
      expect(badKind.statusCode).toBe(400);
      expect(badKind.json().issues[0].field).toBe('kind');
    });
  });

  describe('comments on cases', () => {
    it("becomes a message from the customer in the open case's conversation", async () => {
      const res = await call('POST', `/api/portal/cases/${ana.openCaseId}/comments`, ana.cookie, { text: 'Any news about my bag?' });
      expect(res.statusCode).toBe(201);
      const [row] = await e2e.db.query(
        `SELECT f.customer_id, f.channel, f.source, f.conversation_id = c.conversation_id AS same_thread
           FROM feedback f JOIN cases c ON c.id = $2 WHERE f.id = $1`,
        [res.json().id, ana.openCaseId],
      );
      expect(row).toEqual({ customer_id: ana.id, channel: 'web_form', source: 'portal', same_thread: true });
      expect((await me(ana)).feedback.map((f) => f.text)).toContain('Any news about my bag?');
    });

    it("answers 404 for another customer's case and for an id that is no case, and 409 for a closed case", async () => {
      const other = await call('POST', `/api/portal/cases/${ben.openCaseId}/comments`, ana.cookie, { text: 'sneaky' });
      expect(other.statusCode).toBe(404);
      expect((await call('POST', `/api/portal/cases/${randomUUID()}/comments`, ana.cookie, { text: 'hello' })).statusCode).toBe(404);
      expect((await call('POST', `/api/portal/cases/${ana.closedCaseId}/comments`, ana.cookie, { text: 'hello' })).statusCode).toBe(409);
      const [{ n }] = await e2e.db.query(`SELECT count(*)::int AS n FROM feedback WHERE text = 'sneaky'`);
      expect(n).toBe(0);
    });

    it('answers 400 naming the field', async () => {
      const badId = await call('POST', '/api/portal/cases/not-a-uuid/comments', ana.cookie, { text: 'hello' });
      expect(badId.json().issues[0].field).toBe('caseId');
      const empty = await call('POST', `/api/portal/cases/${ana.openCaseId}/comments`, ana.cookie, { text: '  ' });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().issues[0].field).toBe('text');
    });
  });

  it("signing out ends the caller's own session only", async () => {
    const bens = await customerCookie(e2e.db, ben.id);
    expect((await call('POST', '/api/portal/sign-out', bens)).statusCode).toBe(204);
    expect((await call('GET', '/api/portal/me', bens)).statusCode).toBe(401);
    expect((await call('GET', '/api/portal/me', ana.cookie)).statusCode).toBe(200);
    expect((await call('GET', '/api/portal/me', ben.cookie)).statusCode).toBe(200);
  });

  it('answers 401 on every portal endpoint without a customer session, and a staff cookie is no customer session', async () => {
    const endpoints: [Parameters<typeof call>[0], string, object?][] = [
      ['GET', '/api/portal/me'],
      ['PATCH', '/api/portal/me', { name: 'x' }],
      ['POST', '/api/portal/identities', { kind: 'email', value: 'x@y.test' }],
      ['POST', '/api/portal/identities/verify', { code: '123456' }],
      ['PUT', '/api/portal/consents/research', { granted: false }],
      ['POST', `/api/portal/cases/${ana.openCaseId}/comments`, { text: 'hi' }],
      ['POST', '/api/portal/sign-out'],
    ];
    for (const [method, url, payload] of endpoints) {
      for (const cookie of [undefined, 'fc_session=some-staff-session']) {
        const res = await call(method, url, cookie, payload);
        expect({ method, url, cookie, status: res.statusCode }).toEqual({ method, url, cookie, status: 401 });
      }
    }
  });
});
