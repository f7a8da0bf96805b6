// Property-based: random and malformed tokens and bodies at the public survey endpoints. Whatever
// comes in, the answer is never a 5xx, every 4xx is a JSON ApiError, and a link never yields two items.
import { randomUUID } from 'node:crypto';
import { apiErrorSchema, publicSurveySchema, surveyAnswerSchema, type SurveyInvitation } from '@fullcircle/shared';
import fc from 'fast-check';
import type { Response } from 'light-my-request';
import { signSurveyLink } from '../src/modules/surveys/survey-link-token';
import { type E2eApp, startE2eApp } from './support/e2e-app';

const RESPONSES = '/api/surveys/responses';

describe('public survey endpoints under fuzzing', () => {
  let e2e: E2eApp;
  const links: SurveyInvitation[] = [];
  let key: Buffer;

  beforeAll(async () => {
    e2e = await startE2eApp('surveys_fuzz', { SURVEY_ANSWER_RATE_LIMIT: '100000', BODY_LIMIT_BYTES: String(64 * 1024) });
    const admin = await e2e.signIn('admin');
    for (const scale of ['nps', 'csat', 'ces']) {
      const survey = (await e2e.request({ method: 'POST', url: '/api/surveys', cookie: admin, payload: { name: `Fuzz ${scale}`, scale } })).json();
      for (let i = 0; i < 2; i++) {
        const res = await e2e.request({
          method: 'POST',
          url: `/api/surveys/${survey.id}/invitations`,
          cookie: admin,
          payload: { customer: { email: `${randomUUID()}@example.test` } },
        });
        links.push(res.json());
      }
    }
    key = Buffer.from((await e2e.db.query(`SELECT secret FROM signing_key WHERE name = 'survey-link'`))[0].secret, 'base64');
  });

  afterAll(() => e2e?.close());

  const unicode = fc.string({ unit: 'binary', maxLength: 60 });
  const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), unicode, fc.constant(null), fc.double(), fc.integer());

  // Real links, real links altered, correctly signed but expired or unknown, and plain junk.
  const token = fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: 0, max: 5 }).map((i) => links[i].token) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat(), fc.constantFrom('A', '_', '-', '.', '', 'é', '%')).map(([i, at, ch]) => {
        const t = links[i].token;
        const p = at % t.length;
        return t.slice(0, p) + ch + t.slice(p + 1);
      }),
    },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 5 }).map((i) => signSurveyLink(key, links[i].id, new Date(Date.now() - 60_000))) },
    { weight: 1, arbitrary: fc.uuid().map((id) => signSurveyLink(key, id, new Date(Date.now() + 3_600_000))) },
    { weight: 2, arbitrary: unicode },
    { weight: 1, arbitrary: fc.string({ minLength: 190, maxLength: 400 }) },
  );

  const answerBody = fc.oneof(
    { weight: 4, arbitrary: fc.record({ score: fc.integer({ min: -2, max: 12 }), comment: fc.option(fc.string({ unit: 'grapheme', maxLength: 200 })) }, { requiredKeys: ['score'] }).map((b) => JSON.stringify(b)) },
    { weight: 3, arbitrary: fc.record({ score: anyValue, comment: anyValue, extra: anyValue }, { requiredKeys: [] }).map((b) => JSON.stringify(b)) },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.constantFrom('', '{', '{"__proto__":{"score":5}}', '{"score":5,"comment":"\\u0000"}', '{"score":1e400}', '[]', 'null') },
  );

  const contentType = fc.oneof(
    { weight: 8, arbitrary: fc.constant('application/json') },
    { weight: 2, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-8', '*/*') },
  );

  function check(res: Response, schema: { safeParse(v: unknown): { success: boolean } }): void {
    expect(res.statusCode).toBeLessThan(500);
    if (res.statusCode === 200) {
      expect(schema.safeParse(res.json()).success).toBe(true);
      return;
    }
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = apiErrorSchema.safeParse(res.json());
    expect(body.success).toBe(true);
  }

  it('answers 1,500 random opens and answers without a 5xx, every 4xx a JSON ApiError', async () => {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(token, fc.boolean(), answerBody, contentType, async (t, put, payload, type) => {
        const url = `${RESPONSES}/${encodeURIComponent(t)}`;
        const res = put
          ? await e2e.request({ method: 'PUT', url, payload, headers: { 'content-type': type } })
          : await e2e.request({ method: 'GET', url });
        const label = `${put ? 'PUT' : 'GET'} ${res.statusCode}`;
        seen.set(label, (seen.get(label) ?? 0) + 1);
        try {
          check(res, put ? surveyAnswerSchema : publicSurveySchema);
        } catch (err) {
          throw new Error(`${label} ${res.body.slice(0, 500)}\n${(err as Error).message}`, { cause: err });
        }
      }),
      { numRuns: 1_500 },
    );
    // The run reached each outcome, not only the guards.
    for (const label of ['GET 200', 'PUT 200', 'PUT 400', 'GET 403', 'PUT 403', 'GET 404', 'GET 410']) expect(seen.get(label)).toBeGreaterThan(0);
  });

  it('left each link with at most one feedback item, matching its latest answer', async () => {
    for (const link of links) {
      const rows = await e2e.db.query(
        `SELECT f.score_value, i.score FROM feedback f JOIN survey_invitation i ON i.feedback_id = f.id WHERE f.external_message_id = $1`,
        [`survey-invitation:${link.id}`],
      );
      expect(rows.length).toBeLessThanOrEqual(1);
      for (const row of rows) expect(row.score_value).toBe(row.score);
    }
    const [{ n }] = await e2e.db.query(`SELECT count(*)::int AS n FROM feedback WHERE external_message_id = ANY($1)`, [
      links.map((l) => `survey-invitation:${l.id}`),
    ]);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(links.length);
  });
});
