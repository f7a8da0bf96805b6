// Property-based: random and malformed requests at every customer-facing endpoint of the portal
// and the public board, anonymous and with a real customer session. Whatever comes in, the answer
// is never a 5xx, every 4xx is a JSON ApiError that names the problem, anonymous callers change
// nothing, and the app is still ready afterwards.
// For a deeper hunt locally: FUZZ_SCALE=10 multiplies the run counts, FUZZ_STATS=1 prints the outcomes seen.
import 'reflect-metadata';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { CONSENT_PURPOSES, CUSTOMER_SESSION_COOKIE, apiErrorSchema } from '@fullcircle/shared';
import fc from 'fast-check';
import type { Response } from 'light-my-request';
import { Case } from '../src/modules/cases/entities/case.entity';
import { IntakeService } from '../src/modules/intake/intake.service';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { customerCookie } from './support/portal';

const BODY_LIMIT_BYTES = 64 * 1024;
const BOARD = '/api/board/initiatives';

// Stand-ins in generated values: the arbitraries exist before beforeAll knows the real ids.
const PUBLIC_ID = '<public initiative>';
const PRIVATE_ID = '<private initiative>';
const OWN_CASE = '<own open case>';
const OTHER_CASE = '<another customer case>';
const KNOWN_EMAIL = '<known email>';
const KNOWN_PHONE = '<known phone>';
const VALID_SESSION = '<valid session>';
const REVOKED_SESSION = '<revoked session>';
const EXPIRED_SESSION = '<expired session>';

/** Rows an anonymous caller must never add, change or remove. */
const GUARDED_TABLES = [
  'initiative_vote',
  'initiative_follow',
  'initiative_comment',
  'customer_session',
  'customer',
  'customer_identity',
  'consent_record',
  'feedback',
  'erasure_receipt',
] as const;

interface FuzzRequest {
  label: string;
  method: 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  payload?: string;
  contentType?: string;
}

describe('portal and public board under fuzzing', () => {
  let e2e: E2eApp;
  const ids: Record<string, string> = {};
  let customerId: string;

  beforeAll(async () => {
    e2e = await startE2eApp('portal_board_fuzz', {
      BODY_LIMIT_BYTES: String(BODY_LIMIT_BYTES),
      // High enough that 429s do not hide what the endpoints do with the input (429 is still accepted).
      PORTAL_SIGN_IN_RATE_LIMIT: '100000',
      PORTAL_SIGN_IN_IP_RATE_LIMIT: '100000',
      PORTAL_EXPORT_RATE_LIMIT: '100000',
    });
    const db = e2e.db;
    const [pub] = await db.query(`INSERT INTO initiative (title, problem, status, is_public) VALUES ('Fuzz public', 'Bags are late', 'planned', true) RETURNING id`);
    const [priv] = await db.query(`INSERT INTO initiative (title, problem, status, is_public) VALUES ('Fuzz private', 'Secret', 'proposed', false) RETURNING id`);
    ids[PUBLIC_ID] = pub.id;
    ids[PRIVATE_ID] = priv.id;

    // The signed-in customer has a known email and phone (so sign-in reaches the issuing of links and
    // codes) and an open case; another customer's open case is not theirs to comment on.
    const [{ id: departmentId }] = await db.query(`INSERT INTO department (name, slug) VALUES ('Fuzz desk', $1) RETURNING id`, [`fuzz-${Date.now()}`]);
    const intake = e2e.app.get(IntakeService);
    const customerWithCase = async (email: string, phone: string): Promise<{ customerId: string; caseId: string }> => {
      const accepted = await intake.accept({ text: 'Fuzzing the portal', customer: { email, phone, name: 'Fuzz Customer' } }, { channel: 'api', source: 'api-key:e2e' });
      const filed = await db.manager.save(
        db.manager.create(Case, {
          customerId: accepted.customerId,
          conversationId: accepted.conversationId,
          firstFeedbackId: accepted.id,
          departmentId,
          status: 'in_progress',
          priority: 'normal',
          routedBy: 'staff',
          routing: { by: 'staff', rule: null, model: null, explanation: 'filed by the test', decidedAt: new Date().toISOString() },
          slaPauses: [],
          slaFired: [],
          openedAt: new Date(),
        }),
      );
      await db.query('INSERT INTO case_item (feedback_id, case_id) VALUES ($1, $2)', [accepted.id, filed.id]);
      return { customerId: accepted.customerId, caseId: filed.id };
    };
    const email = `fuzz.${Date.now()}@customer.test`;
    const phone = '+447700900555';
    const own = await customerWithCase(email, phone);
    const other = await customerWithCase(`other.${Date.now()}@customer.test`, '+447700900556');
    customerId = own.customerId;
    ids[OWN_CASE] = own.caseId;
    ids[OTHER_CASE] = other.caseId;
    ids[VALID_SESSION] = (await customerCookie(db, customerId)).split('=')[1];
    ids[KNOWN_EMAIL] = email;
    ids[KNOWN_PHONE] = phone;
    ids['<KNOWN EMAIL>'] = ` ${email.toUpperCase()} `;

    // Sessions that must count for nothing: a revoked one and an expired one.
    const secrets = [randomBytes(32).toString('base64url'), randomBytes(32).toString('base64url')];
    const hash = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');
    await db.query(
      `INSERT INTO customer_session (customer_id, token_hash, expires_at, revoked_at) VALUES
         ($1, $2, now() + interval '1 day', now()), ($1, $3, now() - interval '1 second', NULL)`,
      [customerId, hash(secrets[0]), hash(secrets[1])],
    );
    [ids[REVOKED_SESSION], ids[EXPIRED_SESSION]] = secrets;
  }, 120_000);

  afterAll(() => e2e?.close());

  /** Replaces the stand-ins in a generated string with this suite's real values. */
  const real = (s: string): string => Object.entries(ids).reduce((acc, [k, v]) => acc.split(k).join(v), s);

  // ---- building blocks ------------------------------------------------------------------------

  /** encodeURIComponent, also for strings with lone surrogates (which it refuses). */
  const encode = (s: string): string => encodeURIComponent(s.replace(/[\ud800-\udfff]/gu, '\ufffd'));

  const unicode = fc.string({ unit: 'binary', maxLength: 40 });
  const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), unicode, fc.constant(null), fc.double(), fc.integer(), fc.boolean());
  const hugeString = fc
    .tuple(fc.integer({ min: 1_000, max: BODY_LIMIT_BYTES - 2_000 }), fc.constantFrom('x', 'é', '😀', '\u0000', '"', '\\', '\ud800'))
    .map(([n, ch]) => ch.repeat(Math.floor(n / Buffer.byteLength(ch))));
  const tooBig = fc.integer({ min: BODY_LIMIT_BYTES + 1, max: BODY_LIMIT_BYTES * 2 }).map((n) => JSON.stringify({ text: 'x'.repeat(n) }));
  const deepJunk = fc.integer({ min: 60, max: 5_000 }).chain((depth) =>
    fc.constantFrom(`${'['.repeat(depth)}${']'.repeat(depth)}`, `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  );
  const text = fc.oneof({ weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) }, { weight: 2, arbitrary: unicode }, { weight: 1, arbitrary: hugeString });
  const pollution = fc.constantFrom(
    '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"isAdmin":true}}}',
    '{"__proto__":null}',
    '{"prototype":{}}',
    '{"toString":"x","valueOf":1,"hasOwnProperty":null}',
  );

  /** A well-formed body (so the run reaches the endpoint's logic), a plausible body with fields swapped for junk, junk added or fields removed, or any JSON or non-JSON at all. */
  function body(fields: Record<string, fc.Arbitrary<unknown>>, wellFormed?: fc.Arbitrary<object>): fc.Arbitrary<string> {
    const names = Object.keys(fields);
    const mutated = fc
      .record({
        base: fc.record(fields, { requiredKeys: [] }),
        swap: names.length ? fc.dictionary(fc.constantFrom(...names), anyValue, { maxKeys: 2 }) : fc.constant({}),
        extra: fc.dictionary(fc.oneof(unicode, fc.constantFrom('__proto__', 'constructor', 'prototype', 'customerId', 'id')), anyValue, { maxKeys: 2 }),
        junk: fc.boolean(),
      })
      .map(({ base, swap, extra, junk }) => {
        const item: Record<string, unknown> = { ...base, ...(junk ? swap : {}) };
        // `__proto__` as an own key, as it arrives over the wire
        for (const [k, v] of Object.entries(extra)) Object.defineProperty(item, k, { value: v, enumerable: true, writable: true, configurable: true });
        return JSON.stringify(item);
      });
    return fc.oneof(
      ...(wellFormed ? [{ weight: 6, arbitrary: wellFormed.map((b) => JSON.stringify(b)) }] : []),
      { weight: 8, arbitrary: mutated },
      { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null') },
      { weight: 1, arbitrary: pollution },
      { weight: 1, arbitrary: deepJunk },
      { weight: 1, arbitrary: tooBig },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
      { weight: 1, arbitrary: fc.constantFrom('', '{', 'null', '[]', '"text"', '1e400', '{"a":1,"a":2}', '\u0000') },
    );
  }

  /** An id in a path: real, unknown, private, malformed, overlong or carrying encoded slashes. */
  function pathParam(known: string[]): fc.Arbitrary<string> {
    return fc.oneof(
      { weight: 10, arbitrary: fc.constantFrom(...known) },
      { weight: 2, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff') },
      { weight: 2, arbitrary: unicode.map(encode) },
      { weight: 1, arbitrary: fc.integer({ min: 101, max: 5_000 }).map((n) => 'a'.repeat(n)) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          '%2F..%2F..%2Fhealth',
          '..%2F',
          '%2e%2e',
          '%00',
          '%',
          '%E0%A4%A',
          'null',
          'undefined',
          '__proto__',
          'constructor',
          '1',
          '-1',
          `${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(11)}`,
          'AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA',
          '{00000000-0000-0000-0000-000000000000}',
          "'; DROP TABLE initiative; --",
          '%F0%9F%98%80',
        ),
      },
      { weight: 1, arbitrary: fc.constantFrom(...known).map((id) => `${id}%2F${id}`) },
    );
  }

  const queryString = fc.oneof(
    { weight: 4, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.constantFrom('?limit=1e2', '?limit=%205', '?limit=0x10', '?limit=100&sort=recent&status=planned', '?status=&sort=') },
    {
      weight: 3,
      arbitrary: fc
        .array(fc.tuple(fc.oneof(fc.constantFrom('status', 'sort', 'limit', '__proto__', 'constructor', 'token', 'redirect'), unicode), fc.oneof(unicode, fc.constantFrom('shipped', 'recent', 'votes', '0', '-1', '101', '1e400', '1.5', 'NaN', '', 'x'.repeat(5_000)))), {
          maxLength: 4,
        })
        .map((pairs) => `?${pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&')}`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('?', '?&&', '?limit', '?limit=1&limit=2', '?status[]=shipped', '?__proto__[limit]=1', '?a=%', '?%E0%A4%A=1', '?limit=%00', '?sort=votes;DROP'),
    },
  );

  const contentType = fc.oneof(
    { weight: 8, arbitrary: fc.constant('application/json') },
    { weight: 2, arbitrary: fc.constantFrom('application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', '*/*') },
  );

  const cookieJunk = fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 200 });
  /** A Cookie header that is not a live customer session. */
  const anonymousCookie = fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: cookieJunk.map((v) => `${CUSTOMER_SESSION_COOKIE}=${v}`) },
    { weight: 1, arbitrary: fc.constantFrom(REVOKED_SESSION, EXPIRED_SESSION).map((s) => `${CUSTOMER_SESSION_COOKIE}=${s}`) },
    { weight: 1, arbitrary: fc.constant(`${CUSTOMER_SESSION_COOKIE}=${randomBytes(32).toString('base64url')}`) },
    { weight: 1, arbitrary: fc.integer({ min: 129, max: 4_000 }).map((n) => `${CUSTOMER_SESSION_COOKIE}=${'A'.repeat(n)}`) },
    { weight: 1, arbitrary: fc.constantFrom(`${CUSTOMER_SESSION_COOKIE}=`, `${CUSTOMER_SESSION_COOKIE}=%`, `${CUSTOMER_SESSION_COOKIE}=%E0%A4%A`, `${CUSTOMER_SESSION_COOKIE}="unterminated`, ';;;', '=', 'fc_session=x') },
    { weight: 1, arbitrary: cookieJunk },
  );
  const signedIn = `${CUSTOMER_SESSION_COOKIE}=${VALID_SESSION}`;
  const sessionCookie = fc.oneof(
    { weight: 6, arbitrary: fc.constant(`${CUSTOMER_SESSION_COOKIE}=${VALID_SESSION}`) },
    { weight: 1, arbitrary: cookieJunk.map((junk) => `${CUSTOMER_SESSION_COOKIE}=${VALID_SESSION}; x=${junk}`) },
  );

  const initiativeId = pathParam([PUBLIC_ID, PRIVATE_ID]);
  const caseId = pathParam([OWN_CASE, OTHER_CASE]);
  const purpose = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...CONSENT_PURPOSES) }, { weight: 2, arbitrary: pathParam(['marketing', 'RESEARCH']) });
  const email = fc.oneof(fc.constant(KNOWN_EMAIL), fc.emailAddress(), unicode, fc.constantFrom('<KNOWN EMAIL>', 'a@b', '@', 'x\u0000@example.test'));
  const phone = fc.oneof(fc.constant(KNOWN_PHONE), fc.constantFrom('+44 7700 900555', '07700900555', '+1', '0000000', '+4477009005551234567890', '(((((', '+447700900555\u0000'), unicode);
  const code = fc.oneof(fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0')), fc.constantFrom('', '12345', '1234567', '١٢٣٤٥٦', ' 123456 '), unicode, fc.integer());

  const json = (label: string, method: FuzzRequest['method'], url: string, payload: object): FuzzRequest => ({
    label,
    method,
    url,
    payload: JSON.stringify(payload),
    contentType: 'application/json',
  });
  const withBody = (label: string, method: FuzzRequest['method'], url: fc.Arbitrary<string>, payload: fc.Arbitrary<string>): fc.Arbitrary<FuzzRequest> =>
    fc.record({ url, payload, contentType }).map(({ url: u, payload: p, contentType: ct }) => ({ label, method, url: u, payload: p, contentType: ct }));
  const without = (label: string, method: FuzzRequest['method'], url: fc.Arbitrary<string>): fc.Arbitrary<FuzzRequest> =>
    url.map((u) => ({ label, method, url: u }));

  const signIn = withBody(
    'POST sign-in',
    'POST',
    fc.constant('/api/portal/sign-in'),
    body(
      { channel: fc.constantFrom('email', 'sms', 'EMAIL', 'post', ''), email, phone, redirect: fc.oneof(fc.constantFrom('/portal', '/board/x', '//evil.example', 'https://evil.example', '/portal\\..'), unicode) },
      fc.oneof(
        fc.record({ channel: fc.constant('email'), email: fc.oneof(fc.constant(KNOWN_EMAIL), fc.emailAddress()), redirect: fc.constantFrom('/portal', `/board/${PUBLIC_ID}`, '/portal?x=1') }, { requiredKeys: ['channel', 'email'] }),
        fc.record({ channel: fc.constant('sms'), phone: fc.constantFrom(KNOWN_PHONE, '+44 7700 900555', '+447700900999', '(((((', '+0000000', '12345', '1-2-3-4-5', '+999 999 999 999 999') }),
      ),
    ),
  );
  const verify = withBody('POST verify', 'POST', fc.constant('/api/portal/verify'), body(
      { token: fc.oneof(unicode, fc.string({ minLength: 10, maxLength: 300 })), phone, code },
      fc.oneof(
        fc.record({ token: fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'), minLength: 10, maxLength: 64 }) }),
        fc.record({ phone: fc.constantFrom(KNOWN_PHONE, '+447700900999', '(((((', '+0000000'), code: fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0')) }),
      ),
    ),
  );

  /** The portal endpoints that need a customer session. */
  const portalSessionEndpoints = (erasureBody: fc.Arbitrary<string>): fc.Arbitrary<FuzzRequest> =>
    fc.oneof(
      without('GET me', 'GET', fc.constant('/api/portal/me')),
      withBody('PATCH me', 'PATCH', fc.constant('/api/portal/me'), body({ name: text, preferredChannel: fc.constantFrom('email', 'sms', null, 'pigeon'), language: fc.oneof(fc.constantFrom('en', 'fr-CA', 'xx-toolongsubtag', '', null), unicode) },
          fc.record({ name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((n) => n.trim().length > 0 && !n.includes('\u0000')), preferredChannel: fc.constantFrom('email', 'sms', null), language: fc.constantFrom('en', 'fr-CA', null) }, { requiredKeys: ['language'] }),
        ),
      ),
      withBody('POST identities', 'POST', fc.constant('/api/portal/identities'), body(
          { kind: fc.constantFrom('email', 'phone', 'sms', 'fax'), value: fc.oneof(email, phone) },
          fc.oneof(fc.record({ kind: fc.constant('email'), value: fc.emailAddress() }), fc.record({ kind: fc.constant('phone'), value: fc.constantFrom('+447700900777', '07700 900778', '+1 555 0100', KNOWN_PHONE, '(((((', '+0000000', '...--') })),
        ),
      ),
      withBody('POST identities/verify', 'POST', fc.constant('/api/portal/identities/verify'), body({ code }, fc.record({ code: fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0')) }))),
      withBody('PUT consents', 'PUT', purpose.map((p) => `/api/portal/consents/${p}`), body({ granted: fc.oneof(fc.boolean(), fc.constantFrom('true', 1, 0, null)) }, fc.record({ granted: fc.boolean() }))),
      withBody('POST case comments', 'POST', caseId.map((id) => `/api/portal/cases/${id}/comments`), body({ text }, fc.record({ text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }) }))),
      without('GET export', 'GET', fc.constant('/api/portal/export')),
      withBody('POST erasure', 'POST', fc.constant('/api/portal/erasure'), erasureBody),
    );

  /** The board: two public reads, and the customer's vote, follow and comment. */
  const boardEndpoints = fc.oneof(
    without('GET board', 'GET', fc.constant(BOARD)),
    without('GET board/:id', 'GET', initiativeId.map((id) => `${BOARD}/${id}`)),
    ...(['PUT', 'DELETE'] as const).flatMap((method) =>
      (['vote', 'follow'] as const).map((action) => without(`${method} board/:id/${action}`, method, initiativeId.map((id) => `${BOARD}/${id}/${action}`))),
    ),
    withBody('POST board/:id/comments', 'POST', initiativeId.map((id) => `${BOARD}/${id}/comments`), body({ body: text }, fc.record({ body: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }) }))),
  );

  // Erasure by the fuzzer's own session would sign it out for the rest of the run: never the one valid body there.
  const notErase = body({ confirm: fc.oneof(fc.constantFrom('erase', 'ERASE ', ' ERASE', 'Erase', 'ERASED', ''), anyValue) }).filter((p) => {
    try {
      return (JSON.parse(p) as { confirm?: unknown } | null)?.confirm !== 'ERASE';
    } catch {
      return true;
    }
  });
  const anyErasure = fc.oneof(notErase, fc.constant('{"confirm":"ERASE"}'));

  /** Every path above with any method, including ones no route has (HEAD, OPTIONS, DELETE on a POST route...). */
  const anyMethod = fc
    .record({
      method: fc.constantFrom('GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'),
      url: fc.oneof(
        fc.constantFrom('/api/portal/sign-in', '/api/portal/verify', '/api/portal/me', '/api/portal/identities', '/api/portal/identities/verify', '/api/portal/export', '/api/portal/erasure', BOARD),
        purpose.map((p) => `/api/portal/consents/${p}`),
        caseId.map((id) => `/api/portal/cases/${id}/comments`),
        fc.tuple(initiativeId, fc.constantFrom('', '/vote', '/follow', '/comments')).map(([id, tail]) => `${BOARD}/${id}${tail}`),
      ),
      payload: fc.option(body({ confirm: fc.constant('no'), text: text, body: text, granted: fc.boolean() }), { nil: undefined }),
      contentType,
    })
    .filter((r) => !(r.method === 'POST' && r.url === '/api/portal/erasure'))
    .map((r): FuzzRequest => ({ ...r, label: `${r.method} any`, payload: r.method === 'GET' || r.method === 'HEAD' ? undefined : r.payload }));

  /** Well-formed customer actions on the public initiative and the customer's own records, to be sent at once. */
  const concurrentAction = fc.oneof(
    ...(['PUT', 'DELETE'] as const).flatMap((method) =>
      (['vote', 'follow'] as const).map((action) => fc.constant<FuzzRequest>({ label: `${method} ${action}`, method, url: `${BOARD}/${PUBLIC_ID}/${action}` })),
    ),
    fc.constant<FuzzRequest>({ label: 'POST board comment', method: 'POST', url: `${BOARD}/${PUBLIC_ID}/comments`, payload: '{"body":"Me too"}', contentType: 'application/json' }),
    fc.constant<FuzzRequest>({ label: 'GET board', method: 'GET', url: BOARD }),
    fc.constant<FuzzRequest>({ label: 'GET board/:id', method: 'GET', url: `${BOARD}/${PUBLIC_ID}` }),
    fc.constant<FuzzRequest>({ label: 'GET me', method: 'GET', url: '/api/portal/me' }),
    fc.boolean().map((granted): FuzzRequest => ({ label: 'PUT consent', method: 'PUT', url: '/api/portal/consents/product_updates', payload: JSON.stringify({ granted }), contentType: 'application/json' })),
    fc.constantFrom('en', 'fr').map((language): FuzzRequest => ({ label: 'PATCH me', method: 'PATCH', url: '/api/portal/me', payload: JSON.stringify({ language }), contentType: 'application/json' })),
    fc.constant<FuzzRequest>({ label: 'POST identity', method: 'POST', url: '/api/portal/identities', payload: '{"kind":"phone","value":"+447700900888"}', contentType: 'application/json' }),
    fc.constant<FuzzRequest>({ label: 'POST sign-in', method: 'POST', url: '/api/portal/sign-in', payload: `{"channel":"email","email":"${KNOWN_EMAIL}"}`, contentType: 'application/json' }),
  );

  // ---- checking answers -----------------------------------------------------------------------

  async function send(req: FuzzRequest, query: string, cookie: string | undefined): Promise<Response> {
    const headers: Record<string, string> = {};
    if (req.contentType && req.payload !== undefined) headers['content-type'] = req.contentType;
    return e2e.request({
      method: req.method,
      url: real(req.url) + query,
      headers,
      ...(cookie ? { cookie: real(cookie) } : {}),
      ...(req.payload !== undefined ? { payload: real(req.payload) } : {}),
    });
  }

  /** Never a 5xx; a 4xx is a JSON ApiError whose message (and, for a rejected field, its issues) names the problem. */
  function checkAnswer(res: Response): void {
    expect(res.statusCode).toBeLessThan(500);
    if (res.statusCode < 400 || res.raw.req.method === 'HEAD') return;
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const parsed = apiErrorSchema.safeParse(res.json());
    expect(parsed.success).toBe(true);
    const error = parsed.data!;
    expect(error.statusCode).toBe(res.statusCode);
    expect(error.message.trim().length).toBeGreaterThan(0);
    if (error.message.startsWith('Invalid request')) expect(error.issues?.length).toBeGreaterThan(0);
    for (const issue of error.issues ?? []) {
      expect(issue.message.trim().length).toBeGreaterThan(0);
      expect(error.message).toContain(issue.field);
      // Only an unknown key spelt "" is named by the empty string; every other issue names a field or "(body)".
      if (issue.field === '') expect(issue.message).toBe('is not an allowed field');
    }
  }

  async function run(
    requests: fc.Arbitrary<FuzzRequest>,
    cookies: fc.Arbitrary<string | undefined>,
    numRuns: number,
    allowed: (req: FuzzRequest, status: number) => boolean,
    /** Requests tried first, so that the outcomes asserted afterwards do not depend on luck. */
    examples: [FuzzRequest, string, string | undefined][] = [],
  ): Promise<Map<string, number>> {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(requests, queryString, cookies, async (req, query, cookie) => {
        const res = await send(req, query, cookie);
        const label = `${req.label} ${res.statusCode}`;
        seen.set(label, (seen.get(label) ?? 0) + 1);
        try {
          checkAnswer(res);
          expect(allowed(req, res.statusCode)).toBe(true);
        } catch (err) {
          throw new Error(`${req.method} ${real(req.url).slice(0, 200)}${query.slice(0, 100)} -> ${res.statusCode} ${res.body.slice(0, 500)}\n${(err as Error).message}`, {
            cause: err,
          });
        }
      }),
      { numRuns: numRuns * Number(process.env.FUZZ_SCALE ?? 1), examples },
    );
    if (process.env.FUZZ_STATS) process.stderr.write(`${JSON.stringify([...seen].sort())}\n`);
    return seen;
  }

  const counts = async (): Promise<Record<string, number>> => {
    const out: Record<string, number> = {};
    for (const table of GUARDED_TABLES) out[table] = (await e2e.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
    const [{ digest }] = await e2e.db.query(
      `SELECT md5(coalesce(string_agg(id::text || coalesce(name, '') || coalesce(locale, '') || coalesce(preferred_channel::text, ''), ',' ORDER BY id), '')) AS digest FROM customer`,
    );
    out.customerDigest = digest;
    return out;
  };

  // ---- properties -----------------------------------------------------------------------------

  describe('anonymous callers and stale or garbage cookies', () => {
    let before: Record<string, number>;
    beforeAll(async () => {
      before = await counts();
    });

    it('sign-in and verify: never a 5xx, every 4xx a JSON ApiError naming the problem', async () => {
      const seen = await run(fc.oneof(signIn, verify), anonymousCookie, 150, (req, status) =>
        req.label === 'POST sign-in' ? [202, 400, 413, 414, 415, 429].includes(status) : [400, 413, 414, 415, 429].includes(status),
        [
          [json('POST sign-in', 'POST', '/api/portal/sign-in', { channel: 'email', email: KNOWN_EMAIL }), '', undefined],
          [json('POST sign-in', 'POST', '/api/portal/sign-in', { channel: 'email' }), '', undefined],
          [json('POST verify', 'POST', '/api/portal/verify', { token: 'not-a-real-sign-in-token' }), '', undefined],
        ],
      );
      // The run reached the logic, not only the parsers.
      expect(seen.get('POST sign-in 202')).toBeGreaterThan(0);
      expect(seen.get('POST sign-in 400')).toBeGreaterThan(0);
      expect(seen.get('POST verify 400')).toBeGreaterThan(0);
    });

    it('customer-only portal endpoints: 401 (or a refused body first) for everyone without a live session', async () => {
      const seen = await run(portalSessionEndpoints(anyErasure), anonymousCookie, 100, (_req, status) => [400, 401, 404, 413, 414, 415].includes(status));
      expect([...seen.keys()].some((k) => k.endsWith(' 401'))).toBe(true);
    });

    it('the board: public reads answer, customer actions are refused', async () => {
      const seen = await run(boardEndpoints, anonymousCookie, 150, (req, status) =>
        req.method === 'GET' ? [200, 400, 404, 414].includes(status) : [400, 401, 404, 413, 414, 415].includes(status),
        [
          [{ label: 'GET board', method: 'GET', url: BOARD }, '', undefined],
          [{ label: 'GET board', method: 'GET', url: BOARD }, '?status=secret', undefined],
          [{ label: 'GET board/:id', method: 'GET', url: `${BOARD}/${PUBLIC_ID}` }, '', undefined],
        ],
      );
      expect(seen.get('GET board 200')).toBeGreaterThan(0);
      expect(seen.get('GET board 400')).toBeGreaterThan(0);
      expect(seen.get('GET board/:id 200')).toBeGreaterThan(0);
    });

    it('any method at any of these paths: never a 5xx', async () => {
      const seen = await run(anyMethod, anonymousCookie, 100, (req, status) =>
        // without a session only a board read, a sign-in request (or a CORS preflight) may succeed
        status >= 300 || (['GET', 'HEAD'].includes(req.method) && req.url.startsWith(BOARD)) || (req.method === 'POST' && req.url === '/api/portal/sign-in') || req.method === 'OPTIONS',
      );
      expect([...seen.keys()].some((k) => k.endsWith(' 404'))).toBe(true);
    });

    it('changed nothing: no vote, follow, comment, session, identity, consent, feedback or erasure appeared', async () => {
      expect(await counts()).toEqual(before);
    });
  });

  describe('a signed-in customer', () => {
    it('portal endpoints: never a 5xx, every 4xx a JSON ApiError naming the problem', async () => {
      const seen = await run(portalSessionEndpoints(notErase), sessionCookie, 200, (_req, status) => status !== 401, [
        [{ label: 'GET me', method: 'GET', url: '/api/portal/me' }, '', signedIn],
        [json('PATCH me', 'PATCH', '/api/portal/me', {}), '', signedIn],
      ]);
      expect(seen.get('GET me 200')).toBeGreaterThan(0);
      expect([...seen.keys()].some((k) => k.endsWith(' 400'))).toBe(true);
    });

    it('the board: never a 5xx, every 4xx a JSON ApiError naming the problem', async () => {
      const seen = await run(boardEndpoints, sessionCookie, 150, (_req, status) => status !== 401, [
        [{ label: 'PUT board/:id/vote', method: 'PUT', url: `${BOARD}/${PUBLIC_ID}/vote` }, '', signedIn],
        [json('POST board/:id/comments', 'POST', `${BOARD}/${PUBLIC_ID}/comments`, { body: 'Please hurry' }), '', signedIn],
        [json('POST board/:id/comments', 'POST', `${BOARD}/${PUBLIC_ID}/comments`, { body: ' ' }), '', signedIn],
      ]);
      expect(seen.get('PUT board/:id/vote 200')).toBeGreaterThan(0);
      expect(seen.get('POST board/:id/comments 201')).toBeGreaterThan(0);
      expect(seen.get('POST board/:id/comments 400')).toBeGreaterThan(0);
    });

    it('any method at any of these paths: never a 5xx', async () => {
      await run(anyMethod, sessionCookie, 100, () => true);
    });

    it('the same customer acting in several requests at once: never a 5xx', async () => {
      const seen = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(fc.array(concurrentAction, { minLength: 2, maxLength: 8 }), async (batch) => {
          const answers = await Promise.all(batch.map((req) => send(req, '', `${CUSTOMER_SESSION_COOKIE}=${VALID_SESSION}`)));
          answers.forEach((res, i) => {
            const label = `${batch[i].label} ${res.statusCode}`;
            seen.set(label, (seen.get(label) ?? 0) + 1);
            try {
              checkAnswer(res);
              expect([200, 201, 202, 204, 429]).toContain(res.statusCode);
            } catch (err) {
              throw new Error(`${label} ${res.body.slice(0, 500)}\n${(err as Error).message}`, { cause: err });
            }
          });
        }),
        { numRuns: 30 * Number(process.env.FUZZ_SCALE ?? 1) },
      );
      if (process.env.FUZZ_STATS) process.stderr.write(`${JSON.stringify([...seen].sort())}\n`);
      expect(seen.get('PUT vote 200')).toBeGreaterThan(0);
    });

    it('erasure, fuzzed for throwaway customers: never a 5xx, and once erased the session is gone', async () => {
      const seen = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 60 }).filter((n) => !n.includes('\u0000')), anyErasure, contentType, queryString, async (name, payload, type, query) => {
          const [{ id }] = await e2e.db.query(`INSERT INTO customer (name) VALUES ($1) RETURNING id`, [name]);
          const cookie = await customerCookie(e2e.db, id);
          const res = await send({ label: 'POST erasure', method: 'POST', url: '/api/portal/erasure', payload, contentType: type }, query, cookie);
          seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1);
          try {
            checkAnswer(res);
            expect([200, 400, 413, 415]).toContain(res.statusCode);
            const after = await e2e.request({ method: 'GET', url: '/api/portal/me', cookie });
            expect(after.statusCode).toBe(res.statusCode === 200 ? 401 : 200);
          } catch (err) {
            throw new Error(`${res.statusCode} ${res.body.slice(0, 500)}\n${(err as Error).message}`, { cause: err });
          }
        }),
        {
          numRuns: 25 * Number(process.env.FUZZ_SCALE ?? 1),
          examples: [
            ['Erin Erasable', '{"confirm":"ERASE"}', 'application/json', ''],
            ['Erin Erasable', '{"confirm":"erase"}', 'application/json', ''],
          ],
        },
      );
      expect(seen.get(200)).toBeGreaterThan(0);
      expect(seen.get(400)).toBeGreaterThan(0);
    });

    it('is still signed in, and only the public initiative got votes, follows or comments', async () => {
      const me = await e2e.request({ method: 'GET', url: '/api/portal/me', cookie: `${CUSTOMER_SESSION_COOKIE}=${ids[VALID_SESSION]}` });
      expect(me.statusCode).toBe(200);
      for (const table of ['initiative_vote', 'initiative_follow', 'initiative_comment']) {
        const [{ n }] = await e2e.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE initiative_id = $1`, [ids[PRIVATE_ID]]);
        expect({ table, n }).toEqual({ table, n: 0 });
      }
    });
  });

  describe('afterwards', () => {
    it('is still ready, and still serves a well-formed request from a new customer', async () => {
      const ready = await e2e.request({ method: 'GET', url: '/api/health/ready' });
      expect(ready.statusCode).toBe(200);
      const res = await e2e.request({ method: 'POST', url: '/api/portal/sign-in', payload: { channel: 'email', email: `${randomUUID()}@example.test` } });
      expect(res.statusCode).toBe(202);
    });
  });
});
