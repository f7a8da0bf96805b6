import { randomUUID } from 'node:crypto';
import type { ChannelStatusList, PublicSurvey, Survey, SurveyAnswer, SurveyInvitation } from '@fullcircle/shared';
import { signSurveyLink } from '../src/modules/surveys/survey-link-token';
import { DemoSurveysSeedService } from '../src/modules/surveys/seed/demo-surveys-seed.service';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { waitFor } from './support/wait-for';

const RESPONSES = '/api/surveys/responses';
// Each app started puts its variables into process.env: later apps set them back (empty = unset).
const PLAIN = { SEED_DEMO: 'false', PUBLIC_URL: '', SURVEY_LINK_SECRET: '', SURVEY_ANSWER_RATE_LIMIT: '100000' };

describe('survey responses (channel 6)', () => {
  let e2e: E2eApp;
  let admin: string;

  beforeAll(async () => {
    // No SURVEY_LINK_SECRET: links are signed with the key kept in the database. The rate limit
    // has its own test below; every answer in this suite comes from the same address.
    e2e = await startE2eApp('surveys', { SURVEY_ANSWER_RATE_LIMIT: '100000' });
    admin = await e2e.signIn('admin');
  });

  afterAll(() => e2e?.close());

  const createSurvey = async (body: Record<string, unknown> = {}): Promise<Survey> => {
    const res = await e2e.request({ method: 'POST', url: '/api/surveys', cookie: admin, payload: { name: `Survey ${randomUUID()}`, scale: 'nps', ...body } });
    expect(res.statusCode).toBe(201);
    return res.json();
  };
  const invite = async (surveyId: string, payload: Record<string, unknown>, cookie = admin) =>
    e2e.request({ method: 'POST', url: `/api/surveys/${surveyId}/invitations`, cookie, payload });
  const newLink = async (surveyId: string, email = `${randomUUID()}@example.test`): Promise<SurveyInvitation> => {
    const res = await invite(surveyId, { customer: { email, name: 'Sam Survey' } });
    expect(res.statusCode).toBe(201);
    return res.json();
  };
  const show = (token: string) => e2e.request({ method: 'GET', url: `${RESPONSES}/${token}` });
  const answer = (token: string, payload: unknown, headers: Record<string, string> = {}) =>
    e2e.request({ method: 'PUT', url: `${RESPONSES}/${token}`, payload: payload as object, headers });
  const feedbackOf = (invitationId: string) =>
    e2e.db.query(`SELECT id, channel, source, text, score_scale, score_value, customer_id, metadata FROM feedback WHERE external_message_id = $1`, [
      `survey-invitation:${invitationId}`,
    ]);
  const enrichJobsFor = async (feedbackId: string): Promise<number> =>
    (await e2e.db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE queue = 'enrichment' AND payload->>'feedbackId' = $1`, [feedbackId]))[0].n;
  const dbKey = async (): Promise<Buffer> => Buffer.from((await e2e.db.query(`SELECT secret FROM signing_key WHERE name = 'survey-link'`))[0].secret, 'base64');

  describe('staff create surveys and links', () => {
    it('creates a survey with the scale’s default wording', async () => {
      const survey = await createSurvey({ scale: 'csat' });
      expect(survey).toMatchObject({
        scale: 'csat',
        question: 'How satisfied are you with the service you received?',
        commentPrompt: null,
        active: true,
        createdByName: 'Ada Admin',
        stats: { invited: 0, answered: 0, average: null, nps: null },
      });
      expect(survey.stats.distribution.map((d) => d.score)).toEqual([1, 2, 3, 4, 5]);
    });

    it('makes a link for an email address, resolving the sender to a customer (created when new)', async () => {
      const survey = await createSurvey();
      const email = `${randomUUID()}@example.test`;
      const first = await newLink(survey.id, email);
      expect(first.url).toMatch(/^\/s\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      expect(first.url).toBe(`/s/${first.token}`);
      const [identity] = await e2e.db.query(`SELECT customer_id FROM customer_identity WHERE kind = 'email' AND value = $1`, [email]);
      expect(identity.customer_id).toBe(first.customerId);
      // the same address again: the same customer, a new link
      const second = await newLink(survey.id, email.toUpperCase());
      expect(second.customerId).toBe(first.customerId);
      expect(second.token).not.toBe(first.token);
    });

    it('makes a link for a known customer id, and names the field when the id is unknown', async () => {
      const survey = await createSurvey();
      const { customerId } = await newLink(survey.id);
      const res = await invite(survey.id, { customerId });
      expect(res.statusCode).toBe(201);
      expect(res.json().customerId).toBe(customerId);
      const unknown = await invite(survey.id, { customerId: randomUUID() });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().issues).toEqual([{ field: 'customerId', message: 'is not a known customer' }]);
    });

    it('needs exactly one of customerId or customer', async () => {
      const survey = await createSurvey();
      for (const payload of [{}, { customerId: randomUUID(), customer: { email: 'a@example.test' } }]) {
        const res = await invite(survey.id, payload);
        expect(res.statusCode).toBe(400);
        expect(res.json().issues[0].field).toBe('customerId');
      }
    });

    it('creates many links in one call, all or none', async () => {
      const survey = await createSurvey();
      const emails = Array.from({ length: 5 }, () => ({ customer: { email: `${randomUUID()}@example.test` } }));
      const url = `/api/surveys/${survey.id}/invitations/bulk`;
      const res = await e2e.request({ method: 'POST', url, cookie: admin, payload: { recipients: emails } });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toHaveLength(5);
      const bad = await e2e.request({ method: 'POST', url, cookie: admin, payload: { recipients: [...emails, { customerId: randomUUID() }] } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().issues).toEqual([{ field: 'recipients.5.customerId', message: 'is not a known customer' }]);
      const [{ n }] = await e2e.db.query('SELECT count(*)::int AS n FROM survey_invitation WHERE survey_id = $1', [survey.id]);
      expect(n).toBe(5);
    });

    it('builds absolute links when PUBLIC_URL is set', async () => {
      const other = await startE2eApp('surveys', { DATABASE_URL: e2e.env.DATABASE_URL, ...PLAIN, PUBLIC_URL: 'https://fc.example.test/' });
      try {
        const survey = await createSurvey();
        const res = await other.request({
          method: 'POST',
          url: `/api/surveys/${survey.id}/invitations`,
          cookie: await other.signIn('admin'),
          payload: { customer: { email: 'absolute@example.test' } },
        });
        expect(res.json().url).toMatch(/^https:\/\/fc\.example\.test\/s\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      } finally {
        await other.close();
      }
    });
  });

  describe('answering a link', () => {
    it('shows the survey behind a link, with no answer yet', async () => {
      const survey = await createSurvey({ question: 'Would you fly with us again?', commentPrompt: 'Why?' });
      const link = await newLink(survey.id);
      const res = await show(link.token);
      expect(res.statusCode).toBe(200);
      expect(res.json<PublicSurvey>()).toMatchObject({
        surveyName: survey.name,
        scale: 'nps',
        min: 0,
        max: 10,
        lowLabel: 'Not at all likely',
        highLabel: 'Extremely likely',
        question: 'Would you fly with us again?',
        commentPrompt: 'Why?',
        expiresAt: link.expiresAt,
        answer: null,
      });
    });

    it('turns the first answer into one survey feedback item for the link’s customer, announced for enrichment', async () => {
      const survey = await createSurvey();
      const link = await newLink(survey.id);
      const res = await answer(link.token, { score: 9, comment: 'Lovely crew' });
      expect(res.statusCode).toBe(200);
      expect(res.json<SurveyAnswer>()).toMatchObject({ score: 9, comment: 'Lovely crew', timesAnswered: 1 });
      const [feedback] = await feedbackOf(link.id);
      expect(feedback).toMatchObject({
        channel: 'survey',
        source: `survey:${survey.id}`,
        text: 'Lovely crew',
        score_scale: 'nps',
        score_value: 9,
        customer_id: link.customerId,
        metadata: { surveyId: survey.id, surveyName: survey.name, invitationId: link.id },
      });
      expect(await enrichJobsFor(feedback.id)).toBe(1);
      const [invitation] = await e2e.db.query('SELECT feedback_id, times_answered, answered_at FROM survey_invitation WHERE id = $1', [link.id]);
      expect(invitation).toMatchObject({ feedback_id: feedback.id, times_answered: 1 });
      expect((await show(link.token)).json<PublicSurvey>().answer).toMatchObject({ score: 9, comment: 'Lovely crew', timesAnswered: 1 });
    });

    it('stores a score without a comment as text like "NPS 7"', async () => {
      const survey = await createSurvey();
      const link = await newLink(survey.id);
      expect((await answer(link.token, { score: 7 })).statusCode).toBe(200);
      expect((await feedbackOf(link.id))[0]).toMatchObject({ text: 'NPS 7', score_value: 7 });
      const ces = await createSurvey({ scale: 'ces' });
      const cesLink = await newLink(ces.id);
      expect((await answer(cesLink.token, { score: 6, comment: '   ' })).statusCode).toBe(200);
      expect((await feedbackOf(cesLink.id))[0]).toMatchObject({ text: 'CES 6', score_scale: 'ces', score_value: 6 });
    });

    it('updates the same feedback item when answered again, re-announcing enrichment only when the words change', async () => {
      const survey = await createSurvey();
      const link = await newLink(survey.id);
      await answer(link.token, { score: 4, comment: 'Late again' });
      const [first] = await feedbackOf(link.id);

      const changedScore = await answer(link.token, { score: 6, comment: 'Late again' });
      expect(changedScore.json<SurveyAnswer>()).toMatchObject({ score: 6, timesAnswered: 2 });
      expect(await feedbackOf(link.id)).toEqual([{ ...first, score_value: 6 }]);
      expect(await enrichJobsFor(first.id)).toBe(1);

      const changedWords = await answer(link.token, { score: 8, comment: 'Actually the crew made up for it' });
      expect(changedWords.json<SurveyAnswer>()).toMatchObject({ score: 8, comment: 'Actually the crew made up for it', timesAnswered: 3 });
      const rows = await feedbackOf(link.id);
      expect(rows).toEqual([{ ...first, score_value: 8, text: 'Actually the crew made up for it' }]);
      expect(await enrichJobsFor(first.id)).toBe(2);
      const [{ enriched_at }] = await e2e.db.query('SELECT enriched_at FROM feedback WHERE id = $1', [first.id]);
      expect(enriched_at).toBeNull();
      expect((await show(link.token)).json<PublicSurvey>().answer).toMatchObject({ score: 8, timesAnswered: 3 });
    });

    it('makes one feedback item when the same link is answered many times at once', async () => {
      const survey = await createSurvey();
      const link = await newLink(survey.id);
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => answer(link.token, { score: i, comment: `Attempt ${i}` })));
      expect(results.map((r) => r.statusCode)).toEqual(Array(8).fill(200));
      const rows = await feedbackOf(link.id);
      expect(rows).toHaveLength(1);
      const [invitation] = await e2e.db.query('SELECT times_answered, score, comment, feedback_id FROM survey_invitation WHERE id = $1', [link.id]);
      expect(invitation.times_answered).toBe(8);
      expect(invitation.feedback_id).toBe(rows[0].id);
      // the last answer applied is what both the invitation and the feedback say
      expect(rows[0]).toMatchObject({ score_value: invitation.score, text: invitation.comment });
      const [{ n }] = await e2e.db.query(`SELECT count(*)::int AS n FROM feedback WHERE source = $1`, [`survey:${survey.id}`]);
      expect(n).toBe(1);
    });

    it('credits the customer a merged customer now belongs to', async () => {
      const survey = await createSurvey();
      const link = await newLink(survey.id);
      const { customerId: target } = await newLink(survey.id);
      const merge = await e2e.request({ method: 'POST', url: `/api/customers/${target}/merge`, cookie: admin, payload: { sourceCustomerId: link.customerId } });
      expect(merge.statusCode).toBeLessThan(300);
      await answer(link.token, { score: 10 });
      expect((await feedbackOf(link.id))[0].customer_id).toBe(target);
    });
  });

  describe('links that do not hold', () => {
    let link: SurveyInvitation;

    beforeAll(async () => {
      link = await newLink((await createSurvey()).id);
    });

    it('refuses an altered link with 403 and stores nothing', async () => {
      const [payload, signature] = link.token.split('.');
      const flipped = `${payload.slice(0, 5)}${payload[5] === 'A' ? 'B' : 'A'}${payload.slice(6)}.${signature}`;
      for (const token of [flipped, `${payload}.${signature.slice(0, -2)}`, 'nonsense', `${payload}.${signature}.x`]) {
        const get = await show(token);
        expect(get.statusCode).toBe(403);
        expect(get.json().message).toBe('This survey link is not valid');
        expect((await answer(token, { score: 5 })).statusCode).toBe(403);
      }
      expect(await feedbackOf(link.id)).toEqual([]);
    });

    it('refuses a link signed with another key', async () => {
      const forged = signSurveyLink(Buffer.alloc(32, 7), link.id, new Date(Date.now() + 86_400_000));
      expect((await show(forged)).statusCode).toBe(403);
      expect((await answer(forged, { score: 5 })).statusCode).toBe(403);
    });

    it('answers 410 for an expired link', async () => {
      const expired = signSurveyLink(await dbKey(), link.id, new Date(Date.now() - 1000));
      const get = await show(expired);
      expect(get.statusCode).toBe(410);
      expect(get.json().message).toBe('This survey link has expired');
      expect((await answer(expired, { score: 5 })).statusCode).toBe(410);
      expect(await feedbackOf(link.id)).toEqual([]);
    });

    it('answers 404 for a correctly signed link whose invitation does not exist', async () => {
      const unknown = signSurveyLink(await dbKey(), randomUUID(), new Date(Date.now() + 86_400_000));
      expect((await show(unknown)).statusCode).toBe(404);
      expect((await answer(unknown, { score: 5 })).statusCode).toBe(404);
    });

    it('answers 410 once the survey is closed, and closed surveys take no new links', async () => {
      const survey = await createSurvey();
      const open = await newLink(survey.id);
      const close = await e2e.request({ method: 'PATCH', url: `/api/surveys/${survey.id}`, cookie: admin, payload: { active: false } });
      expect(close.json().active).toBe(false);
      expect((await show(open.token)).statusCode).toBe(410);
      expect((await answer(open.token, { score: 5 })).statusCode).toBe(410);
      expect((await invite(survey.id, { customer: { email: 'late@example.test' } })).statusCode).toBe(409);
    });
  });

  describe('bad answers', () => {
    let nps: SurveyInvitation;
    let csat: SurveyInvitation;

    beforeAll(async () => {
      nps = await newLink((await createSurvey()).id);
      csat = await newLink((await createSurvey({ scale: 'csat' })).id);
    });

    it.each([
      ['a score above the scale', { score: 11 }, 'score'],
      ['a score below the scale', { score: -1 }, 'score'],
      ['a score given as a string', { score: 'nine' }, 'score'],
      ['a fractional score', { score: 8.5 }, 'score'],
      ['no score', { comment: 'no score' }, 'score'],
      ['a comment that is not text', { score: 8, comment: 42 }, 'comment'],
      ['an unknown field', { score: 8, extra: true }, 'extra'],
    ])('refuses an answer with %s (400 naming the field)', async (_, payload, field) => {
      const res = await answer(nps.token, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().issues.map((i: { field: string }) => i.field)).toContain(field);
    });

    it('checks the range of the survey’s own scale', async () => {
      const res = await answer(csat.token, { score: 0 });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([{ field: 'score', message: 'must be a whole number from 1 to 5' }]);
      expect((await answer(csat.token, { score: 5 })).statusCode).toBe(200);
    });

    it('answers 415 for a body that is not JSON', async () => {
      const res = await e2e.request({ method: 'PUT', url: `${RESPONSES}/${nps.token}`, payload: 'score=5', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(res.statusCode).toBe(415);
      expect(await feedbackOf(nps.id)).toEqual([]);
    });
  });

  describe('who may do what', () => {
    let surveyId: string;

    beforeAll(async () => {
      surveyId = (await createSurvey()).id;
    });

    it('needs a session for every staff endpoint', async () => {
      for (const [method, url] of [
        ['GET', '/api/surveys'],
        ['POST', '/api/surveys'],
        ['GET', `/api/surveys/${surveyId}`],
        ['PATCH', `/api/surveys/${surveyId}`],
        ['POST', `/api/surveys/${surveyId}/invitations`],
        ['POST', `/api/surveys/${surveyId}/invitations/bulk`],
      ] as const) {
        expect((await e2e.request({ method, url, payload: {} })).statusCode).toBe(401);
      }
    });

    it('lets only admins create and close surveys', async () => {
      for (const role of ['owner', 'member', 'executive'] as const) {
        const cookie = await e2e.signIn(role);
        expect((await e2e.request({ method: 'POST', url: '/api/surveys', cookie, payload: { name: 'Mine', scale: 'nps' } })).statusCode).toBe(403);
        expect((await e2e.request({ method: 'PATCH', url: `/api/surveys/${surveyId}`, cookie, payload: { active: false } })).statusCode).toBe(403);
        expect((await e2e.request({ method: 'POST', url: `/api/surveys/${surveyId}/invitations/bulk`, cookie, payload: { recipients: [] } })).statusCode).toBe(403);
      }
    });

    it('lets owners (not members or executives) make links, and executives (not owners or members) read results', async () => {
      const owner = await e2e.signIn('owner');
      expect((await invite(surveyId, { customer: { email: 'owner-link@example.test' } }, owner)).statusCode).toBe(201);
      for (const role of ['member', 'executive'] as const) {
        expect((await invite(surveyId, { customer: { email: 'x@example.test' } }, await e2e.signIn(role))).statusCode).toBe(403);
      }
      expect((await e2e.request({ method: 'GET', url: '/api/surveys', cookie: await e2e.signIn('executive') })).statusCode).toBe(200);
      for (const role of ['owner', 'member'] as const) {
        expect((await e2e.request({ method: 'GET', url: '/api/surveys', cookie: await e2e.signIn(role) })).statusCode).toBe(403);
      }
    });
  });

  describe('results and the channel', () => {
    it('counts links and answers and computes the NPS', async () => {
      const survey = await createSurvey();
      const scores = [10, 9, 8, 6, 3];
      for (const score of scores) await answer((await newLink(survey.id)).token, { score });
      await newLink(survey.id);
      const res = await e2e.request({ method: 'GET', url: `/api/surveys/${survey.id}`, cookie: admin });
      expect(res.json<Survey>().stats).toMatchObject({ invited: 6, answered: 5, average: 7.2, nps: 0 });
      expect(res.json<Survey>().stats.distribution.filter((d) => d.count > 0)).toEqual([
        { score: 3, count: 1 },
        { score: 6, count: 1 },
        { score: 8, count: 1 },
        { score: 9, count: 1 },
        { score: 10, count: 1 },
      ]);
      const list = await e2e.request({ method: 'GET', url: '/api/surveys', cookie: admin });
      expect(list.json<Survey[]>().find((s) => s.id === survey.id)?.stats.answered).toBe(5);
    });

    it('reports the survey channel as live, with answers among its deliveries', async () => {
      const survey = await createSurvey();
      await answer((await newLink(survey.id)).token, { score: 10 });
      const delivery = await waitFor('the answer in the channel’s deliveries', async () => {
        const res = await e2e.request({ method: 'GET', url: '/api/intake/channels', cookie: admin });
        const channel = res.json<ChannelStatusList>().channels.find((c) => c.channel === 'survey')!;
        expect(channel.state).toBe('live');
        return channel.recent.find((d) => d.source === `survey:${survey.id}`);
      });
      expect(delivery).toMatchObject({ outcome: 'accepted', status: 200 });
    });
  });

  describe('signing keys across API processes', () => {
    it('verifies on a second process a link signed by the first, with no configuration', async () => {
      const link = await newLink((await createSurvey()).id);
      const second = await startE2eApp('surveys', { DATABASE_URL: e2e.env.DATABASE_URL, ...PLAIN });
      try {
        expect((await second.request({ method: 'GET', url: `${RESPONSES}/${link.token}` })).statusCode).toBe(200);
        const [{ n }] = await e2e.db.query('SELECT count(*)::int AS n FROM signing_key');
        expect(n).toBe(1);
      } finally {
        await second.close();
      }
    });

    it('signs with SURVEY_LINK_SECRET when it is set', async () => {
      const secret = 'a-configured-survey-link-secret-0123456789';
      const configured = await startE2eApp('surveys', { DATABASE_URL: e2e.env.DATABASE_URL, ...PLAIN, SURVEY_LINK_SECRET: secret });
      try {
        const survey = await createSurvey();
        const created = await configured.request({
          method: 'POST',
          url: `/api/surveys/${survey.id}/invitations`,
          cookie: await configured.signIn('admin'),
          payload: { customer: { email: 'configured@example.test' } },
        });
        const link = created.json<SurveyInvitation>();
        expect(link.token).toBe(signSurveyLink(Buffer.from(secret), link.id, new Date(link.expiresAt)));
        expect((await configured.request({ method: 'GET', url: `${RESPONSES}/${link.token}` })).statusCode).toBe(200);
        // the database key is a different key: the other process refuses it
        expect((await show(link.token)).statusCode).toBe(403);
      } finally {
        await configured.close();
      }
    });
  });

  describe('rate limit', () => {
    it('answers 429 past SURVEY_ANSWER_RATE_LIMIT answers a minute from one address', async () => {
      const limited = await startE2eApp('surveys', { DATABASE_URL: e2e.env.DATABASE_URL, ...PLAIN, SURVEY_ANSWER_RATE_LIMIT: '3' });
      try {
        const link = await newLink((await createSurvey()).id);
        const put = () => limited.request({ method: 'PUT', url: `${RESPONSES}/${link.token}`, payload: { score: 5 } });
        for (let i = 0; i < 3; i++) expect((await put()).statusCode).toBe(200);
        const blocked = await put();
        expect(blocked.statusCode).toBe(429);
        expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      } finally {
        await limited.close();
      }
    });
  });

  describe('demo seed', () => {
    it('seeds an NPS and a CSAT survey answered through the links, once', async () => {
      const rows: { name: string; scale: string; invited: number; answered: number }[] = await e2e.db.query(
        `SELECT s.name, s.scale, count(i.id)::int AS invited, count(i.feedback_id)::int AS answered
           FROM survey s JOIN survey_invitation i ON i.survey_id = s.id
          WHERE s.name IN ('After your flight (NPS)', 'Baggage claim (CSAT)') GROUP BY s.id ORDER BY s.name`,
      );
      expect(rows).toEqual([
        { name: 'After your flight (NPS)', scale: 'nps', invited: 13, answered: 11 },
        { name: 'Baggage claim (CSAT)', scale: 'csat', invited: 6, answered: 5 },
      ]);
      const [{ n }] = await e2e.db.query(
        `SELECT count(*)::int AS n FROM feedback f JOIN survey_invitation i ON i.feedback_id = f.id WHERE f.channel = 'survey'`,
      );
      expect(n).toBeGreaterThanOrEqual(16);
      expect(await e2e.app.get(DemoSurveysSeedService).seed()).toBe(0);
    });
  });
});
