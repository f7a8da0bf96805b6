import type { BoardActionResult, BoardInitiativeDetail, BoardList, BoardModerationCommentDto } from '@fullcircle/shared';
import { randomUUID } from 'node:crypto';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { customerCookie } from './support/portal';

const BOARD = '/api/board/initiatives';
const MODERATION = '/api/board/moderation/comments';

describe('public board (/api/board)', () => {
  let e2e: E2eApp;
  let owner: string;
  let member: string;
  let admin: string;
  const customers: Record<'alice' | 'bob' | 'carol' | 'linda', string> = { alice: '', bob: '', carol: '', linda: '' };
  const cookies: Record<keyof typeof customers, string> = { alice: '', bob: '', carol: '', linda: '' };
  let planned: string;
  let shipped: string;
  let hidden: string;

  const call = (method: 'GET' | 'PUT' | 'DELETE' | 'POST', url: string, cookie?: string, payload?: unknown) =>
    e2e.request({ method, url, cookie, ...(payload === undefined ? {} : { payload: payload as object }) });
  const detail = async (id: string, cookie?: string): Promise<BoardInitiativeDetail> => {
    const res = await call('GET', `${BOARD}/${id}`, cookie);
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const initiative = async (title: string, status: string, isPublic: boolean): Promise<string> => {
    const [row] = await e2e.db.query(`INSERT INTO initiative (title, problem, status, is_public) VALUES ($1, $2, $3, $4) RETURNING id`, [
      title,
      `Customers told us about ${title.toLowerCase()}.`,
      status,
      isPublic,
    ]);
    return row.id;
  };
  const comment = async (initiativeId: string, customerId: string, body: string, status: string): Promise<string> => {
    const [row] = await e2e.db.query(`INSERT INTO initiative_comment (initiative_id, customer_id, body, status) VALUES ($1, $2, $3, $4) RETURNING id`, [
      initiativeId,
      customerId,
      body,
      status,
    ]);
    return row.id;
  };

  beforeAll(async () => {
    e2e = await startE2eApp('board');
    // The demo seed puts initiatives on the board; these tests count only their own.
    await e2e.db.query('DELETE FROM initiative');
    [owner, member, admin] = [await e2e.signIn('owner'), await e2e.signIn('member'), await e2e.signIn('admin')];
    const names = { alice: 'Alice Wonderland', bob: 'Bob Builder', carol: 'carol.private@example.test', linda: 'Linda Linkedfeedback' };
    for (const key of Object.keys(names) as (keyof typeof names)[]) {
      const [row] = await e2e.db.query(`INSERT INTO customer (name) VALUES ($1) RETURNING id`, [names[key]]);
      customers[key] = row.id;
      cookies[key] = await customerCookie(e2e.db, row.id);
    }
    planned = await initiative('Faster baggage delivery', 'planned', true);
    shipped = await initiative('Free seat selection', 'shipped', true);
    hidden = await initiative('Secret merger plans', 'proposed', false);

    // Linda's feedback is linked to the planned initiative: she counts as a voter without voting.
    const [conversation] = await e2e.db.query(`INSERT INTO conversation (customer_id, channel, reference) VALUES ($1, 'email', $2) RETURNING id`, [
      customers.linda,
      `FC-${randomUUID().slice(0, 8).toUpperCase()}`,
    ]);
    const [feedback] = await e2e.db.query(
      `INSERT INTO feedback (customer_id, conversation_id, channel, source, text, received_at, metadata, attachments)
       VALUES ($1, $2, 'email', 'test', 'My bag took three days', now(), '{}', '[]') RETURNING id`,
      [customers.linda, conversation.id],
    );
    await e2e.db.query(`INSERT INTO initiative_link (initiative_id, feedback_id, customer_id, source) VALUES ($1, $2, $3, 'staff')`, [
      planned,
      feedback.id,
      customers.linda,
    ]);

    await comment(planned, customers.alice, 'Please hurry, my bags are always late.', 'approved');
    await comment(planned, customers.carol, 'Approved words from someone who put an email as her name.', 'approved');
    await comment(planned, customers.bob, 'Pending words nobody may read yet.', 'pending');
    await comment(planned, customers.bob, 'Rejected words.', 'rejected');
    await comment(hidden, customers.alice, 'A comment on a private initiative.', 'approved');
  });

  afterAll(() => e2e?.close());

  describe('reading without signing in', () => {
    it('lists only public initiatives, with votes counting linked feedback', async () => {
      const res = await call('GET', BOARD);
      expect(res.statusCode).toBe(200);
      const { initiatives: items, signedIn }: BoardList = res.json();
      expect(signedIn).toBe(false);
      expect(items.every((i) => i.viewer === null)).toBe(true);
      expect(items.map((i) => i.id).sort()).toEqual([planned, shipped].sort());
      expect(items.find((i) => i.id === planned)).toMatchObject({ title: 'Faster baggage delivery', status: 'planned', votes: 1, followers: 0, commentCount: 2 });
      expect(res.body).not.toContain('Secret merger plans');
    });

    it('filters by status and refuses an unknown status, naming the field', async () => {
      const res = await call('GET', `${BOARD}?status=shipped`);
      expect((res.json() as BoardList).initiatives.map((i) => i.id)).toEqual([shipped]);
      const bad = await call('GET', `${BOARD}?status=secret`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().issues.map((i: { field: string }) => i.field)).toContain('status');
    });

    it('shows approved comments only, with first names and no personal data', async () => {
      const res = await call('GET', `${BOARD}/${planned}`);
      expect(res.statusCode).toBe(200);
      const body: BoardInitiativeDetail = res.json();
      expect(body.comments.map((c) => c.body)).toEqual(['Please hurry, my bags are always late.', 'Approved words from someone who put an email as her name.']);
      expect(body.comments.map((c) => c.authorName)).toEqual(['Alice', 'A customer']);
      expect(body.viewer).toBeNull();
      for (const secret of ['Wonderland', 'carol.private', 'example.test', 'Pending words', 'Rejected words', 'Linkedfeedback', customers.alice, customers.linda]) {
        expect(res.body).not.toContain(secret);
      }
      expect(body.timeline[0]).toMatchObject({ kind: 'created' });
    });

    it('answers 404 for a private initiative, exactly as for an unknown one, and 400 naming a malformed id', async () => {
      const priv = await call('GET', `${BOARD}/${hidden}`);
      const unknown = await call('GET', `${BOARD}/${randomUUID()}`);
      expect([priv.statusCode, unknown.statusCode]).toEqual([404, 404]);
      expect(priv.json().message).toEqual(unknown.json().message);
      expect(priv.body).not.toContain('Secret');
      const bad = await call('GET', `${BOARD}/not-a-uuid`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().issues.map((i: { field: string }) => i.field)).toContain('id');
    });
  });

  describe('customer actions need a customer session', () => {
    it.each([
      ['PUT', 'vote'],
      ['DELETE', 'vote'],
      ['PUT', 'follow'],
      ['DELETE', 'follow'],
      ['POST', 'comments'],
    ] as const)('%s %s: 401 anonymously and with a staff session alone', async (method, action) => {
      const payload = action === 'comments' ? { body: 'hello' } : undefined;
      expect((await call(method, `${BOARD}/${planned}/${action}`, undefined, payload)).statusCode).toBe(401);
      expect((await call(method, `${BOARD}/${planned}/${action}`, admin, payload)).statusCode).toBe(401);
    });

    it('cannot vote, follow or comment on a private initiative (404)', async () => {
      expect((await call('PUT', `${BOARD}/${hidden}/vote`, cookies.alice)).statusCode).toBe(404);
      expect((await call('PUT', `${BOARD}/${hidden}/follow`, cookies.alice)).statusCode).toBe(404);
      expect((await call('POST', `${BOARD}/${hidden}/comments`, cookies.alice, { body: 'hi' })).statusCode).toBe(404);
      const [row] = await e2e.db.query(`SELECT count(*)::int AS n FROM initiative_vote WHERE initiative_id = $1`, [hidden]);
      expect(row.n).toBe(0);
    });
  });

  describe('voting', () => {
    it('is idempotent: voting twice is one vote', async () => {
      const first = await call('PUT', `${BOARD}/${shipped}/vote`, cookies.alice);
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ votes: 1, viewer: { voted: true, following: false, hasLinkedFeedback: false } });
      const again: BoardActionResult = (await call('PUT', `${BOARD}/${shipped}/vote`, cookies.alice)).json();
      expect(again.votes).toBe(1);
      expect((await detail(shipped, cookies.alice)).viewer).toEqual({ voted: true, following: false, hasLinkedFeedback: false });
      expect((await detail(shipped)).votes).toBe(1);
      const list: BoardList = (await call('GET', BOARD, cookies.alice)).json();
      expect(list.signedIn).toBe(true);
      expect(list.initiatives.find((i) => i.id === shipped)).toMatchObject({ votes: 1, viewer: { voted: true } });
      expect(list.initiatives.find((i) => i.id === planned)?.viewer).toEqual({ voted: false, following: false, hasLinkedFeedback: false });
    });

    it('counts linked feedback as a vote, and voting on top of it does not count twice', async () => {
      expect((await detail(planned, cookies.linda)).viewer).toEqual({ voted: true, following: false, hasLinkedFeedback: true });
      const voted: BoardActionResult = (await call('PUT', `${BOARD}/${planned}/vote`, cookies.linda)).json();
      expect(voted.votes).toBe(1);
      const unvoted: BoardActionResult = (await call('DELETE', `${BOARD}/${planned}/vote`, cookies.linda)).json();
      expect(unvoted).toMatchObject({ votes: 1, viewer: { voted: true, hasLinkedFeedback: true } });
    });

    it("removes only the caller's own vote: B's DELETE leaves A's vote in place", async () => {
      await call('PUT', `${BOARD}/${planned}/vote`, cookies.alice);
      expect((await detail(planned)).votes).toBe(2);
      const bobDelete = await call('DELETE', `${BOARD}/${planned}/vote`, cookies.bob);
      expect(bobDelete.statusCode).toBe(200);
      expect(bobDelete.json()).toMatchObject({ votes: 2, viewer: { voted: false } });
      expect((await detail(planned, cookies.alice)).viewer?.voted).toBe(true);
      const aliceDelete: BoardActionResult = (await call('DELETE', `${BOARD}/${planned}/vote`, cookies.alice)).json();
      expect(aliceDelete).toMatchObject({ votes: 1, viewer: { voted: false } });
    });
  });

  describe('following', () => {
    it('follows once however often asked, and unfollows', async () => {
      await call('PUT', `${BOARD}/${shipped}/follow`, cookies.bob);
      const again: BoardActionResult = (await call('PUT', `${BOARD}/${shipped}/follow`, cookies.bob)).json();
      expect(again).toMatchObject({ followers: 1, viewer: { following: true } });
      expect((await detail(shipped, cookies.bob)).viewer?.following).toBe(true);
      expect((await detail(shipped, cookies.alice)).viewer?.following).toBe(false);
      const gone: BoardActionResult = (await call('DELETE', `${BOARD}/${shipped}/follow`, cookies.bob)).json();
      expect(gone).toMatchObject({ followers: 0, viewer: { following: false } });
    });
  });

  describe('comments and moderation', () => {
    let posted: string;

    it('takes a comment as pending: the public does not see it yet', async () => {
      const res = await call('POST', `${BOARD}/${shipped}/comments`, cookies.bob, { body: '  Thank you for listening!  ' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ status: 'pending', body: 'Thank you for listening!' });
      posted = res.json().id;
      expect((await detail(shipped)).comments).toEqual([]);
    });

    it.each([
      ['empty', { body: '   ' }, 'body'],
      ['too long', { body: 'x'.repeat(2001) }, 'body'],
      ['missing', {}, 'body'],
      ['with an unknown field', { body: 'ok', customerId: randomUUID() }, 'customerId'],
    ])('refuses a comment %s with 400 naming the field', async (_label, payload, field) => {
      const res = await call('POST', `${BOARD}/${shipped}/comments`, cookies.carol, payload);
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json().issues)).toContain(field);
    });

    it('lets only owners and admins moderate', async () => {
      expect((await call('GET', `${MODERATION}?status=pending`)).statusCode).toBe(401);
      expect((await call('GET', `${MODERATION}?status=pending`, cookies.bob)).statusCode).toBe(401);
      expect((await call('GET', `${MODERATION}?status=pending`, member)).statusCode).toBe(403);
      expect((await call('POST', `${MODERATION}/${posted}`, undefined, { decision: 'approve' })).statusCode).toBe(401);
      expect((await call('POST', `${MODERATION}/${posted}`, cookies.bob, { decision: 'approve' })).statusCode).toBe(401);
      expect((await call('POST', `${MODERATION}/${posted}`, member, { decision: 'approve' })).statusCode).toBe(403);
      const [row] = await e2e.db.query(`SELECT status FROM initiative_comment WHERE id = $1`, [posted]);
      expect(row.status).toBe('pending');
    });

    it('lists pending comments for owners, and refuses a bad decision naming the field', async () => {
      const res = await call('GET', `${MODERATION}?status=pending`, owner);
      expect(res.statusCode).toBe(200);
      const pending: BoardModerationCommentDto[] = res.json();
      expect(pending.map((c) => c.id)).toContain(posted);
      expect(pending.every((c) => c.status === 'pending')).toBe(true);
      const bad = await call('POST', `${MODERATION}/${posted}`, owner, { decision: 'maybe' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().issues.map((i: { field: string }) => i.field)).toContain('decision');
      expect((await call('POST', `${MODERATION}/${randomUUID()}`, owner, { decision: 'approve' })).statusCode).toBe(404);
    });

    it('approving makes the comment public (first name only), with an audit event', async () => {
      const res = await call('POST', `${MODERATION}/${posted}`, owner, { decision: 'approve' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: posted, status: 'approved' });
      const board = await detail(shipped);
      expect(board.comments).toEqual([expect.objectContaining({ id: posted, authorName: 'Bob', body: 'Thank you for listening!' })]);
      expect(board.commentCount).toBe(1);
      const [audit] = await e2e.db.query(`SELECT payload FROM outbox_message WHERE queue = 'audit' AND payload->>'targetId' = $1`, [posted]);
      expect(audit.payload).toMatchObject({ action: 'board.comment.approved', targetType: 'initiative_comment' });
    });

    it('rejecting hides it again', async () => {
      expect((await call('POST', `${MODERATION}/${posted}`, admin, { decision: 'reject' })).statusCode).toBe(200);
      expect((await detail(shipped)).comments).toEqual([]);
    });

    it('limits how fast one customer posts comments (429), without limiting others', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await call('POST', `${BOARD}/${shipped}/comments`, cookies.carol, { body: `Comment ${i}` })).statusCode);
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
      expect((await call('POST', `${BOARD}/${shipped}/comments`, cookies.linda, { body: 'Mine still goes through' })).statusCode).toBe(201);
    });
  });
});
