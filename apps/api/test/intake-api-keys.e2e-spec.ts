import type { ApiKey } from '@fullcircle/shared';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { API_KEYS_URL, createApiKey } from './support/intake-api';

describe('API keys (admin endpoints)', () => {
  let e2e: E2eApp;
  let admin: string;

  beforeAll(async () => {
    e2e = await startE2eApp('intake_api_keys');
    admin = await e2e.signIn('admin');
  });

  afterAll(() => e2e?.close());

  const list = async (): Promise<ApiKey[]> => (await e2e.request({ method: 'GET', url: API_KEYS_URL, cookie: admin })).json();

  it('creates a key with the intake:write scope and shows its secret once', async () => {
    const res = await e2e.request({ method: 'POST', url: API_KEYS_URL, cookie: admin, payload: { name: 'Zendesk bridge' } });
    expect(res.statusCode).toBe(201);
    const { apiKey, secret } = res.json();
    expect(secret).toMatch(/^fc_live_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toEqual({
      id: expect.any(String),
      name: 'Zendesk bridge',
      prefix: secret.slice(0, 12),
      scopes: ['intake:write'],
      createdAt: expect.any(String),
      createdByName: expect.any(String),
      lastUsedAt: null,
      revokedAt: null,
    });
  });

  it('stores only the hash of the secret', async () => {
    const { apiKey, secret } = await createApiKey(e2e, admin, 'Hashed');
    const [row] = await e2e.db.query('SELECT * FROM api_key WHERE id = $1', [apiKey.id]);
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lists keys without their secrets', async () => {
    const { apiKey, secret } = await createApiKey(e2e, admin, 'Listed');
    const res = await e2e.request({ method: 'GET', url: API_KEYS_URL, cookie: admin });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(secret);
    expect(res.body).not.toContain(secret.slice(12));
    const listed = (res.json() as ApiKey[]).find((k) => k.id === apiKey.id);
    expect(listed).toEqual(apiKey);
    expect(Object.keys(listed!)).not.toEqual(expect.arrayContaining(['secret']));
  });

  it('revokes a key once, keeping the first revocation time', async () => {
    const { apiKey } = await createApiKey(e2e, admin, 'Revoked');
    const first = await e2e.request({ method: 'POST', url: `${API_KEYS_URL}/${apiKey.id}/revoke`, cookie: admin });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ id: apiKey.id, revokedAt: expect.any(String), createdByName: apiKey.createdByName });
    const again = await e2e.request({ method: 'POST', url: `${API_KEYS_URL}/${apiKey.id}/revoke`, cookie: admin });
    expect(again.json().revokedAt).toBe(first.json().revokedAt);
    expect((await list()).find((k) => k.id === apiKey.id)?.revokedAt).toBe(first.json().revokedAt);
  });

  it('audits creation and revocation without the secret', async () => {
    const { apiKey, secret } = await createApiKey(e2e, admin, 'Audited');
    await e2e.request({ method: 'POST', url: `${API_KEYS_URL}/${apiKey.id}/revoke`, cookie: admin });
    // No worker runs in this suite: the outbox rows are what the audit trail records.
    const announced = await e2e.db.query(`SELECT payload FROM outbox_message WHERE queue = 'audit' AND payload->>'targetId' = $1`, [apiKey.id]);
    expect(announced.map((r: { payload: { action: string } }) => r.payload.action).sort()).toEqual(['auth.api_key.created', 'auth.api_key.revoked']);
    expect(announced[0].payload).toMatchObject({ targetType: 'api_key', data: { prefix: apiKey.prefix } });
    expect(JSON.stringify(announced)).not.toContain(secret.slice(12));
  });

  it('names the bad field and rejects unknown scopes and fields', async () => {
    const noName = await e2e.request({ method: 'POST', url: API_KEYS_URL, cookie: admin, payload: { name: '  ' } });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().issues).toEqual([expect.objectContaining({ field: 'name' })]);
    const badScope = await e2e.request({ method: 'POST', url: API_KEYS_URL, cookie: admin, payload: { name: 'x', scopes: ['admin:all'] } });
    expect(badScope.json().issues).toEqual([expect.objectContaining({ field: 'scopes.0' })]);
    const unknown = await e2e.request({ method: 'POST', url: API_KEYS_URL, cookie: admin, payload: { name: 'x', secret: 'mine' } });
    expect(unknown.json().issues).toEqual([{ field: 'secret', message: 'is not an allowed field' }]);
  });

  it('answers 404 for an unknown key and 400 naming id for a malformed one', async () => {
    const missing = await e2e.request({ method: 'POST', url: `${API_KEYS_URL}/6f1c8a4e-5b0e-4f43-9a59-0a3c7c1f2b11/revoke`, cookie: admin });
    expect(missing.statusCode).toBe(404);
    const malformed = await e2e.request({ method: 'POST', url: `${API_KEYS_URL}/nope/revoke`, cookie: admin });
    expect(malformed.json().issues).toEqual([expect.objectContaining({ field: 'id' })]);
  });

  it.each(['member', 'owner', 'executive'] as const)('forbids a %s to list, create or revoke keys', async (role) => {
    const cookie = await e2e.signIn(role);
    const { apiKey } = await createApiKey(e2e, admin, `Target for ${role}`);
    expect((await e2e.request({ method: 'GET', url: API_KEYS_URL, cookie })).statusCode).toBe(403);
    expect((await e2e.request({ method: 'POST', url: API_KEYS_URL, cookie, payload: { name: 'mine' } })).statusCode).toBe(403);
    expect((await e2e.request({ method: 'POST', url: `${API_KEYS_URL}/${apiKey.id}/revoke`, cookie })).statusCode).toBe(403);
  });

  it('asks for a sign-in without a session cookie', async () => {
    expect((await e2e.request({ method: 'GET', url: API_KEYS_URL })).statusCode).toBe(401);
    expect((await e2e.request({ method: 'POST', url: API_KEYS_URL, payload: { name: 'anon' } })).statusCode).toBe(401);
  });
});
