import { mainNav, signIn, signOut } from './support/app';
import { DEMO_LOGINS, openBrowser, screenshot, type BrowserSession, type DemoRole } from './support/browser';

const SECTIONS = ['Settings', 'Dashboard', 'Inbox', 'Feed', 'Customers', 'Communications', 'Mailbox'] as const;

const EXPECTED: Record<DemoRole, { home: RegExp; sections: (typeof SECTIONS)[number][] }> = {
  admin: { home: /\/settings\/users$/, sections: ['Inbox', 'Feed', 'Customers', 'Communications', 'Mailbox', 'Settings'] },
  exec: { home: /\/dashboard$/, sections: ['Dashboard', 'Inbox', 'Feed', 'Customers', 'Communications', 'Mailbox'] },
  owner: { home: /\/inbox$/, sections: ['Inbox', 'Feed', 'Customers', 'Communications', 'Mailbox'] },
  member: { home: /\/inbox$/, sections: ['Inbox', 'Feed', 'Customers', 'Mailbox'] },
};

describe('signing in and navigation per role', () => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the API error when the password is wrong', async () => {
    const { page } = browser;
    await signIn(page, DEMO_LOGINS.admin, 'not-the-password');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Invalid email or password');
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'login-wrong-password');
  });

  it.each(Object.keys(EXPECTED) as DemoRole[])('lands %s on their home with only their sections, then signs out', async (role) => {
    const { page } = browser;
    const expected = EXPECTED[role];

    await signIn(page, DEMO_LOGINS[role]);
    await page.waitForURL(expected.home);
    const nav = mainNav(page);
    await nav.getByRole('link', { name: 'Account', exact: true }).waitFor();

    for (const name of SECTIONS) {
      const count = await nav.getByRole('link', { name, exact: true }).count();
      expect({ name, count }).toEqual({ name, count: expected.sections.includes(name) ? 1 : 0 });
    }
    await page.getByRole('heading', { level: 1 }).waitFor();
    await screenshot(page, `home-${role}`);

    await signOut(page);
    await page.getByRole('heading', { name: 'Sign in to Fullcircle' }).waitFor();
  });

  it('shows a member a "not allowed" page for the admin settings', async () => {
    const { page } = browser;
    await signIn(page, DEMO_LOGINS.member);
    await page.waitForURL(/\/inbox$/);

    await page.goto('/settings/users');

    await page.getByText('You are not allowed to see this page').waitFor();
    expect(await page.getByRole('heading', { name: 'Users', exact: true }).count()).toBe(0);
    await screenshot(page, 'member-not-allowed');
    await signOut(page);
  });

  it('sends a signed-out visitor to /login', async () => {
    const { page } = browser;
    await page.goto('/dashboard');
    await page.waitForURL(/\/login\?redirect=/);
  });
});
