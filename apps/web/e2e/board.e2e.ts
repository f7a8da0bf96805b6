import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { signIn, unique } from './support/app';
import { baseUrl, DEMO_LOGINS, openBrowser, screenshot, type BrowserSession } from './support/browser';

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A customer session the way the portal makes one: the cookie holds the secret, the row its sha256. */
async function customerSecret(customerId: string): Promise<string> {
  const secret = randomBytes(32).toString('base64url');
  const hash = createHash('sha256').update(secret, 'utf8').digest('hex');
  await query(`INSERT INTO customer_session (customer_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '30 days')`, [customerId, hash]);
  return secret;
}

/** What has keyboard focus: its tag, accessible label (or text) and the toggle state. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      label: el?.getAttribute('aria-label') ?? (el as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() ?? el?.textContent?.trim() ?? '',
      pressed: el?.getAttribute('aria-pressed') ?? null,
      href: el?.getAttribute('href') ?? null,
      id: el?.id ?? '',
    };
  });
}

/** Presses Tab until focus is on an element whose label starts with `label` (at most `max` presses). */
async function tabTo(page: Page, label: string, max = 60, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (now.label.startsWith(label)) return now;
  }
  throw new Error(`focus never reached "${label}" with ${key}`);
}

/**
 * Issue 6's public board: it renders without a login, works with the keyboard only (skip link,
 * real buttons and links, aria-pressed toggles, a live region announcing votes), a signed-in
 * customer votes and follows, and a comment shows once staff approve it.
 */
describe('public board', () => {
  const tag = unique();
  const title = `Quieter boarding gates ${tag}`;
  const hiddenTitle = `Private plan ${tag}`;
  let initiativeId: string;
  let customerId: string;
  let visitor: BrowserSession | undefined;
  let customer: BrowserSession | undefined;
  let owner: BrowserSession | undefined;

  beforeAll(async () => {
    [{ id: initiativeId }] = await query<{ id: string }>(
      `INSERT INTO initiative (title, problem, status, is_public) VALUES ($1, 'Announcements at the gate are too loud and too frequent.', 'planned', true) RETURNING id`,
      [title],
    );
    await query(`INSERT INTO initiative (title, problem, status, is_public) VALUES ($1, 'Not for the public.', 'proposed', false)`, [hiddenTitle]);
    [{ id: customerId }] = await query<{ id: string }>(`INSERT INTO customer (name) VALUES ('Kim Keyboard-User') RETURNING id`);
  });

  afterAll(async () => {
    await visitor?.close();
    await customer?.close();
    await owner?.close();
  });

  it('renders without a login, shows public initiatives only, and is usable with the keyboard', async () => {
    visitor = await openBrowser();
    const { page } = visitor;
    await page.goto('/board');
    await page.getByRole('heading', { name: 'What we are working on' }).waitFor();
    await page.getByRole('link', { name: title, exact: true }).waitFor();
    expect(await page.getByText(hiddenTitle).count()).toBe(0);

    // The skip link is the first tab stop and jumps past the header.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', label: 'Skip to content' });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', label: 'All', pressed: 'true' });

    // The status filter is a group of toggle buttons.
    const planned = await tabTo(page, 'Planned');
    expect(planned).toMatchObject({ tag: 'button', pressed: 'false' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-pressed') === 'true');
    await page.getByRole('link', { name: title, exact: true }).waitFor();

    // Not signed in: Vote leads to the portal sign-in and back here.
    const link = await tabTo(page, title);
    expect(link.tag).toBe('a');
    await page.keyboard.press('Tab');
    const vote = await focused(page);
    expect(vote).toMatchObject({ tag: 'a', label: `Sign in to vote for ${title} (0 votes)` });
    expect(vote.href).toBe(`/portal/sign-in?redirect=${encodeURIComponent(`/board/${initiativeId}`)}`);

    // Back to the title and into the initiative with Enter.
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).label).toBe(title);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/board/${initiativeId}$`));
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    const follow = await tabTo(page, `Sign in to follow ${title}`);
    expect(follow.href).toBe(`/portal/sign-in?redirect=${encodeURIComponent(`/board/${initiativeId}`)}`);
    const comment = await tabTo(page, 'Sign in to comment');
    expect(comment.tag).toBe('a');
    await screenshot(page, 'board-initiative-anonymous');
  });

  it('lets a signed-in customer vote, follow and comment with the keyboard; the count updates and is announced', async () => {
    customer = await openBrowser();
    const { page, context } = customer;
    await context.addCookies([{ name: 'fc_customer', value: await customerSecret(customerId), url: baseUrl() }]);
    await page.goto('/board');
    await page.getByRole('link', { name: title, exact: true }).waitFor();

    const vote = await tabTo(page, `Vote for ${title}`);
    expect(vote).toMatchObject({ tag: 'button', label: `Vote for ${title} (0 votes)`, pressed: 'false' });
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `Vote recorded for ${title}: 1 vote.` }).waitFor({ state: 'attached' });
    expect(await focused(page)).toMatchObject({ label: `Vote for ${title} (1 vote)`, pressed: 'true' });
    await screenshot(page, 'board');
    const [stored] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM initiative_vote WHERE initiative_id = $1 AND customer_id = $2`, [initiativeId, customerId]);
    expect(stored.n).toBe(1);

    // Space toggles it off again, then Enter back on.
    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: `Vote removed for ${title}: 0 votes.` }).waitFor({ state: 'attached' });
    expect((await focused(page)).pressed).toBe('false');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-pressed') === 'true');

    // Into the initiative; follow with the keyboard.
    await tabTo(page, title, 5, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/board/${initiativeId}$`));
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    const voted = await tabTo(page, `Vote for ${title}`);
    expect(voted).toMatchObject({ tag: 'button', pressed: 'true', label: `Vote for ${title} (1 vote)` });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', label: `Follow ${title}`, pressed: 'false' });
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'You are following this initiative' }).waitFor({ state: 'attached' });
    expect((await focused(page)).pressed).toBe('true');

    // A comment, typed and sent with the keyboard: it waits for moderation.
    await tabTo(page, 'Your comment');
    await page.keyboard.type(`Please keep the quiet gates ${tag}`);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', label: 'Post comment' });
    await page.keyboard.press('Enter');
    await page.getByText('Thank you! Your comment will appear once it has been reviewed.').waitFor();
    expect(await page.getByText(`Please keep the quiet gates ${tag}`).count()).toBe(0);
  });

  it('shows the comment on the board once staff approve it, with the first name only', async () => {
    owner = await openBrowser();
    const { page } = owner;
    await signIn(page, DEMO_LOGINS.owner);
    await page.waitForURL(/\/inbox/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board moderation' }).click();
    await page.getByRole('heading', { name: 'Board moderation' }).waitFor();
    await page.getByText(`Please keep the quiet gates ${tag}`).waitFor();
    await screenshot(page, 'board-moderation');
    await page.getByRole('button', { name: `Approve comment by Kim Keyboard-User on ${title}` }).click();
    await page.getByText(`Please keep the quiet gates ${tag}`).waitFor({ state: 'detached' });

    const board = visitor!.page;
    await board.goto(`/board/${initiativeId}`);
    const comments = board.getByRole('region', { name: /Comments/ });
    await comments.getByText(`Please keep the quiet gates ${tag}`).waitFor();
    expect(await comments.getByText('Kim', { exact: true }).count()).toBe(1);
    expect(await board.getByText('Keyboard-User').count()).toBe(0);
    expect(await board.getByRole('heading', { name: 'Comments (1)' }).count()).toBe(1);
    await screenshot(board, 'board-initiative');
  });
});
