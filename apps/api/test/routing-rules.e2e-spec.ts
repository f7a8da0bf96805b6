import { randomBytes } from 'node:crypto';
import { DEMO_LOGINS, type RoutingRuleDto, type RoutingRuleInput } from '@fullcircle/shared';
import { type E2eApp, startE2eApp } from './support/e2e-app';

const URL = '/api/routing/rules';

const baseRule = (overrides: Partial<RoutingRuleInput> = {}): RoutingRuleInput => ({
  name: 'Lost bags',
  enabled: true,
  match: 'all',
  conditions: [
    { field: 'sentiment', values: ['negative'] },
    { field: 'keywords', match: 'any', values: ['lost * bag'] },
  ],
  actions: { priority: 'high' },
  ...overrides,
});

describe('Routing rules API (/api/routing/rules)', () => {
  let e2e: E2eApp;
  let admin: string;
  let owner: string;
  let member: string;
  let executive: string;
  let baggageId: string;
  let careId: string;

  beforeAll(async () => {
    e2e = await startE2eApp('routing_rules');
    [admin, owner, member, executive] = await Promise.all([e2e.signIn('admin'), e2e.signIn('owner'), e2e.signIn('member'), e2e.signIn('executive')]);
    const departments: { id: string; slug: string }[] = await e2e.db.query(`SELECT id, slug FROM department`);
    baggageId = departments.find((d) => d.slug === 'baggage')!.id;
    careId = departments.find((d) => d.slug === 'customer-care')!.id;
  });

  afterAll(() => e2e?.close());

  const call = (cookie: string | undefined, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    e2e.request({ method, url, cookie, ...(payload === undefined ? {} : { payload: payload as object }) });
  const create = (cookie: string, rule: RoutingRuleInput, departmentId: string | null) => call(cookie, 'POST', URL, { rule, departmentId });
  const list = async (cookie: string): Promise<RoutingRuleDto[]> => (await call(cookie, 'GET', URL)).json();
  const fields = (res: { json(): { issues?: { field: string }[] } }) => (res.json().issues ?? []).map((i) => i.field);

  describe('create, read, update, delete', () => {
    it('creates a rule at the end of the order, lists it, updates it, deletes it, and audits each change', async () => {
      const before = await list(admin);
      const res = await create(admin, baseRule({ name: 'CRUD rule' }), null);
      expect(res.statusCode).toBe(201);
      const created: RoutingRuleDto = res.json();
      expect(created).toMatchObject({ name: 'CRUD rule', enabled: true, match: 'all', departmentId: null, editable: true });
      expect(created.position).toBe(before.length === 0 ? 0 : Math.max(...before.map((r) => r.position)) + 1);
      expect((await list(admin)).map((r) => r.id)).toContain(created.id);

      const updated = await call(admin, 'PUT', `${URL}/${created.id}`, {
        rule: baseRule({ name: 'CRUD rule renamed', enabled: false, match: 'any', actions: { departmentId: careId, tags: ['bags'] } }),
        departmentId: careId,
      });
      expect(updated.statusCode).toBe(200);
      const row = (await e2e.db.query(`SELECT name, enabled, match, actions, department_id FROM routing_rule WHERE id = $1`, [created.id]))[0];
      expect(row).toEqual({ name: 'CRUD rule renamed', enabled: false, match: 'any', actions: { departmentId: careId, tags: ['bags'] }, department_id: careId });

      expect((await call(admin, 'DELETE', `${URL}/${created.id}`)).statusCode).toBe(204);
      expect(await e2e.db.query(`SELECT 1 FROM routing_rule WHERE id = $1`, [created.id])).toHaveLength(0);
      expect((await call(admin, 'DELETE', `${URL}/${created.id}`)).statusCode).toBe(404);

      const audited = async () =>
        (await e2e.db.query(`SELECT action FROM audit_event WHERE target_id = $1 ORDER BY occurred_at`, [created.id])).map((r: { action: string }) => r.action);
      const outboxed = (
        await e2e.db.query(`SELECT payload->>'action' AS action FROM outbox_message WHERE payload->>'targetId' = $1`, [created.id])
      ).map((r: { action: string }) => r.action);
      const actions = [...new Set([...(await audited()), ...outboxed])].sort();
      expect(actions).toEqual(['routing.rule.created', 'routing.rule.deleted', 'routing.rule.updated']);
    });
  });

  describe('ordering', () => {
    it('reorders all rules in one request and lists them in the new order; a partial list is refused', async () => {
      const ids: string[] = [];
      for (const name of ['Order A', 'Order B', 'Order C']) ids.push((await create(admin, baseRule({ name }), null)).json().id);
      const current = (await list(admin)).map((r) => r.id);
      expect(current.slice(-3)).toEqual(ids);
      const wanted = [...current.slice(0, -3), ids[2], ids[0], ids[1]];
      const res = await call(admin, 'POST', `${URL}/reorder`, { ids: wanted });
      expect(res.statusCode).toBe(200);
      const after = await list(admin);
      expect(after.map((r) => r.id)).toEqual(wanted);
      expect(after.map((r) => r.position)).toEqual(wanted.map((_, i) => i));

      const partial = await call(admin, 'POST', `${URL}/reorder`, { ids: wanted.slice(1) });
      expect(partial.statusCode).toBe(400);
      expect(fields(partial)).toEqual(['ids']);
      const twice = await call(admin, 'POST', `${URL}/reorder`, { ids: [...wanted.slice(1), wanted[1]] });
      expect(twice.statusCode).toBe(400);
      expect((await list(admin)).map((r) => r.id)).toEqual(wanted);
    });
  });

  describe('validation', () => {
    it('answers 400 naming each invalid field', async () => {
      const cases: [unknown, string][] = [
        [{ rule: { ...baseRule(), name: '' }, departmentId: null }, 'rule.name'],
        [{ rule: baseRule({ conditions: [{ field: 'sentiment', values: ['furious' as never] }] }), departmentId: null }, 'rule.conditions.0.values.0'],
        [{ rule: baseRule({ conditions: [{ field: 'score', scale: 'nps' }] }), departmentId: null }, 'rule.conditions.0.min'],
        [{ rule: baseRule({ conditions: [{ field: 'score', scale: 'nps', min: 9, max: 3 }] }), departmentId: null }, 'rule.conditions.0.max'],
        [{ rule: baseRule({ actions: { assignment: { strategy: 'person' } } }), departmentId: null }, 'rule.actions.assignment.userId'],
        [{ rule: baseRule(), departmentId: 'not-a-uuid' }, 'departmentId'],
        [{ rule: baseRule() }, 'departmentId'],
      ];
      for (const [payload, field] of cases) {
        const res = await call(admin, 'POST', URL, payload);
        expect({ field, status: res.statusCode }).toEqual({ field, status: 400 });
        expect(fields(res)).toContain(field);
      }
    });

    it('answers 400 when the target department, the rule department or the named person does not exist', async () => {
      const ghost = '00000000-0000-4000-8000-000000000000';
      const noTarget = await create(admin, baseRule({ actions: { departmentId: ghost } }), null);
      expect(noTarget.statusCode).toBe(400);
      expect(fields(noTarget)).toEqual(['rule.actions.departmentId']);
      const noOwnerDept = await create(admin, baseRule(), ghost);
      expect(noOwnerDept.statusCode).toBe(400);
      expect(fields(noOwnerDept)).toEqual(['departmentId']);
      const noPerson = await create(admin, baseRule({ actions: { assignment: { strategy: 'person', userId: ghost } } }), null);
      expect(noPerson.statusCode).toBe(400);
      expect(fields(noPerson)).toEqual(['rule.actions.assignment.userId']);
    });
  });

  describe('who may do what', () => {
    it('answers 401 without a session and 403 to members and executives, on every route', async () => {
      const some = (await create(admin, baseRule({ name: 'Guarded' }), null)).json().id;
      const routes: ['GET' | 'POST' | 'PUT' | 'DELETE', string, unknown?][] = [
        ['GET', URL],
        ['POST', URL, { rule: baseRule(), departmentId: null }],
        ['PUT', `${URL}/${some}`, { rule: baseRule(), departmentId: null }],
        ['DELETE', `${URL}/${some}`],
        ['POST', `${URL}/reorder`, { ids: [] }],
        ['POST', `${URL}/test`, { rule: baseRule() }],
        ['GET', `${URL}/assignees`],
      ];
      for (const [method, url, payload] of routes) {
        expect([method, url, (await call(undefined, method, url, payload)).statusCode]).toEqual([method, url, 401]);
        expect([method, url, (await call(member, method, url, payload)).statusCode]).toEqual([method, url, 403]);
        expect([method, url, (await call(executive, method, url, payload)).statusCode]).toEqual([method, url, 403]);
      }
      expect(await e2e.db.query(`SELECT 1 FROM routing_rule WHERE id = $1`, [some])).toHaveLength(1);
    });

    it('lets an owner create and edit rules of their own department only, and marks which rules they may edit', async () => {
      expect(DEMO_LOGINS.owner.departmentSlugs).toEqual(['baggage']);
      const orgWide = (await create(admin, baseRule({ name: 'Org wide' }), null)).json().id;
      const careRule = (await create(admin, baseRule({ name: 'Care rule' }), careId)).json().id;

      const own = await create(owner, baseRule({ name: 'Owner rule', actions: { departmentId: baggageId, priority: 'high' } }), baggageId);
      expect(own.statusCode).toBe(201);
      const ownId: string = own.json().id;

      expect((await create(owner, baseRule(), null)).statusCode).toBe(403);
      expect((await create(owner, baseRule(), careId)).statusCode).toBe(403);
      expect((await create(owner, baseRule({ actions: { departmentId: careId } }), baggageId)).statusCode).toBe(403);
      expect((await call(owner, 'PUT', `${URL}/${careRule}`, { rule: baseRule(), departmentId: baggageId })).statusCode).toBe(403);
      expect((await call(owner, 'PUT', `${URL}/${orgWide}`, { rule: baseRule(), departmentId: baggageId })).statusCode).toBe(403);
      expect((await call(owner, 'DELETE', `${URL}/${careRule}`)).statusCode).toBe(403);
      expect((await call(owner, 'DELETE', `${URL}/${orgWide}`)).statusCode).toBe(403);
      // moving their own rule into another department is refused too
      expect((await call(owner, 'PUT', `${URL}/${ownId}`, { rule: baseRule(), departmentId: careId })).statusCode).toBe(403);
      expect((await call(owner, 'PUT', `${URL}/${ownId}`, { rule: baseRule({ name: 'Owner rule v2' }), departmentId: baggageId })).statusCode).toBe(200);

      const seen = await list(owner);
      const editable = Object.fromEntries(seen.map((r) => [r.id, r.editable]));
      expect(editable[orgWide]).toBe(false);
      expect(editable[careRule]).toBe(false);
      expect(editable[ownId]).toBe(true);
      expect((await list(admin)).every((r) => r.editable)).toBe(true);
      expect(await e2e.db.query(`SELECT name FROM routing_rule WHERE id IN ($1, $2) ORDER BY name`, [orgWide, careRule])).toEqual([
        { name: 'Care rule' },
        { name: 'Org wide' },
      ]);

      // an owner may move their rule anywhere but may not change the order of rules they cannot edit
      const order = (await list(owner)).map((r) => r.id);
      const withOwnFirst = [ownId, ...order.filter((id) => id !== ownId)];
      expect((await call(owner, 'POST', `${URL}/reorder`, { ids: withOwnFirst })).statusCode).toBe(200);
      const i = withOwnFirst.indexOf(orgWide);
      const j = withOwnFirst.indexOf(careRule);
      const swapped = [...withOwnFirst];
      [swapped[i], swapped[j]] = [swapped[j], swapped[i]];
      expect((await call(owner, 'POST', `${URL}/reorder`, { ids: swapped })).statusCode).toBe(403);
      expect((await list(admin)).map((r) => r.id)).toEqual(withOwnFirst);

      expect((await call(owner, 'DELETE', `${URL}/${ownId}`)).statusCode).toBe(204);
    });
  });

  it('lists active staff with their departments as possible assignees, for owners too', async () => {
    const res = await call(owner, 'GET', `${URL}/assignees`);
    expect(res.statusCode).toBe(200);
    const member = res.json().find((a: { name: string }) => a.name === DEMO_LOGINS.member.name);
    expect(member.departmentIds.sort()).toEqual([baggageId, careId].sort());
  });

  describe('test this rule (POST /api/routing/rules/test)', () => {
    const tag = `t${randomBytes(4).toString('hex')}`;

    beforeAll(async () => {
      const [customer] = await e2e.db.query(`INSERT INTO customer DEFAULT VALUES RETURNING id`);
      const [conversation] = await e2e.db.query(`INSERT INTO conversation (customer_id, channel, reference) VALUES ($1, 'email', $2) RETURNING id`, [
        customer.id,
        `FC-${tag.toUpperCase()}`,
      ]);
      const day = 86_400_000;
      const items: [string, string | null, string[], string, number][] = [
        // channel, sentiment, topics, text, days ago
        ['email', 'negative', [tag, 'baggage'], 'My bag was lost in Lisbon', 1],
        ['sms', 'negative', [tag], 'Lost my bag again', 2],
        ['email', 'negative', [tag], 'Old complaint', 40], // outside the 30-day window
        ['email', 'positive', [tag], 'Lovely crew', 3],
        ['chat', 'negative', [tag], `Rude ${tag}crew at the gate`, 4],
        ['email', null, [tag], 'Not yet enriched', 5],
        ['email', 'negative', ['other'], 'Different topic', 6],
      ];
      for (const [channel, sentiment, topics, text, daysAgo] of items) {
        await e2e.db.query(
          `INSERT INTO feedback (customer_id, conversation_id, channel, source, text, received_at, metadata, attachments, sentiment, topics)
           VALUES ($1, $2, $3, 'test', $4, $5, '{}', '[]', $6, $7)`,
          [customer.id, conversation.id, channel, text, new Date(Date.now() - daysAgo * day), sentiment, topics],
        );
      }
    });

    const test = (cookie: string, rule: RoutingRuleInput) => call(cookie, 'POST', `${URL}/test`, { rule });

    it('counts the last 30 days of items the rule matches, with examples, newest first', async () => {
      const res = await test(
        admin,
        baseRule({
          conditions: [
            { field: 'topics', match: 'any', values: [tag] },
            { field: 'sentiment', values: ['negative'] },
            { field: 'channel', values: ['email', 'sms'] },
          ],
        }),
      );
      expect(res.statusCode).toBe(200);
      const body = res.json();
      const [{ total }] = await e2e.db.query(`SELECT count(*)::int AS total FROM feedback WHERE received_at >= now() - interval '30 days'`);
      expect(body).toMatchObject({ matched: 2, examined: total, capped: false, windowDays: 30 });
      expect(body.examples.map((e: { excerpt: string }) => e.excerpt)).toEqual(['My bag was lost in Lisbon', 'Lost my bag again']);
      expect(body.examples[0]).toMatchObject({ channel: 'email' });
    });

    it('honours "any" and keyword patterns, and lets owners test too', async () => {
      const any = await test(
        owner,
        baseRule({
          match: 'any',
          conditions: [
            { field: 'topics', match: 'all', values: [tag, 'baggage'] },
            { field: 'keywords', match: 'any', values: [`rude ${tag}*`] },
          ],
        }),
      );
      expect(any.statusCode).toBe(200);
      expect(any.json().matched).toBe(2);
      const none = await test(admin, baseRule({ conditions: [{ field: 'topics', match: 'any', values: [tag] }, { field: 'sentiment', values: ['neutral'] }] }));
      expect(none.json()).toMatchObject({ matched: 0, examples: [] });
    });

    it('answers 400 naming the field of an invalid rule', async () => {
      const res = await test(admin, baseRule({ conditions: [{ field: 'keywords', match: 'any', values: [] }] }));
      expect(res.statusCode).toBe(400);
      expect(fields(res)).toContain('rule.conditions.0.values');
    });
  });
});
